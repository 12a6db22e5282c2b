-- Versioned agreement (issue #7, 第5条). Data model: version-keyed rows. Every version of the
-- agreement is one `agreement.agreement` row (version 1 = the text signed on 2020-10-09, id
-- `minamisorachi-2020`) and owns a complete copy of its articles, paragraphs, parties, areas,
-- fields, initiatives and roles, all keyed by `agreement_id`. A version is in force from its
-- `effective_from` until the next version's; `agreement(asOf:)` picks the newest version whose
-- `effective_from` is on or before the date. Copying the whole text per version (a few hundred
-- rows) keeps every read a plain `where agreement_id in (…)`: the existing loaders serve any
-- version unchanged, and no read needs valid_from/valid_to range logic.

ALTER TABLE agreement.agreement
  ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  ADD COLUMN effective_from date,
  ADD COLUMN amended_by_proposal_id uuid;
UPDATE agreement.agreement SET effective_from = signed_on WHERE effective_from IS NULL;
ALTER TABLE agreement.agreement ALTER COLUMN effective_from SET NOT NULL;
ALTER TABLE agreement.agreement ADD CONSTRAINT agreement_version_key UNIQUE (version);
CREATE INDEX agreement_effective_from_idx ON agreement.agreement (effective_from, version);

-- Field, initiative, role and related-agreement ids ("disaster", "disaster-1") stay stable across
-- versions, so they become unique per version instead of globally.
ALTER TABLE agreement.initiative DROP CONSTRAINT initiative_field_id_fkey;
ALTER TABLE agreement.field_role DROP CONSTRAINT field_role_field_id_fkey;
ALTER TABLE agreement.related_agreement DROP CONSTRAINT related_agreement_field_id_fkey;
ALTER TABLE agreement.policy_field DROP CONSTRAINT policy_field_pkey;
ALTER TABLE agreement.policy_field ADD PRIMARY KEY (agreement_id, id);

ALTER TABLE agreement.initiative ADD COLUMN agreement_id text;
UPDATE agreement.initiative i SET agreement_id = f.agreement_id FROM agreement.policy_field f WHERE f.id = i.field_id;
ALTER TABLE agreement.initiative ALTER COLUMN agreement_id SET NOT NULL;
ALTER TABLE agreement.initiative DROP CONSTRAINT initiative_pkey;
ALTER TABLE agreement.initiative DROP CONSTRAINT initiative_field_id_number_key;
ALTER TABLE agreement.initiative ADD PRIMARY KEY (agreement_id, id);
ALTER TABLE agreement.initiative ADD CONSTRAINT initiative_field_number_key UNIQUE (agreement_id, field_id, number);
ALTER TABLE agreement.initiative ADD CONSTRAINT initiative_field_fkey
  FOREIGN KEY (agreement_id, field_id) REFERENCES agreement.policy_field (agreement_id, id);
-- Federation references resolve an initiative by its id alone.
CREATE INDEX initiative_id_idx ON agreement.initiative (id);

ALTER TABLE agreement.field_role ADD COLUMN agreement_id text;
UPDATE agreement.field_role r SET agreement_id = f.agreement_id FROM agreement.policy_field f WHERE f.id = r.field_id;
ALTER TABLE agreement.field_role ALTER COLUMN agreement_id SET NOT NULL;
ALTER TABLE agreement.field_role DROP CONSTRAINT field_role_pkey;
ALTER TABLE agreement.field_role ADD PRIMARY KEY (agreement_id, field_id, municipality_code);
ALTER TABLE agreement.field_role ADD CONSTRAINT field_role_field_fkey
  FOREIGN KEY (agreement_id, field_id) REFERENCES agreement.policy_field (agreement_id, id);
CREATE INDEX field_role_agreement_municipality_idx ON agreement.field_role (agreement_id, municipality_code);

ALTER TABLE agreement.related_agreement DROP CONSTRAINT related_agreement_pkey;
ALTER TABLE agreement.related_agreement ADD PRIMARY KEY (agreement_id, id);
ALTER TABLE agreement.related_agreement ADD CONSTRAINT related_agreement_field_fkey
  FOREIGN KEY (agreement_id, field_id) REFERENCES agreement.policy_field (agreement_id, id);
CREATE INDEX related_agreement_field_idx ON agreement.related_agreement (agreement_id, field_id);
