-- Situation sharing (防災対応状況共有ツール, issue #4): shelter status reports, each town's response
-- status (災害対策本部 level) and the 警戒レベル issued per area. All three are append-only histories:
-- the current state is the latest row, and nothing is ever overwritten.

CREATE TABLE disaster.shelter_status_report (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  shelter_id uuid NOT NULL REFERENCES disaster.shelter (id),
  municipality_code app.municipality_code NOT NULL,
  is_open boolean NOT NULL,
  evacuees integer NOT NULL DEFAULT 0 CHECK (evacuees BETWEEN 0 AND 100000),
  households integer CHECK (households BETWEEN 0 AND 100000),
  needs text NOT NULL DEFAULT '' CHECK (length(needs) <= 1000),
  reported_by text NOT NULL,
  reported_at timestamptz NOT NULL DEFAULT now(),
  is_sample boolean NOT NULL DEFAULT false
);
CREATE INDEX shelter_status_latest_idx ON disaster.shelter_status_report (shelter_id, reported_at DESC, id DESC);
CREATE INDEX shelter_status_municipality_idx ON disaster.shelter_status_report (municipality_code, reported_at DESC);

-- The report's town must be the shelter's: the policy checks the copied column, the trigger keeps it honest.
CREATE FUNCTION disaster.report_owner_matches_shelter() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF NEW.municipality_code IS DISTINCT FROM (SELECT municipality_code FROM disaster.shelter WHERE id = NEW.shelter_id) THEN
      RAISE EXCEPTION 'a status report belongs to the shelter''s municipality' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER shelter_status_owner BEFORE INSERT ON disaster.shelter_status_report
  FOR EACH ROW EXECUTE FUNCTION disaster.report_owner_matches_shelter();

-- 災害対策本部 (and lesser) levels of a town, town-wide.
CREATE TABLE disaster.response_status (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code app.municipality_code NOT NULL,
  headquarters_level text NOT NULL CHECK (headquarters_level IN ('NONE', 'CAUTION', 'ALERT', 'HEADQUARTERS')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  is_sample boolean NOT NULL DEFAULT false
);
CREATE INDEX response_status_latest_idx ON disaster.response_status (municipality_code, recorded_at DESC, id DESC);

-- 警戒レベル per area; level NULL lifts the alert for that area.
CREATE TABLE disaster.evacuation_alert (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code app.municipality_code NOT NULL,
  area text NOT NULL CHECK (length(area) BETWEEN 1 AND 200),
  level integer CHECK (level BETWEEN 3 AND 5),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  issued_by text NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  is_sample boolean NOT NULL DEFAULT false
);
CREATE INDEX evacuation_alert_latest_idx ON disaster.evacuation_alert (municipality_code, area, issued_at DESC, id DESC);

DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['shelter_status_report', 'response_status', 'evacuation_alert'] LOOP
    EXECUTE format('ALTER TABLE disaster.%I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE disaster.%I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY public_read ON disaster.%I FOR SELECT USING (true)', table_name);
    EXECUTE format('CREATE POLICY owner_insert ON disaster.%I FOR INSERT WITH CHECK (app.can_write_municipality(municipality_code))', table_name);
    -- Append-only: no UPDATE or DELETE grant, ever.
    EXECUTE format('GRANT SELECT, INSERT ON disaster.%I TO disaster_svc', table_name);
  END LOOP;
END
$$;
