-- Which 圏域 each served town belongs to, for the services that must keep regions apart (issue #19). Only towns
-- bound by one agreement can procure a system together: the joint procurement finder grouped every town of the
-- platform that ran the same vendor, so at the nationwide scale a "candidate" held 590 towns of 49 prefectures.
--
-- agreement.municipality_region: one row per town and 圏域 it belongs to — the parties of the agreement in force
-- (region id 'agreement', named by the agreement's title) and the parties of every other region
-- (agreement.region_party). A town may belong to several. Public data (the regions' names and members), read by
-- every service role like agreement.served_municipality.

CREATE VIEW agreement.municipality_region AS
  SELECT 'agreement'::text AS region_id, a.title AS region_name, p.municipality_code
    FROM agreement.party p
    JOIN (SELECT id, title FROM agreement.agreement ORDER BY version DESC LIMIT 1) a ON a.id = p.agreement_id
  UNION ALL
  SELECT r.id, r.name, rp.municipality_code
    FROM agreement.region r
    JOIN agreement.region_party rp ON rp.region_id = r.id;

GRANT SELECT ON agreement.municipality_region TO agreement_svc, disaster_svc, transit_svc, ict_svc, gateway_svc;

-- 'agreement' names the agreement in force in the view above; no other region may take it.
ALTER TABLE agreement.region ADD CONSTRAINT region_id_not_agreement CHECK (id <> 'agreement');
