-- Ridership and route performance (issue #5, 別表 2(1) 利用促進): one row per route and month, as an
-- operator reports it. A route is named by its GTFS route_id (the service checks it against the
-- operator's ACTIVE feed); figures stay when a later feed drops the route, so history survives.

CREATE TABLE transit.route_statistics (
  operator_id uuid NOT NULL REFERENCES transit.operator (id),
  -- The operator's owner, copied so the read path needs no join: NULL for region-wide operators
  -- (owned by the coordinator). The write policies check it against the operator itself.
  municipality_code app.municipality_code,
  route_id text NOT NULL CHECK (length(route_id) BETWEEN 1 AND 200),
  -- The first day of the month reported.
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  boardings integer NOT NULL CHECK (boardings >= 0),
  -- NULL = not counted (many community buses count boardings only).
  alightings integer CHECK (alightings >= 0),
  vehicle_km numeric(12, 2) CHECK (vehicle_km >= 0),
  passenger_km numeric(14, 2) CHECK (passenger_km >= 0),
  fare_revenue_yen bigint CHECK (fare_revenue_yen >= 0),
  operating_cost_yen bigint CHECK (operating_cost_yen >= 0),
  initiative_id text NOT NULL DEFAULT 'transit-2',
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Also the index for the operator foreign key and for every read (operator, route, month range).
  PRIMARY KEY (operator_id, route_id, month)
);
CREATE INDEX route_statistics_operator_month_idx ON transit.route_statistics (operator_id, month);

-- Whether the caller may write a statistics row for `operator` owned by `owner`: the owner must be
-- the operator's own (so a town cannot file figures under another town's operator by relabelling
-- the copy) and the caller must be its town's staff, or the coordinator for region-wide operators.
CREATE FUNCTION transit.can_write_operator_row(operator uuid, owner text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT coalesce((
      SELECT o.municipality_code IS NOT DISTINCT FROM owner
        AND CASE WHEN o.municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(o.municipality_code) END
      FROM transit.operator o WHERE o.id = operator), false)
  $$;
GRANT EXECUTE ON FUNCTION transit.can_write_operator_row(uuid, text) TO transit_svc;

ALTER TABLE transit.route_statistics ENABLE ROW LEVEL SECURITY;
ALTER TABLE transit.route_statistics FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON transit.route_statistics FOR SELECT USING (true);
CREATE POLICY owner_insert ON transit.route_statistics FOR INSERT
  WITH CHECK (transit.can_write_operator_row(operator_id, municipality_code));
CREATE POLICY owner_update ON transit.route_statistics FOR UPDATE
  USING (transit.can_write_operator_row(operator_id, municipality_code))
  WITH CHECK (transit.can_write_operator_row(operator_id, municipality_code));

-- UPDATE is needed by INSERT … ON CONFLICT DO UPDATE (a batch re-reporting months).
GRANT SELECT, INSERT, UPDATE ON transit.route_statistics TO transit_svc;
