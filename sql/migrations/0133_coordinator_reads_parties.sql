-- The coordinator's remit is the agreement it coordinates (issue #19). Since 0125 a coordinator read the restricted
-- ICT data (contract start, annual cost, notes) of every town — which on a platform serving other 圏域 meant the
-- contracts of towns that are no party to its agreement, which nobody there agreed to share with it. It now reads
-- those of the agreement's parties; a town of another region shares its contracts with its own staff and admins.
--
-- agreement.served_municipality also says which towns are parties, so the ict subgraph checks the same rule before
-- it reads (the service check; row-level security is the second).

CREATE FUNCTION app.is_agreement_party(code text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog
  AS $$
    SELECT EXISTS (
      SELECT FROM agreement.party p
       WHERE p.municipality_code = code
         AND p.agreement_id = (SELECT a.id FROM agreement.agreement a ORDER BY a.version DESC LIMIT 1))
  $$;
REVOKE ALL ON FUNCTION app.is_agreement_party(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.is_agreement_party(text) TO ict_svc;

CREATE OR REPLACE FUNCTION app.can_read_restricted(owner text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT app.viewer_role() = 'admin'
        OR (app.viewer_role() = 'coordinator' AND app.leads_agreement(app.current_municipality())
            AND app.is_agreement_party(owner))
        OR (app.viewer_role() IN ('editor', 'coordinator') AND owner = app.current_municipality())
  $$;

CREATE OR REPLACE VIEW agreement.served_municipality AS
  WITH newest AS (SELECT a.id FROM agreement.agreement a ORDER BY a.version DESC LIMIT 1)
  SELECT m.code, m.name, m.name_en,
         row_number() OVER (ORDER BY p.position NULLS LAST, m.code)::int AS position,
         m.kind,
         EXISTS (SELECT FROM agreement.policy_field f
                  WHERE f.lead_municipality_code = m.code
                    AND f.agreement_id = (SELECT id FROM newest)) AS is_coordinator,
         p.municipality_code IS NOT NULL AS is_party
    FROM agreement.municipality m
    LEFT JOIN agreement.party p
           ON p.municipality_code = m.code
          AND p.agreement_id = (SELECT id FROM newest);
