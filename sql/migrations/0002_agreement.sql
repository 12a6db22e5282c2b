-- The agreement subgraph: the nine municipalities and the 協定 itself, as signed on 2020-10-09.
-- Rows are loaded from the agreement text by the seeder; only admins may change them (amendments
-- under 第5条 will come through their own workflow).

CREATE SCHEMA agreement;
GRANT USAGE ON SCHEMA agreement TO agreement_svc;

CREATE TABLE agreement.municipality (
  code app.municipality_code PRIMARY KEY,
  name text NOT NULL,
  name_kana text NOT NULL,
  name_en text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('CITY', 'TOWN', 'VILLAGE')),
  district text,
  office_address text NOT NULL,
  office_latitude double precision NOT NULL CHECK (office_latitude BETWEEN -90 AND 90),
  office_longitude double precision NOT NULL CHECK (office_longitude BETWEEN -180 AND 180),
  population integer NOT NULL CHECK (population >= 0),
  population_year integer NOT NULL,
  population_source text NOT NULL,
  mayor_at_signing text NOT NULL
);

CREATE TABLE agreement.agreement (
  id text PRIMARY KEY,
  title text NOT NULL,
  signed_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('IN_FORCE', 'DISSOLVED')),
  basis_title text NOT NULL,
  basis_issuer text NOT NULL,
  basis_issued_on date NOT NULL,
  basis_reference text NOT NULL,
  preamble text NOT NULL,
  attestation text NOT NULL,
  source_file text NOT NULL
);

CREATE TABLE agreement.article (
  agreement_id text NOT NULL REFERENCES agreement.agreement (id),
  number integer NOT NULL CHECK (number > 0),
  heading text NOT NULL,
  PRIMARY KEY (agreement_id, number)
);

-- 項 of an article; `items` are its 号 ((1), (2), …) where it has any.
CREATE TABLE agreement.paragraph (
  agreement_id text NOT NULL,
  article_number integer NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  text text NOT NULL,
  items text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (agreement_id, article_number, number),
  FOREIGN KEY (agreement_id, article_number) REFERENCES agreement.article (agreement_id, number)
);

CREATE TABLE agreement.party (
  agreement_id text NOT NULL REFERENCES agreement.agreement (id),
  municipality_code app.municipality_code NOT NULL REFERENCES agreement.municipality (code),
  position integer NOT NULL,
  signatory_title text NOT NULL,
  signatory_name text NOT NULL,
  address_as_written text NOT NULL,
  PRIMARY KEY (agreement_id, municipality_code)
);
CREATE INDEX party_municipality_idx ON agreement.party (municipality_code);

CREATE TABLE agreement.policy_area (
  agreement_id text NOT NULL REFERENCES agreement.agreement (id),
  number integer NOT NULL,
  title text NOT NULL,
  PRIMARY KEY (agreement_id, number)
);

CREATE TABLE agreement.policy_field (
  id text PRIMARY KEY,
  agreement_id text NOT NULL,
  area_number integer NOT NULL,
  number integer NOT NULL,
  name text NOT NULL,
  theme text NOT NULL,
  direction text NOT NULL,
  notes text,
  lead_municipality_code app.municipality_code NOT NULL REFERENCES agreement.municipality (code),
  UNIQUE (agreement_id, area_number, number),
  FOREIGN KEY (agreement_id, area_number) REFERENCES agreement.policy_area (agreement_id, number)
);

-- One 取組内容 line of the 別表.
CREATE TABLE agreement.initiative (
  id text PRIMARY KEY,
  field_id text NOT NULL REFERENCES agreement.policy_field (id),
  number integer NOT NULL,
  text text NOT NULL,
  UNIQUE (field_id, number)
);

-- 連携市町の役割: the duties the 別表 gives each municipality in each field.
CREATE TABLE agreement.field_role (
  field_id text NOT NULL REFERENCES agreement.policy_field (id),
  municipality_code app.municipality_code NOT NULL REFERENCES agreement.municipality (code),
  is_lead boolean NOT NULL,
  duties text[] NOT NULL,
  PRIMARY KEY (field_id, municipality_code)
);
CREATE INDEX field_role_municipality_idx ON agreement.field_role (municipality_code);

CREATE TABLE agreement.related_agreement (
  id text PRIMARY KEY,
  agreement_id text NOT NULL REFERENCES agreement.agreement (id),
  field_id text REFERENCES agreement.policy_field (id),
  title text NOT NULL,
  signed_on date NOT NULL,
  relation text NOT NULL
);
CREATE INDEX related_agreement_agreement_idx ON agreement.related_agreement (agreement_id);

-- Public to read, written only by admins (the seeder runs as the migrating role).
DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['municipality', 'agreement', 'article', 'paragraph', 'party',
                                    'policy_area', 'policy_field', 'initiative', 'field_role', 'related_agreement'] LOOP
    EXECUTE format('ALTER TABLE agreement.%I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE agreement.%I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY public_read ON agreement.%I FOR SELECT USING (true)', table_name);
    EXECUTE format('CREATE POLICY admin_write ON agreement.%I FOR ALL USING (app.viewer_role() = ''admin'') WITH CHECK (app.viewer_role() = ''admin'')', table_name);
    EXECUTE format('GRANT SELECT ON agreement.%I TO agreement_svc', table_name);
  END LOOP;
END
$$;
