-- Platform: the login roles of the four subgraphs, the helpers row-level security reads,
-- and the append-only audit log every write appends to in its own transaction.

-- One login role per subgraph. They own nothing (tables belong to the migrating role), so
-- FORCE ROW LEVEL SECURITY and the grants below are the whole of what they can do.
-- Roles are cluster-wide: create them only where they do not exist yet.
DO $$
DECLARE
  role_name text;
BEGIN
  FOREACH role_name IN ARRAY ARRAY['agreement_svc', 'disaster_svc', 'transit_svc', 'ict_svc'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
      EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS', role_name);
    END IF;
  END LOOP;
END
$$;

CREATE SCHEMA app;
REVOKE ALL ON SCHEMA app FROM PUBLIC;
GRANT USAGE ON SCHEMA app TO agreement_svc, disaster_svc, transit_svc, ict_svc;

CREATE DOMAIN app.municipality_code AS text CHECK (VALUE ~ '^[0-9]{6}$');

-- The caller as set by lib/db/viewer-transaction.ts with set_config(…, true), per transaction.
CREATE FUNCTION app.current_municipality() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.municipality_code', true), '') $$;

CREATE FUNCTION app.viewer_role() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(nullif(current_setting('app.role', true), ''), 'anonymous') $$;

-- Editors and coordinators write their own municipality's rows; admins write any.
CREATE FUNCTION app.can_write_municipality(owner text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT app.viewer_role() = 'admin'
        OR (app.viewer_role() IN ('editor', 'coordinator') AND owner = app.current_municipality())
  $$;

-- Region-wide rows belong to the coordinator, who acts for the lead municipality 岩見沢市 (別表: all three fields).
CREATE FUNCTION app.can_write_regional() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT app.viewer_role() = 'admin'
        OR (app.viewer_role() = 'coordinator' AND app.current_municipality() = '012106')
  $$;

GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO agreement_svc, disaster_svc, transit_svc, ict_svc;

CREATE TABLE app.audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_subject text NOT NULL,
  actor_municipality_code app.municipality_code NOT NULL,
  actor_roles text[] NOT NULL,
  subgraph text NOT NULL,
  operation text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  owner_municipality_code app.municipality_code,
  before jsonb,
  after jsonb,
  request_id text
);
CREATE INDEX audit_log_owner_time_idx ON app.audit_log (owner_municipality_code, occurred_at DESC);
CREATE INDEX audit_log_entity_idx ON app.audit_log (entity, entity_id);

-- Append-only for everyone, table owner included: history that can be rewritten is not an audit.
CREATE FUNCTION app.reject_audit_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'app.audit_log is append-only' USING ERRCODE = '42501'; END $$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON app.audit_log
  FOR EACH ROW EXECUTE FUNCTION app.reject_audit_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON app.audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION app.reject_audit_change();

ALTER TABLE app.audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.audit_log FORCE ROW LEVEL SECURITY;
-- A writer can only record actions as itself.
CREATE POLICY audit_log_insert ON app.audit_log FOR INSERT
  WITH CHECK (actor_municipality_code = app.current_municipality());
-- Admins read everything; a town reads the entries about its own data.
CREATE POLICY audit_log_select ON app.audit_log FOR SELECT
  USING (app.viewer_role() = 'admin' OR owner_municipality_code = app.current_municipality());
GRANT SELECT, INSERT ON app.audit_log TO agreement_svc, disaster_svc, transit_svc, ict_svc;
