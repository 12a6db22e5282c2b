-- Shelters as towns publish them (issues #15 and #21): the two lists a town designates, the 福祉避難所 attributes
-- residents ask for, the △ state of a hazard, and capacities as files write them.
--
-- designation: which list a row belongs to. 指定緊急避難場所 (EMERGENCY_SITE: where to flee from a hazard) and
--   指定避難所 (DESIGNATED_SHELTER: where to stay) are separate designations with separate files and ids, so a school
--   in both lists is two rows, one per list, each imported (and retired) with its own list. Every row so far came
--   from a 指定緊急避難場所 file or the sample of one.
-- is_emergency_site: a 指定避難所 that is also a 指定緊急避難場所 (指定緊急避難場所との重複 / 住所同一), the mirror of
--   is_designated_shelter (指定避難所との重複) on the other list.
-- conditional_hazards: hazards for which the site is usable only conditionally (△ in real files), never also in
--   the hazard_* flags of the same row.
-- capacity_indoor / capacity_outdoor / capacity_note: `屋内191人／屋外0人` is read into the two parts (capacity is
--   their sum); text no pattern explains is kept as written in capacity_note, with capacity left empty.
-- accepts_people_needing_care (要配慮者 受入), is_welfare_shelter (福祉避難所, which always accepts them),
--   is_barrier_free (null: unknown), pet_policy (ペット同行; null: unknown), accepted_persons (受入対象者 as written),
--   additional_matters (その他市町村長が必要と認める事項).
ALTER TABLE disaster.shelter
  ADD COLUMN designation text NOT NULL DEFAULT 'EMERGENCY_SITE',
  ADD COLUMN is_emergency_site boolean NOT NULL DEFAULT false,
  ADD COLUMN conditional_hazards text[] NOT NULL DEFAULT '{}',
  ADD COLUMN capacity_indoor integer,
  ADD COLUMN capacity_outdoor integer,
  ADD COLUMN capacity_note text,
  ADD COLUMN accepts_people_needing_care boolean NOT NULL DEFAULT false,
  ADD COLUMN is_welfare_shelter boolean NOT NULL DEFAULT false,
  ADD COLUMN is_barrier_free boolean,
  ADD COLUMN pet_policy text,
  ADD COLUMN accepted_persons text,
  ADD COLUMN additional_matters text;

-- The mirror of shelters.rules.ts, one CHECK per field named `shelter_<column>_check` (see 0050).
ALTER TABLE disaster.shelter
  ADD CONSTRAINT shelter_designation_check CHECK (designation IN ('EMERGENCY_SITE', 'DESIGNATED_SHELTER')),
  ADD CONSTRAINT shelter_conditional_hazards_check CHECK (
    conditional_hazards <@ ARRAY['FLOOD', 'LANDSLIDE', 'STORM_SURGE', 'EARTHQUAKE', 'TSUNAMI', 'LARGE_FIRE',
      'INLAND_FLOOD', 'VOLCANO']
    AND NOT (hazard_flood AND 'FLOOD' = ANY (conditional_hazards))
    AND NOT (hazard_landslide AND 'LANDSLIDE' = ANY (conditional_hazards))
    AND NOT (hazard_storm_surge AND 'STORM_SURGE' = ANY (conditional_hazards))
    AND NOT (hazard_earthquake AND 'EARTHQUAKE' = ANY (conditional_hazards))
    AND NOT (hazard_tsunami AND 'TSUNAMI' = ANY (conditional_hazards))
    AND NOT (hazard_large_fire AND 'LARGE_FIRE' = ANY (conditional_hazards))
    AND NOT (hazard_inland_flood AND 'INLAND_FLOOD' = ANY (conditional_hazards))
    AND NOT (hazard_volcano AND 'VOLCANO' = ANY (conditional_hazards))),
  ADD CONSTRAINT shelter_capacity_indoor_check CHECK (capacity_indoor BETWEEN 0 AND 1000000),
  ADD CONSTRAINT shelter_capacity_outdoor_check CHECK (capacity_outdoor BETWEEN 0 AND 1000000),
  ADD CONSTRAINT shelter_capacity_note_check CHECK (length(capacity_note) <= 200),
  ADD CONSTRAINT shelter_accepts_people_needing_care_check CHECK (accepts_people_needing_care OR NOT is_welfare_shelter),
  ADD CONSTRAINT shelter_pet_policy_check CHECK (pet_policy IN ('NOT_ALLOWED', 'ACCOMPANIED', 'COHABITATION')),
  ADD CONSTRAINT shelter_accepted_persons_check CHECK (length(accepted_persons) <= 500),
  ADD CONSTRAINT shelter_additional_matters_check CHECK (length(additional_matters) <= 1000);

-- Each list has its own ids (a v1 file's NO 1 and a 指定避難所 file's NO 1 are different sites).
DROP INDEX disaster.shelter_source_id_idx;
CREATE UNIQUE INDEX shelter_source_id_idx ON disaster.shelter (municipality_code, designation, source_id)
  WHERE source_id IS NOT NULL;
-- A town's rows of one list (imports, the per-list datasets), and the places that take people needing care.
CREATE INDEX shelter_designation_idx ON disaster.shelter (municipality_code, designation, id);
CREATE INDEX shelter_care_idx ON disaster.shelter (municipality_code, id)
  WHERE accepts_people_needing_care AND retired_at IS NULL;
