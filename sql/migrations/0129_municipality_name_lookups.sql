-- Looking one town up by code in agreement.served_municipality computes the whole view: its `position` is a
-- row_number() over every municipality, so no condition on `code` reaches the table. At 1,741 towns that is ~4.5 ms
-- per statement (0.03 ms on the table), paid by every write's served-town check, every name lookup and, since the
-- `@provides` of Drill.host / Pilot.municipality / TownSituation.municipality, by the public pages that carry a
-- town's name. agreement.municipality_name is the plain projection for lookups by code: no window, so the planner
-- uses the primary key. served_municipality stays the one for the served order and the coordinator flag.
CREATE VIEW agreement.municipality_name AS
  SELECT m.code, m.name, m.name_en FROM agreement.municipality m;

GRANT SELECT ON agreement.municipality_name TO agreement_svc, disaster_svc, transit_svc, ict_svc, gateway_svc;
