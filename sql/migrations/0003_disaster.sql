-- The disaster subgraph (防災): shelters owned by each municipality, and drills held under the
-- agreement's initiatives. Municipal rows are written only by that municipality (or an admin).

CREATE SCHEMA disaster;
GRANT USAGE ON SCHEMA disaster TO disaster_svc;

-- 指定緊急避難場所 / 指定避難所. Retired shelters stay (retired_at set); ids are never reused.
CREATE TABLE disaster.shelter (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code app.municipality_code NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_kana text,
  address text NOT NULL,
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  capacity integer CHECK (capacity >= 0),
  is_designated_shelter boolean NOT NULL DEFAULT false,
  is_sample boolean NOT NULL DEFAULT false,
  retired_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX shelter_municipality_idx ON disaster.shelter (municipality_code, id);

-- 防災教育・防災訓練等の共同実施: participant counts only, never names.
CREATE TABLE disaster.drill (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  host_municipality_code app.municipality_code NOT NULL,
  initiative_id text NOT NULL,
  held_on date NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('TRAINING', 'EXERCISE', 'EDUCATION')),
  staff_participants integer NOT NULL DEFAULT 0 CHECK (staff_participants >= 0),
  volunteer_participants integer NOT NULL DEFAULT 0 CHECK (volunteer_participants >= 0),
  resident_participants integer NOT NULL DEFAULT 0 CHECK (resident_participants >= 0),
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX drill_initiative_idx ON disaster.drill (initiative_id, held_on DESC, id);
CREATE INDEX drill_host_idx ON disaster.drill (host_municipality_code);

ALTER TABLE disaster.shelter ENABLE ROW LEVEL SECURITY;
ALTER TABLE disaster.shelter FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON disaster.shelter FOR SELECT USING (true);
CREATE POLICY owner_insert ON disaster.shelter FOR INSERT WITH CHECK (app.can_write_municipality(municipality_code));
CREATE POLICY owner_update ON disaster.shelter FOR UPDATE
  USING (app.can_write_municipality(municipality_code)) WITH CHECK (app.can_write_municipality(municipality_code));

ALTER TABLE disaster.drill ENABLE ROW LEVEL SECURITY;
ALTER TABLE disaster.drill FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON disaster.drill FOR SELECT USING (true);
CREATE POLICY owner_insert ON disaster.drill FOR INSERT WITH CHECK (app.can_write_municipality(host_municipality_code));
CREATE POLICY owner_update ON disaster.drill FOR UPDATE
  USING (app.can_write_municipality(host_municipality_code)) WITH CHECK (app.can_write_municipality(host_municipality_code));

GRANT SELECT, INSERT, UPDATE ON disaster.shelter, disaster.drill TO disaster_svc;
