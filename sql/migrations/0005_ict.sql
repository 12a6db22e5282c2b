-- The ict subgraph (ICTインフラ): each town's information systems (toward the 20 標準化対象事務 and
-- 自治体クラウド) and its RPA/AI pilots under the agreement's initiatives.

CREATE SCHEMA ict;
GRANT USAGE ON SCHEMA ict TO ict_svc;

CREATE TABLE ict.system (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code app.municipality_code NOT NULL,
  business text NOT NULL CHECK (length(business) BETWEEN 1 AND 100),
  vendor text NOT NULL,
  product text NOT NULL,
  deployment text NOT NULL CHECK (deployment IN ('ON_PREMISES', 'MUNICIPAL_CLOUD', 'GOVERNMENT_CLOUD')),
  contract_ends_on date,
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX system_municipality_idx ON ict.system (municipality_code, business, id);

CREATE TABLE ict.pilot (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code app.municipality_code NOT NULL,
  initiative_id text NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  technology text NOT NULL,
  status text NOT NULL CHECK (status IN ('CONSIDERING', 'PILOTING', 'ADOPTED', 'DROPPED')),
  started_on date,
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pilot_initiative_idx ON ict.pilot (initiative_id, id);
CREATE INDEX pilot_municipality_idx ON ict.pilot (municipality_code, id);

ALTER TABLE ict.system ENABLE ROW LEVEL SECURITY;
ALTER TABLE ict.system FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON ict.system FOR SELECT USING (true);
CREATE POLICY owner_insert ON ict.system FOR INSERT WITH CHECK (app.can_write_municipality(municipality_code));
CREATE POLICY owner_update ON ict.system FOR UPDATE
  USING (app.can_write_municipality(municipality_code)) WITH CHECK (app.can_write_municipality(municipality_code));

ALTER TABLE ict.pilot ENABLE ROW LEVEL SECURITY;
ALTER TABLE ict.pilot FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON ict.pilot FOR SELECT USING (true);
CREATE POLICY owner_insert ON ict.pilot FOR INSERT WITH CHECK (app.can_write_municipality(municipality_code));
CREATE POLICY owner_update ON ict.pilot FOR UPDATE
  USING (app.can_write_municipality(municipality_code)) WITH CHECK (app.can_write_municipality(municipality_code));

GRANT SELECT, INSERT, UPDATE ON ict.system, ict.pilot TO ict_svc;
