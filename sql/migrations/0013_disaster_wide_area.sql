-- Wide-area evacuation (広域避難) arrangements between towns, and drills held jointly by several towns.

CREATE TABLE disaster.evacuation_arrangement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  from_municipality_code app.municipality_code NOT NULL,
  to_municipality_code app.municipality_code NOT NULL CHECK (to_municipality_code <> from_municipality_code),
  hazard text CHECK (hazard IN ('FLOOD', 'LANDSLIDE', 'STORM_SURGE', 'EARTHQUAKE', 'TSUNAMI', 'LARGE_FIRE', 'INLAND_FLOOD', 'VOLCANO')),
  head_count integer NOT NULL CHECK (head_count BETWEEN 1 AND 1000000),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  agreed_on date NOT NULL,
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evacuation_arrangement_from_idx ON disaster.evacuation_arrangement (from_municipality_code);
CREATE INDEX evacuation_arrangement_to_idx ON disaster.evacuation_arrangement (to_municipality_code);

ALTER TABLE disaster.evacuation_arrangement ENABLE ROW LEVEL SECURITY;
ALTER TABLE disaster.evacuation_arrangement FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON disaster.evacuation_arrangement FOR SELECT USING (true);
-- Either of the two towns may record it.
CREATE POLICY party_insert ON disaster.evacuation_arrangement FOR INSERT
  WITH CHECK (app.can_write_municipality(from_municipality_code) OR app.can_write_municipality(to_municipality_code));
GRANT SELECT, INSERT ON disaster.evacuation_arrangement TO disaster_svc;

-- Towns taking part in a drill besides the host.
ALTER TABLE disaster.drill
  ADD COLUMN participating_municipality_codes text[] NOT NULL DEFAULT '{}'
    CHECK (array_position(participating_municipality_codes, NULL) IS NULL);
CREATE INDEX drill_held_on_idx ON disaster.drill (held_on);
