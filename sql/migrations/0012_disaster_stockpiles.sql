-- Stockpiles (共同備蓄 / 広域備蓄, issue #4): sites, a catalogue of supply items, lots with expiry,
-- per-town targets, and transfer requests between towns that move quantities atomically.

CREATE TABLE disaster.supply_item (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{1,40}$'),
  name text NOT NULL,
  category text NOT NULL CHECK (category IN ('防寒着', '段ボールベッド', '食料', '飲料水', '生活必需品', '避難所資機材')),
  unit text NOT NULL
);
-- The catalogue is reference data (not sample data): the items the 別表 names and their neighbours.
INSERT INTO disaster.supply_item (id, name, category, unit) VALUES
  ('blanket', '毛布', '防寒着', '枚'),
  ('thermal-sheet', '保温シート', '防寒着', '枚'),
  ('cardboard-bed', '段ボールベッド', '段ボールベッド', '台'),
  ('partition', '間仕切り', '避難所資機材', '式'),
  ('generator', '発電機', '避難所資機材', '台'),
  ('heater', 'ストーブ', '避難所資機材', '台'),
  ('water-2l', '飲料水 2L', '飲料水', '本'),
  ('emergency-food', '非常食', '食料', '食'),
  ('baby-formula', '液体ミルク', '食料', '本'),
  ('portable-toilet', '簡易トイレ', '生活必需品', '回分'),
  ('diaper', 'おむつ', '生活必需品', '枚');

CREATE TABLE disaster.stockpile_site (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code app.municipality_code NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  address text NOT NULL DEFAULT '' CHECK (length(address) <= 300),
  -- 共同備蓄: a site holding the region's joint stock.
  is_joint boolean NOT NULL DEFAULT false,
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stockpile_site_municipality_idx ON disaster.stockpile_site (municipality_code, id);

CREATE TABLE disaster.stock_lot (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES disaster.stockpile_site (id),
  municipality_code app.municipality_code NOT NULL,
  item_id text NOT NULL REFERENCES disaster.supply_item (id),
  -- Never negative: the last fence behind the transfer service's row lock.
  quantity integer NOT NULL CHECK (quantity >= 0),
  expires_on date,
  is_sample boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stock_lot_site_idx ON disaster.stock_lot (site_id);
CREATE INDEX stock_lot_item_idx ON disaster.stock_lot (municipality_code, item_id);
CREATE INDEX stock_lot_expiry_idx ON disaster.stock_lot (expires_on) WHERE quantity > 0;

CREATE TABLE disaster.stock_target (
  municipality_code app.municipality_code NOT NULL,
  item_id text NOT NULL REFERENCES disaster.supply_item (id),
  quantity integer NOT NULL CHECK (quantity >= 0),
  is_sample boolean NOT NULL DEFAULT false,
  PRIMARY KEY (municipality_code, item_id)
);

CREATE TABLE disaster.stock_transfer (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  lot_id uuid NOT NULL REFERENCES disaster.stock_lot (id),
  item_id text NOT NULL REFERENCES disaster.supply_item (id),
  from_municipality_code app.municipality_code NOT NULL,
  to_municipality_code app.municipality_code NOT NULL CHECK (to_municipality_code <> from_municipality_code),
  quantity integer NOT NULL CHECK (quantity > 0),
  status text NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'SHIPPED', 'RECEIVED')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  requested_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stock_transfer_from_idx ON disaster.stock_transfer (from_municipality_code, requested_at DESC);
CREATE INDEX stock_transfer_to_idx ON disaster.stock_transfer (to_municipality_code, requested_at DESC);
CREATE INDEX stock_transfer_lot_idx ON disaster.stock_transfer (lot_id);

ALTER TABLE disaster.supply_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE disaster.supply_item FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON disaster.supply_item FOR SELECT USING (true);
GRANT SELECT ON disaster.supply_item TO disaster_svc;

DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['stockpile_site', 'stock_lot', 'stock_target'] LOOP
    EXECUTE format('ALTER TABLE disaster.%I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE disaster.%I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY public_read ON disaster.%I FOR SELECT USING (true)', table_name);
    EXECUTE format('CREATE POLICY owner_insert ON disaster.%I FOR INSERT WITH CHECK (app.can_write_municipality(municipality_code))', table_name);
    EXECUTE format('CREATE POLICY owner_update ON disaster.%I FOR UPDATE USING (app.can_write_municipality(municipality_code)) WITH CHECK (app.can_write_municipality(municipality_code))', table_name);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON disaster.%I TO disaster_svc', table_name);
  END LOOP;
END
$$;

-- A transfer is requested by the receiving town and moved along by both; which step each may take is
-- the service's rule, the policy only keeps third towns out.
ALTER TABLE disaster.stock_transfer ENABLE ROW LEVEL SECURITY;
ALTER TABLE disaster.stock_transfer FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON disaster.stock_transfer FOR SELECT USING (true);
CREATE POLICY receiver_insert ON disaster.stock_transfer FOR INSERT WITH CHECK (app.can_write_municipality(to_municipality_code));
CREATE POLICY parties_update ON disaster.stock_transfer FOR UPDATE
  USING (app.can_write_municipality(from_municipality_code) OR app.can_write_municipality(to_municipality_code))
  WITH CHECK (app.can_write_municipality(from_municipality_code) OR app.can_write_municipality(to_municipality_code));
GRANT SELECT, INSERT, UPDATE ON disaster.stock_transfer TO disaster_svc;
