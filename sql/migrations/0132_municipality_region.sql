-- The 圏域 the platform serves and their towns, for the API and for the services that must keep regions apart
-- (issue #19). Only towns bound by one agreement can procure a system together: the joint procurement finder grouped
-- every town of the platform that ran the same vendor, so at the nationwide scale a "candidate" held 590 towns of 16
-- prefectures; and a nationwide situation board is read a region at a time.
--
-- agreement.served_region: the agreement in force (id 'agreement', named by its title, kind null) and every other
-- region (agreement.region). agreement.municipality_region: one row per town and region it belongs to, in the
-- region's order — the parties of the agreement in force in signing order, the parties of the others
-- (agreement.region_party). A town may belong to several regions, or (a served town nobody recorded) to none.
-- Public data, read by every service role like agreement.served_municipality.

CREATE VIEW agreement.served_region AS
  SELECT 'agreement'::text AS id, a.title AS name, NULL::text AS kind, a.signed_on, false AS is_sample,
         NULL::text AS centre_municipality_code, ''::text COLLATE "C" AS sort_key
    FROM (SELECT title, signed_on FROM agreement.agreement ORDER BY version DESC LIMIT 1) a
  UNION ALL
  SELECT r.id, r.name, r.kind, r.signed_on, r.is_sample, r.centre_municipality_code::text, r.id COLLATE "C"
    FROM agreement.region r;

CREATE VIEW agreement.municipality_region AS
  SELECT 'agreement'::text AS region_id, a.title AS region_name, p.municipality_code, p.position
    FROM agreement.party p
    JOIN (SELECT id, title FROM agreement.agreement ORDER BY version DESC LIMIT 1) a ON a.id = p.agreement_id
  UNION ALL
  SELECT r.id, r.name, rp.municipality_code, rp.position
    FROM agreement.region r
    JOIN agreement.region_party rp ON rp.region_id = r.id;

GRANT SELECT ON agreement.served_region, agreement.municipality_region
  TO agreement_svc, disaster_svc, transit_svc, ict_svc, gateway_svc;

-- 'agreement' names the agreement in force in the views above; no other region may take it.
ALTER TABLE agreement.region
  DROP CONSTRAINT region_id_check,
  ADD CONSTRAINT region_id_check CHECK (id ~ '^[a-z0-9-]{1,64}$' AND id <> 'agreement');
