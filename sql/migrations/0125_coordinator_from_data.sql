-- The coordinator comes from the data, not from a code in the SQL or the TypeScript (issue #19): a coordinator
-- token acts for region-wide records when its municipality leads a policy field (中心的な業務) of the newest
-- version of the agreement — 岩見沢市 for all three fields in the signed text, whoever an adopted amendment names
-- later. 0001 and 0030 compared with '012106'.
--
-- agreement.served_municipality also gains each municipality's kind (市/町/村: the portal's English labels) and
-- whether it is a coordinating one, so a process reads both with the list it already loads.

CREATE FUNCTION app.leads_agreement(code text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog
  AS $$
    SELECT EXISTS (
      SELECT FROM agreement.policy_field f
       WHERE f.lead_municipality_code = code
         AND f.agreement_id = (SELECT a.id FROM agreement.agreement a ORDER BY a.version DESC LIMIT 1))
  $$;
REVOKE ALL ON FUNCTION app.leads_agreement(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.leads_agreement(text) TO agreement_svc, disaster_svc, transit_svc, ict_svc;

CREATE OR REPLACE FUNCTION app.can_write_regional() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT app.viewer_role() = 'admin'
        OR (app.viewer_role() = 'coordinator' AND app.leads_agreement(app.current_municipality()))
  $$;

CREATE OR REPLACE FUNCTION app.can_read_restricted(owner text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT app.viewer_role() = 'admin'
        OR (app.viewer_role() = 'coordinator' AND app.leads_agreement(app.current_municipality()))
        OR (app.viewer_role() IN ('editor', 'coordinator') AND owner = app.current_municipality())
  $$;

CREATE OR REPLACE VIEW agreement.served_municipality AS
  WITH newest AS (SELECT a.id FROM agreement.agreement a ORDER BY a.version DESC LIMIT 1)
  SELECT m.code, m.name, m.name_en,
         row_number() OVER (ORDER BY p.position NULLS LAST, m.code)::int AS position,
         m.kind,
         EXISTS (SELECT FROM agreement.policy_field f
                  WHERE f.lead_municipality_code = m.code
                    AND f.agreement_id = (SELECT id FROM newest)) AS is_coordinator
    FROM agreement.municipality m
    LEFT JOIN agreement.party p
           ON p.municipality_code = m.code
          AND p.agreement_id = (SELECT id FROM newest);
