-- ICT inventory (issue #6): migration status toward the standard systems, retirement, and the
-- restricted contract details (start, annual cost, notes) in their own table.
--
-- Why a separate table: its SELECT policy admits only the owning town's staff, the coordinator and
-- admins, so even a resolver that forgot its check cannot read another town's costs. The contract
-- END date stays on ict.system and is public: DESIGN.md lists it among the public inventory fields,
-- and the joint-procurement finder shows every caller when renewals could be aligned.

ALTER TABLE ict.system
  ADD COLUMN migration_status text NOT NULL DEFAULT 'NOT_STARTED'
    CHECK (migration_status IN ('NOT_STARTED', 'PLANNING', 'MIGRATING', 'MIGRATED', 'NOT_APPLICABLE')),
  ADD COLUMN retired_at timestamptz;

CREATE INDEX system_business_vendor_idx ON ict.system (business, vendor, contract_ends_on) WHERE retired_at IS NULL;

CREATE TABLE ict.system_contract (
  system_id uuid PRIMARY KEY REFERENCES ict.system (id),
  -- Copied from the system so the policy needs no join; a trigger keeps it equal.
  municipality_code app.municipality_code NOT NULL,
  starts_on date,
  annual_cost_yen bigint CHECK (annual_cost_yen >= 0),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  is_sample boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX system_contract_municipality_idx ON ict.system_contract (municipality_code);

CREATE FUNCTION ict.contract_owner_matches_system() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF NEW.municipality_code IS DISTINCT FROM (SELECT municipality_code FROM ict.system WHERE id = NEW.system_id) THEN
      RAISE EXCEPTION 'contract municipality must be the system''s' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER system_contract_owner BEFORE INSERT OR UPDATE ON ict.system_contract
  FOR EACH ROW EXECUTE FUNCTION ict.contract_owner_matches_system();

-- Who may read restricted ICT data of a town: its own staff, the coordinator (岩見沢市), admins.
CREATE FUNCTION app.can_read_restricted(owner text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT app.viewer_role() = 'admin'
        OR (app.viewer_role() = 'coordinator' AND app.current_municipality() = '012106')
        OR (app.viewer_role() IN ('editor', 'coordinator') AND owner = app.current_municipality())
  $$;
GRANT EXECUTE ON FUNCTION app.can_read_restricted(text) TO ict_svc;

ALTER TABLE ict.system_contract ENABLE ROW LEVEL SECURITY;
ALTER TABLE ict.system_contract FORCE ROW LEVEL SECURITY;
CREATE POLICY restricted_read ON ict.system_contract FOR SELECT USING (app.can_read_restricted(municipality_code));
CREATE POLICY owner_insert ON ict.system_contract FOR INSERT WITH CHECK (app.can_write_municipality(municipality_code));
CREATE POLICY owner_update ON ict.system_contract FOR UPDATE
  USING (app.can_write_municipality(municipality_code)) WITH CHECK (app.can_write_municipality(municipality_code));
GRANT SELECT, INSERT, UPDATE ON ict.system_contract TO ict_svc;
