-- Idempotency keys (issue #17): a client that sends `Idempotency-Key` with a mutation and retries it (its answer
-- was lost, or came back as a timeout although the write committed) gets the first result back and nothing is
-- written twice. lib/db/write-path.ts claims the key as the first statement of the write's own transaction and
-- stores the result as the last, so the key commits (or rolls back) together with the write it stands for.
--
-- One row per write step: a mutation field of the operation (`step`, e.g. `disaster:createShelter#1`) under the
-- caller's key. `request_fingerprint` identifies the whole operation (document, operation name and variables),
-- `step_fingerprint` the field and its arguments: the same key sent with another request is refused (CONFLICT).
-- Keys belong to the caller (token subject and town): another caller's identical key is another key.
CREATE TABLE app.idempotent_write (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_municipality_code app.municipality_code NOT NULL,
  actor_subject text NOT NULL,
  idempotency_key text NOT NULL,
  step text NOT NULL,
  request_fingerprint text NOT NULL,
  step_fingerprint text NOT NULL,
  -- NULL only inside the claiming transaction: the result is stored before it commits.
  result jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT idempotent_write_idempotency_key_check CHECK (length(idempotency_key) BETWEEN 1 AND 255),
  CONSTRAINT idempotent_write_step_check CHECK (length(step) BETWEEN 1 AND 1000),
  CONSTRAINT idempotent_write_caller_key_step_key
    UNIQUE (actor_municipality_code, actor_subject, idempotency_key, step)
);
-- Expired keys (older than the retention in lib/limits.ts) are purged a few at a time by later writes.
CREATE INDEX idempotent_write_created_at_idx ON app.idempotent_write (created_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON app.idempotent_write TO agreement_svc, disaster_svc, transit_svc, ict_svc;

-- ── Row-level security ──
-- A caller's keys are its town's rows: a session reads, claims, completes and purges only keys of the
-- municipality it writes as (the subject is matched by the write path, which knows it from the token).
SELECT app.rls_secure('app.idempotent_write');
SELECT app.rls_writes('app.idempotent_write', 'own_town',
  'actor_municipality_code = app.current_municipality() AND app.viewer_role() <> ''anonymous''',
  '{INSERT,UPDATE,DELETE}');
SELECT app.rls_policy('app.idempotent_write', 'own_town_select', 'SELECT',
  'actor_municipality_code = app.current_municipality() AND app.viewer_role() <> ''anonymous''');
