-- Shelters carry every field of the 自治体標準オープンデータセット 指定緊急避難場所一覧 (issue #4), a
-- stable source id for matching re-imports, and a spatial index for "near a point" queries.

CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

ALTER TABLE disaster.shelter
  ADD COLUMN source_id text CHECK (length(source_id) BETWEEN 1 AND 100),
  ADD COLUMN address_detail text CHECK (length(address_detail) <= 200),
  ADD COLUMN elevation_m double precision CHECK (elevation_m BETWEEN -500 AND 5000),
  ADD COLUMN phone text CHECK (length(phone) <= 40),
  ADD COLUMN phone_extension text CHECK (length(phone_extension) <= 20),
  ADD COLUMN hazard_flood boolean NOT NULL DEFAULT false,
  ADD COLUMN hazard_landslide boolean NOT NULL DEFAULT false,
  ADD COLUMN hazard_storm_surge boolean NOT NULL DEFAULT false,
  ADD COLUMN hazard_earthquake boolean NOT NULL DEFAULT false,
  ADD COLUMN hazard_tsunami boolean NOT NULL DEFAULT false,
  ADD COLUMN hazard_large_fire boolean NOT NULL DEFAULT false,
  ADD COLUMN hazard_inland_flood boolean NOT NULL DEFAULT false,
  ADD COLUMN hazard_volcano boolean NOT NULL DEFAULT false,
  ADD COLUMN target_community text CHECK (length(target_community) <= 500),
  ADD COLUMN url text CHECK (length(url) <= 2000),
  ADD COLUMN notes text CHECK (length(notes) <= 2000);

-- A town's file names each site by its NO/ID/共通ID; re-imports match on it. Retired rows keep theirs.
CREATE UNIQUE INDEX shelter_source_id_idx ON disaster.shelter (municipality_code, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX shelter_location_idx ON disaster.shelter USING gist (ll_to_earth(latitude, longitude))
  WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND retired_at IS NULL;
