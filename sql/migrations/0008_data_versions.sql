-- Data versions: what the gateway's response cache (gateway/response-cache/) checks before it serves a
-- stored answer. One counter per domain schema, raised once by every transaction that changed any of
-- that schema's tables, at its commit. A reader that sees the same counters as when an answer was stored
-- knows no write has committed since, whichever process or tool made it (another gateway replica, a
-- GTFS import, psql): the cache is correct across replicas without a message bus.
--
-- Why counters bumped at commit time and not by each statement: a statement-level bump would hold the
-- counter's row lock from a transaction's first write to its commit, so a long GTFS import would block
-- every other transit write for its whole duration. Instead each writing statement notes its transaction
-- in app.pending_data_change (its own row: no contention), and a deferred constraint trigger on that
-- note raises the counter just before commit, holding the lock for the commit alone.

CREATE TABLE app.data_version (
  domain text PRIMARY KEY,
  version bigint NOT NULL DEFAULT 0
);
COMMENT ON TABLE app.data_version IS 'One counter per domain schema, raised at the commit of every transaction that changed it (response-cache validation).';
INSERT INTO app.data_version (domain) VALUES ('agreement'), ('disaster'), ('transit'), ('ict');

-- Transient: a row lives from a transaction's first write to its commit. Unlogged, since it is never
-- visible after a commit or a crash.
CREATE UNLOGGED TABLE app.pending_data_change (
  txid xid8 NOT NULL,
  domain text NOT NULL,
  PRIMARY KEY (txid, domain)
);

-- Row-level security like every table (test/row-level-security.test.ts): the policies admit every row,
-- because the grants are the fence here — the gateway may only read the counters, the subgraph roles
-- have no privilege on either table, and only the owner's trigger functions below write them.
ALTER TABLE app.data_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.data_version FORCE ROW LEVEL SECURITY;
CREATE POLICY data_version_all ON app.data_version USING (true) WITH CHECK (true);
ALTER TABLE app.pending_data_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.pending_data_change FORCE ROW LEVEL SECURITY;
CREATE POLICY pending_data_change_all ON app.pending_data_change USING (true) WITH CHECK (true);

-- SECURITY DEFINER: the subgraph roles write their own tables only; the bookkeeping runs as the owner.
CREATE FUNCTION app.note_data_change() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  BEGIN
    INSERT INTO app.pending_data_change (txid, domain)
      VALUES (pg_current_xact_id(), TG_TABLE_SCHEMA)
      ON CONFLICT DO NOTHING;
    RETURN NULL;
  END
  $$;

CREATE FUNCTION app.raise_data_version() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  BEGIN
    UPDATE app.data_version SET version = version + 1 WHERE domain = NEW.domain;
    DELETE FROM app.pending_data_change WHERE txid = NEW.txid AND domain = NEW.domain;
    RETURN NULL;
  END
  $$;

CREATE CONSTRAINT TRIGGER raise_data_version_at_commit
  AFTER INSERT ON app.pending_data_change
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION app.raise_data_version();

-- Every table of a domain schema reports its writes. Idempotent; lib/db/migrate.ts calls it after every
-- migration run, so a table added by a later migration (whatever its number sorts like) is covered
-- without the migration having to remember it.
CREATE FUNCTION app.track_data_changes() RETURNS integer
  LANGUAGE plpgsql
  AS $$
  DECLARE
    target regclass;
    added integer := 0;
  BEGIN
    -- Two services migrating at once must not both create the same trigger.
    PERFORM pg_advisory_xact_lock(hashtext('app.track_data_changes'));
    FOR target IN
      SELECT c.oid::regclass
        FROM pg_class c
       WHERE c.relnamespace::regnamespace::text IN ('agreement', 'disaster', 'transit', 'ict')
         AND c.relkind IN ('r', 'p')
         AND NOT c.relispartition
         AND NOT EXISTS (SELECT FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'note_data_change')
    LOOP
      EXECUTE format(
        'CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s '
        'FOR EACH STATEMENT EXECUTE FUNCTION app.note_data_change()', target);
      added := added + 1;
    END LOOP;
    RETURN added;
  END
  $$;

-- The gateway's login role: it reads the counters and nothing else.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gateway_svc') THEN
    CREATE ROLE gateway_svc LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA app TO gateway_svc;
GRANT SELECT ON app.data_version TO gateway_svc;
ALTER ROLE gateway_svc SET statement_timeout = '2s';
ALTER ROLE gateway_svc SET idle_in_transaction_session_timeout = '30s';
