-- 担い手確保 (issue #5, 別表 2(1) transit-3): the region's driver shortage is met by recruitment
-- openings and by events (job fairs, driving experience, licence support). A town's rows are its
-- own; region-wide rows (municipality_code NULL) belong to the coordinator. No personal data: events
-- keep participant and hire counts, never names.

CREATE TABLE transit.recruitment_opening (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code app.municipality_code,
  operator_id uuid REFERENCES transit.operator (id),
  initiative_id text NOT NULL DEFAULT 'transit-3',
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  role text NOT NULL CHECK (role IN ('BUS_DRIVER', 'TAXI_DRIVER', 'DEMAND_DRIVER', 'MECHANIC', 'DISPATCHER', 'OTHER')),
  employment_type text NOT NULL CHECK (employment_type IN ('FULL_TIME', 'PART_TIME', 'CONTRACT', 'SEASONAL', 'OTHER')),
  positions integer NOT NULL CHECK (positions > 0),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  opens_on date NOT NULL,
  closes_on date,
  url text,
  status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'FILLED', 'CLOSED')),
  is_sample boolean NOT NULL DEFAULT false,
  -- Millisecond precision: the list cursor carries created_at as a JavaScript Date (milliseconds), and
  -- microseconds lost on the way would make `(created_at, id) < cursor` skip rows of the same millisecond.
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (closes_on IS NULL OR closes_on >= opens_on)
);
-- Lists are newest first by (created_at, id), filtered by town, initiative or status.
CREATE INDEX recruitment_opening_municipality_idx ON transit.recruitment_opening (municipality_code, created_at DESC, id DESC);
CREATE INDEX recruitment_opening_initiative_idx ON transit.recruitment_opening (initiative_id, created_at DESC, id DESC);
CREATE INDEX recruitment_opening_list_idx ON transit.recruitment_opening (created_at DESC, id DESC);
CREATE INDEX recruitment_opening_operator_idx ON transit.recruitment_opening (operator_id);

CREATE TABLE transit.recruitment_event (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code app.municipality_code,
  initiative_id text NOT NULL DEFAULT 'transit-3',
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('JOB_FAIR', 'DRIVING_EXPERIENCE', 'LICENSE_SUPPORT', 'SEMINAR', 'OTHER')),
  held_on date NOT NULL,
  venue text NOT NULL DEFAULT '' CHECK (length(venue) <= 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  url text,
  participants integer CHECK (participants >= 0),
  hires integer CHECK (hires >= 0),
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- Lists are newest first by (held_on, id).
CREATE INDEX recruitment_event_municipality_idx ON transit.recruitment_event (municipality_code, held_on DESC, id DESC);
CREATE INDEX recruitment_event_initiative_idx ON transit.recruitment_event (initiative_id, held_on DESC, id DESC);
CREATE INDEX recruitment_event_list_idx ON transit.recruitment_event (held_on DESC, id DESC);

DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['recruitment_opening', 'recruitment_event'] LOOP
    EXECUTE format('ALTER TABLE transit.%I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE transit.%I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY public_read ON transit.%I FOR SELECT USING (true)', table_name);
    EXECUTE format($p$CREATE POLICY owner_insert ON transit.%I FOR INSERT WITH CHECK (
      CASE WHEN municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(municipality_code) END)$p$, table_name);
    EXECUTE format($p$CREATE POLICY owner_update ON transit.%I FOR UPDATE
      USING (CASE WHEN municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(municipality_code) END)
      WITH CHECK (CASE WHEN municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(municipality_code) END)$p$, table_name);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON transit.%I TO transit_svc', table_name);
  END LOOP;
END
$$;
