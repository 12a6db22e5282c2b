-- ICT pilots in full (partners, target business, outcomes, dated status history), regional issues
-- (地域課題) they address, and shared cases (先進事例) with Japanese text search.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE ict.pilot
  ADD COLUMN target_business text CHECK (length(target_business) <= 100),
  ADD COLUMN partner_municipality_codes text[] NOT NULL DEFAULT '{}'
    CHECK (array_position(partner_municipality_codes, NULL) IS NULL),
  ADD COLUMN partner_companies text[] NOT NULL DEFAULT '{}',
  ADD COLUMN hours_saved_per_year integer CHECK (hours_saved_per_year >= 0),
  ADD COLUMN outcome_notes text NOT NULL DEFAULT '' CHECK (length(outcome_notes) <= 4000);
CREATE INDEX pilot_partners_idx ON ict.pilot USING gin (partner_municipality_codes);

-- Every status a pilot has had, with the date it took effect: append-only history.
CREATE TABLE ict.pilot_status_change (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pilot_id uuid NOT NULL REFERENCES ict.pilot (id),
  municipality_code app.municipality_code NOT NULL,
  status text NOT NULL CHECK (status IN ('CONSIDERING', 'PILOTING', 'ADOPTED', 'DROPPED')),
  effective_on date NOT NULL,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pilot_status_change_pilot_idx ON ict.pilot_status_change (pilot_id, effective_on, id);

-- 地域課題: region-wide, kept by the coordinator.
CREATE TABLE ict.regional_issue (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Which issues a pilot addresses; written by the pilot's town.
CREATE TABLE ict.pilot_issue (
  pilot_id uuid NOT NULL REFERENCES ict.pilot (id),
  issue_id uuid NOT NULL REFERENCES ict.regional_issue (id),
  municipality_code app.municipality_code NOT NULL,
  PRIMARY KEY (pilot_id, issue_id)
);
CREATE INDEX pilot_issue_issue_idx ON ict.pilot_issue (issue_id);

-- array_to_string is only STABLE in general (element output functions could depend on settings);
-- for text[] it cannot, and a generated column needs an IMMUTABLE expression.
CREATE FUNCTION ict.join_tags(tags text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_string(tags, ' ') $$;

-- 先進事例: a town's own cases, or region-wide ones (municipality_code NULL) kept by the coordinator.
CREATE TABLE ict.shared_case (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code app.municipality_code,
  source text NOT NULL DEFAULT '' CHECK (length(source) <= 200),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 4000),
  tags text[] NOT NULL DEFAULT '{}',
  links text[] NOT NULL DEFAULT '{}',
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- One lower-cased haystack for text search (title, summary, source, tags).
  search_text text GENERATED ALWAYS AS (lower(title || ' ' || summary || ' ' || source || ' ' || ict.join_tags(tags))) STORED
);
CREATE INDEX shared_case_tags_idx ON ict.shared_case USING gin (tags);
-- Trigram index: serves LIKE '%…%' for queries of three characters or more (RPA, ガバクラ…).
-- Shorter queries (除雪) fall back to a scan, which the size of a case library allows.
CREATE INDEX shared_case_search_idx ON ict.shared_case USING gin (search_text gin_trgm_ops);

DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['pilot_status_change', 'pilot_issue'] LOOP
    EXECUTE format('ALTER TABLE ict.%I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE ict.%I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY public_read ON ict.%I FOR SELECT USING (true)', table_name);
    EXECUTE format('CREATE POLICY owner_insert ON ict.%I FOR INSERT WITH CHECK (app.can_write_municipality(municipality_code))', table_name);
  END LOOP;
END
$$;

ALTER TABLE ict.regional_issue ENABLE ROW LEVEL SECURITY;
ALTER TABLE ict.regional_issue FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON ict.regional_issue FOR SELECT USING (true);
CREATE POLICY coordinator_insert ON ict.regional_issue FOR INSERT WITH CHECK (app.can_write_regional());
CREATE POLICY coordinator_update ON ict.regional_issue FOR UPDATE USING (app.can_write_regional()) WITH CHECK (app.can_write_regional());

ALTER TABLE ict.shared_case ENABLE ROW LEVEL SECURITY;
ALTER TABLE ict.shared_case FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON ict.shared_case FOR SELECT USING (true);
CREATE POLICY owner_insert ON ict.shared_case FOR INSERT WITH CHECK (
  CASE WHEN municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(municipality_code) END);
CREATE POLICY owner_update ON ict.shared_case FOR UPDATE
  USING (CASE WHEN municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(municipality_code) END)
  WITH CHECK (CASE WHEN municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(municipality_code) END);

GRANT SELECT, INSERT ON ict.pilot_status_change, ict.pilot_issue TO ict_svc;
GRANT SELECT, INSERT, UPDATE ON ict.regional_issue, ict.shared_case TO ict_svc;
