-- Being told (DESIGN.md §5b, issue #18): the outbox every change worth telling is written to, in the same
-- transaction as the change, and the webhooks that carry its events to municipal systems.
--
-- app.outbox_event is read by the gateway: its server-sent-event stream (/events, resumed by Last-Event-ID),
-- its Atom feeds and the webhook fan-out. Readers page by `id > last seen`, which is only safe when ids become
-- visible in id order. A sequence alone does not promise that (a transaction that drew 7 may commit after one
-- that drew 8, and a reader that already moved past 8 would never see 7), so rows are numbered under a
-- transaction-scoped advisory lock: the writer that numbers its event holds the lock until it commits, the next
-- one waits, and numbers are handed out in commit order. The write path inserts its events as the last
-- statement before the commit (lib/db/write-path.ts), so the lock is held for the commit alone.

CREATE SEQUENCE app.outbox_event_id_seq AS bigint;

CREATE TABLE app.outbox_event (
  -- Numbered by the trigger below (0 only until it runs).
  id bigint NOT NULL DEFAULT 0 PRIMARY KEY CONSTRAINT outbox_event_id_check CHECK (id > 0),
  -- e.g. shelter.opened, alert-level.changed, release.published (lib/events/event-types.ts lists them).
  type text NOT NULL CONSTRAINT outbox_event_type_check CHECK (type ~ '^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$'),
  -- The town whose data changed; null for region-wide events (a new open-data release).
  municipality_code app.municipality_code,
  -- What the event is about (a shelter's id, a town's code, a release id).
  subject text NOT NULL,
  payload jsonb NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  -- Events that may be recorded by more than one process (a release, seen by every gateway replica) carry a key.
  dedupe_key text CONSTRAINT outbox_event_dedupe_key_key UNIQUE,
  request_id text
);
COMMENT ON TABLE app.outbox_event IS 'Events worth telling, written in the transaction of the change; ids visible in id order.';
CREATE INDEX outbox_event_municipality_code_idx ON app.outbox_event (municipality_code, id);
CREATE INDEX outbox_event_type_idx ON app.outbox_event (type, id);

-- SECURITY DEFINER: the writers need no privilege on the sequence.
CREATE FUNCTION app.number_outbox_event() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('app.outbox_event'));
    NEW.id := nextval('app.outbox_event_id_seq');
    RETURN NEW;
  END
  $$;
CREATE TRIGGER number_outbox_event BEFORE INSERT ON app.outbox_event
  FOR EACH ROW EXECUTE FUNCTION app.number_outbox_event();

-- Listeners (the gateway) are woken at the commit; they read the rows themselves, so the payload is empty.
CREATE FUNCTION app.notify_outbox_event() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog
  AS $$
  BEGIN
    PERFORM pg_notify('app_outbox_event', '');
    RETURN NULL;
  END
  $$;
CREATE TRIGGER notify_outbox_event AFTER INSERT ON app.outbox_event
  FOR EACH STATEMENT EXECUTE FUNCTION app.notify_outbox_event();

-- ── Webhooks ────────────────────────────────────────────────────────────────────────────────────────────

-- A town's registration: events of the town (scope TOWN) or of every town (REGION) to one URL, signed with a
-- secret only the town and the dispatcher can read. Retired, never deleted (the delivery log refers to it).
CREATE TABLE app.webhook_subscription (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code app.municipality_code NOT NULL REFERENCES agreement.municipality (code),
  scope text NOT NULL CONSTRAINT webhook_subscription_scope_check CHECK (scope IN ('TOWN', 'REGION')),
  url text NOT NULL CONSTRAINT webhook_subscription_url_check CHECK (length(url) <= 2000 AND url ~* '^https?://'),
  event_types text[] NOT NULL CONSTRAINT webhook_subscription_event_types_check
    CHECK (cardinality(event_types) BETWEEN 1 AND 10 AND array_position(event_types, NULL) IS NULL
      AND event_types <@ ARRAY['shelter.opened', 'shelter.closed', 'shelter.full', 'shelter.updated',
                               'response-level.changed', 'alert-level.changed', 'release.published']),
  description text NOT NULL DEFAULT '' CONSTRAINT webhook_subscription_description_check CHECK (length(description) <= 200),
  secret text NOT NULL CONSTRAINT webhook_subscription_secret_check CHECK (secret ~ '^whsec_[A-Za-z0-9+/]{43}=$'),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz
);
CREATE INDEX webhook_subscription_municipality_code_idx ON app.webhook_subscription (municipality_code);

-- One event for one subscription: at most one row (the unique key), so an event is never delivered twice
-- under two ids. Worked by the gateway's dispatcher: claimed with a lease (a crashed dispatcher's claims
-- expire), retried with backoff until DELIVERED or, after the last attempt, FAILED.
CREATE TABLE app.webhook_delivery (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subscription_id uuid NOT NULL REFERENCES app.webhook_subscription (id),
  event_id bigint NOT NULL REFERENCES app.outbox_event (id),
  status text NOT NULL DEFAULT 'PENDING' CONSTRAINT webhook_delivery_status_check
    CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  last_status_code integer,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  CONSTRAINT webhook_delivery_subscription_event_key UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON app.webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_event_id_idx ON app.webhook_delivery (event_id);

-- Every attempt, as the delivery log staff read.
CREATE TABLE app.webhook_attempt (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  delivery_id bigint NOT NULL REFERENCES app.webhook_delivery (id),
  attempt integer NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT now(),
  duration_ms integer NOT NULL,
  status_code integer,
  error text,
  outcome text NOT NULL CONSTRAINT webhook_attempt_outcome_check CHECK (outcome IN ('DELIVERED', 'RETRY', 'FAILED'))
);
CREATE INDEX webhook_attempt_delivery_id_idx ON app.webhook_attempt (delivery_id, attempt);

-- How far the fan-out (events → deliveries) has got: one row, locked by the replica doing it.
CREATE TABLE app.webhook_fanout (
  singleton boolean PRIMARY KEY DEFAULT true CONSTRAINT webhook_fanout_singleton_check CHECK (singleton),
  last_event_id bigint NOT NULL DEFAULT 0
);
INSERT INTO app.webhook_fanout DEFAULT VALUES;

-- ── Privileges ──────────────────────────────────────────────────────────────────────────────────────────

-- Every subgraph's write path appends its events; the gateway reads them.
GRANT INSERT ON app.outbox_event TO agreement_svc, disaster_svc, transit_svc, ict_svc;
GRANT SELECT, INSERT ON app.outbox_event TO gateway_svc;
-- The agreement subgraph registers webhooks and shows their delivery log (with each event's type, hence its
-- read of the outbox, whose events are public); the gateway dispatches.
GRANT SELECT ON app.outbox_event TO agreement_svc;
GRANT SELECT, INSERT, UPDATE ON app.webhook_subscription TO agreement_svc;
GRANT SELECT ON app.webhook_delivery, app.webhook_attempt TO agreement_svc;
GRANT SELECT ON app.webhook_subscription TO gateway_svc;
GRANT SELECT, INSERT, UPDATE ON app.webhook_delivery, app.webhook_attempt TO gateway_svc;
GRANT SELECT, UPDATE ON app.webhook_fanout TO gateway_svc;
-- The gateway's statements: the fan-out and a claim are single statements over indexed rows.
ALTER ROLE gateway_svc SET lock_timeout = '2s';

-- ── Row-level security ──────────────────────────────────────────────────────────────────────────────────

-- The outbox: public events (only the gateway may read them, by grant); a writer appends events of the data it
-- may write; the gateway appends only release events (the publisher writes files, not rows).
SELECT app.rls_secure('app.outbox_event'), app.rls_public_read('app.outbox_event'),
       app.rls_town_or_region_rows('app.outbox_event', 'municipality_code', '{INSERT}'),
       app.rls_policy('app.outbox_event', 'release_insert', 'INSERT', NULL,
         $$current_user = 'gateway_svc' AND type = 'release.published' AND municipality_code IS NULL$$);

-- Subscriptions: a town's staff see and change their own (URLs and secrets are not public), admins all; the
-- gateway's dispatcher reads every one.
SELECT app.rls_secure('app.webhook_subscription'), app.rls_town_rows('app.webhook_subscription'),
       app.rls_policy('app.webhook_subscription', 'owner_read', 'SELECT', $$
         current_user = 'gateway_svc' OR app.viewer_role() = 'admin'
         OR (app.viewer_role() IN ('editor', 'coordinator') AND municipality_code = app.current_municipality())
       $$);

-- Deliveries and attempts: visible with their subscription; written by the gateway's dispatcher only.
SELECT app.rls_secure('app.webhook_delivery'),
       app.rls_policy('app.webhook_delivery', 'subscription_read', 'SELECT',
         'subscription_id IN (SELECT s.id FROM app.webhook_subscription s)'),
       app.rls_writes('app.webhook_delivery', 'dispatcher', $$current_user = 'gateway_svc'$$, '{INSERT,UPDATE}');
SELECT app.rls_secure('app.webhook_attempt'),
       app.rls_policy('app.webhook_attempt', 'delivery_read', 'SELECT',
         'delivery_id IN (SELECT d.id FROM app.webhook_delivery d)'),
       app.rls_writes('app.webhook_attempt', 'dispatcher', $$current_user = 'gateway_svc'$$, '{INSERT}');
SELECT app.rls_secure('app.webhook_fanout'),
       app.rls_policy('app.webhook_fanout', 'dispatcher_all', 'ALL', $$current_user = 'gateway_svc'$$,
         $$current_user = 'gateway_svc'$$);
