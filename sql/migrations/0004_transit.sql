-- The transit subgraph (地域公共交通): operators serving the region and the towns' promotion
-- campaigns (利用促進). Operators of a single town are that town's; region-wide operators
-- (municipality_code NULL) belong to the coordinator.

CREATE SCHEMA transit;
GRANT USAGE ON SCHEMA transit TO transit_svc;

CREATE TABLE transit.operator (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code app.municipality_code,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('COMMUNITY_BUS', 'ROUTE_BUS', 'DEMAND_RESPONSIVE', 'RAILWAY', 'TAXI')),
  url text,
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX operator_municipality_idx ON transit.operator (municipality_code, id);

CREATE TABLE transit.promotion_campaign (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code app.municipality_code NOT NULL,
  initiative_id text NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  url text,
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX promotion_campaign_initiative_idx ON transit.promotion_campaign (initiative_id, starts_on DESC, id);
CREATE INDEX promotion_campaign_municipality_idx ON transit.promotion_campaign (municipality_code);

ALTER TABLE transit.operator ENABLE ROW LEVEL SECURITY;
ALTER TABLE transit.operator FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON transit.operator FOR SELECT USING (true);
CREATE POLICY owner_insert ON transit.operator FOR INSERT WITH CHECK (
  CASE WHEN municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(municipality_code) END);
CREATE POLICY owner_update ON transit.operator FOR UPDATE
  USING (CASE WHEN municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(municipality_code) END)
  WITH CHECK (CASE WHEN municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(municipality_code) END);

ALTER TABLE transit.promotion_campaign ENABLE ROW LEVEL SECURITY;
ALTER TABLE transit.promotion_campaign FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON transit.promotion_campaign FOR SELECT USING (true);
CREATE POLICY owner_insert ON transit.promotion_campaign FOR INSERT WITH CHECK (app.can_write_municipality(municipality_code));
CREATE POLICY owner_update ON transit.promotion_campaign FOR UPDATE
  USING (app.can_write_municipality(municipality_code)) WITH CHECK (app.can_write_municipality(municipality_code));

GRANT SELECT, INSERT, UPDATE ON transit.operator, transit.promotion_campaign TO transit_svc;
