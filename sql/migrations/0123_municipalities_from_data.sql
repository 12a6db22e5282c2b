-- The municipalities the platform serves come from the data, not from a list in the code (issue #19): the nine
-- parties of the 南空知 agreement in the sample, 1,741 municipalities in the nationwide scale data.
--
-- 1. agreement.served_municipality: every row of agreement.municipality, the parties of the newest version of
--    the agreement first in the order they signed, then the others by code. Every subgraph reads it (codes and
--    names only, public data) to validate a code and to list the towns of a board or a matrix in the same
--    statement that reads its figures.
-- 2. agreement.region and agreement.region_party: other 圏域 (定住自立圏, 連携中枢都市圏) and their parties, for a
--    platform that serves many regions. agreement.agreement stays the version history of the one agreement whose
--    text the API serves and amends (its version is unique and referenced by amendment proposals), so other
--    regions' agreements are recorded here rather than as versions of it.
-- 3. The array-length CHECKs bounded by "the eight other parties" are bounded by the municipalities of Japan
--    (1,741: 1,718 市町村 and 23 特別区) instead; the write paths check that each code is a served one.

CREATE VIEW agreement.served_municipality AS
  SELECT m.code, m.name, m.name_en,
         row_number() OVER (ORDER BY p.position NULLS LAST, m.code)::int AS position
    FROM agreement.municipality m
    LEFT JOIN agreement.party p
           ON p.municipality_code = m.code
          AND p.agreement_id = (SELECT a.id FROM agreement.agreement a ORDER BY a.version DESC LIMIT 1);

GRANT USAGE ON SCHEMA agreement TO disaster_svc, transit_svc, ict_svc, gateway_svc;
GRANT SELECT ON agreement.served_municipality TO agreement_svc, disaster_svc, transit_svc, ict_svc, gateway_svc;

CREATE TABLE agreement.region (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{1,64}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('SETTLEMENT_AND_INDEPENDENCE', 'CORE_CITY_COOPERATION', 'OTHER')),
  centre_municipality_code app.municipality_code NOT NULL REFERENCES agreement.municipality (code),
  signed_on date NOT NULL,
  is_sample boolean NOT NULL DEFAULT false
);

CREATE TABLE agreement.region_party (
  region_id text NOT NULL REFERENCES agreement.region (id),
  municipality_code app.municipality_code NOT NULL REFERENCES agreement.municipality (code),
  position integer NOT NULL CHECK (position > 0),
  PRIMARY KEY (region_id, municipality_code),
  UNIQUE (region_id, position)
);
CREATE INDEX region_party_municipality_idx ON agreement.region_party (municipality_code);

GRANT SELECT ON agreement.region, agreement.region_party TO agreement_svc;
SELECT app.rls_secure(t), app.rls_public_read(t), app.rls_admin_writes(t)
  FROM unnest('{agreement.region, agreement.region_party}'::regclass[]) AS t;

ALTER TABLE disaster.drill
  DROP CONSTRAINT drill_participating_municipality_codes_check,
  ADD CONSTRAINT drill_participating_municipality_codes_check
    CHECK (array_position(participating_municipality_codes, NULL) IS NULL
      AND cardinality(participating_municipality_codes) <= 1741);
ALTER TABLE ict.pilot
  DROP CONSTRAINT pilot_partner_municipality_codes_check,
  ADD CONSTRAINT pilot_partner_municipality_codes_check
    CHECK (array_position(partner_municipality_codes, NULL) IS NULL
      AND cardinality(partner_municipality_codes) <= 1741);
