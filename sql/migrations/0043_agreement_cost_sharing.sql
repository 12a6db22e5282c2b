-- Cost sharing (第4条2): joint projects, their sharing rule over 均等割 / 人口割 / 利用割 and the
-- per-town usage figures the 利用割 is computed from. Shares themselves are never stored: they are
-- computed from these inputs (subgraphs/agreement/cost-sharing/cost-allocation.ts), so a figure a
-- council audits always matches the inputs shown next to it. Region-wide records: written by the
-- coordinator (岩見沢市, lead of every field in the 別表) or an admin.

CREATE TABLE agreement.joint_project (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  -- The stable id of a 取組内容 line (`disaster-1`); ids survive amendments (migration 0040).
  initiative_id text NOT NULL,
  fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2020 AND 2100),
  -- GraphQL Int is 32-bit: a project of up to 2,147,483,647 yen.
  total_cost_yen integer NOT NULL CHECK (total_cost_yen >= 0),
  equal_percent integer NOT NULL CHECK (equal_percent BETWEEN 0 AND 100),
  population_percent integer NOT NULL CHECK (population_percent BETWEEN 0 AND 100),
  usage_percent integer NOT NULL CHECK (usage_percent BETWEEN 0 AND 100),
  usage_unit text,
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (equal_percent + population_percent + usage_percent = 100),
  CHECK (usage_percent = 0 OR usage_unit IS NOT NULL)
);
CREATE INDEX joint_project_fiscal_year_idx ON agreement.joint_project (fiscal_year, created_at DESC, id DESC);
CREATE INDEX joint_project_list_idx ON agreement.joint_project (created_at DESC, id DESC);
CREATE INDEX joint_project_initiative_idx ON agreement.joint_project (initiative_id);

-- 利用割 inputs: one figure per participating town (e.g. 利用件数), whole units.
CREATE TABLE agreement.joint_project_usage (
  project_id uuid NOT NULL REFERENCES agreement.joint_project (id),
  municipality_code app.municipality_code NOT NULL REFERENCES agreement.municipality (code),
  amount integer NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (project_id, municipality_code)
);
CREATE INDEX joint_project_usage_municipality_idx ON agreement.joint_project_usage (municipality_code);

ALTER TABLE agreement.joint_project ENABLE ROW LEVEL SECURITY;
ALTER TABLE agreement.joint_project FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON agreement.joint_project FOR SELECT USING (true);
CREATE POLICY regional_insert ON agreement.joint_project FOR INSERT WITH CHECK (app.can_write_regional());
CREATE POLICY regional_update ON agreement.joint_project FOR UPDATE
  USING (app.can_write_regional()) WITH CHECK (app.can_write_regional());

ALTER TABLE agreement.joint_project_usage ENABLE ROW LEVEL SECURITY;
ALTER TABLE agreement.joint_project_usage FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON agreement.joint_project_usage FOR SELECT USING (true);
CREATE POLICY regional_insert ON agreement.joint_project_usage FOR INSERT WITH CHECK (app.can_write_regional());
CREATE POLICY regional_update ON agreement.joint_project_usage FOR UPDATE
  USING (app.can_write_regional()) WITH CHECK (app.can_write_regional());

GRANT SELECT, INSERT, UPDATE ON agreement.joint_project, agreement.joint_project_usage TO agreement_svc;
