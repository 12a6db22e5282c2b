-- GTFS / GTFS-JP feed versions per operator (issue #5). A feed is loaded with COPY into a new
-- version inside one transaction; the operator's previous version stays ACTIVE until that
-- transaction commits, and superseded versions are kept.

CREATE TABLE transit.feed_version (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  operator_id uuid NOT NULL REFERENCES transit.operator (id),
  -- The operator's owner, copied so policies need no join: NULL for region-wide operators.
  municipality_code app.municipality_code,
  status text NOT NULL CHECK (status IN ('LOADING', 'ACTIVE', 'SUPERSEDED')),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  row_counts jsonb NOT NULL DEFAULT '{}',
  warning_count integer NOT NULL DEFAULT 0,
  imported_by text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  is_sample boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX feed_version_one_active_idx ON transit.feed_version (operator_id) WHERE status = 'ACTIVE';
CREATE INDEX feed_version_operator_idx ON transit.feed_version (operator_id, imported_at DESC);

CREATE TABLE transit.gtfs_stop (
  feed_version_id uuid NOT NULL REFERENCES transit.feed_version (id),
  stop_id text NOT NULL,
  stop_name text NOT NULL,
  stop_lat double precision NOT NULL,
  stop_lon double precision NOT NULL,
  PRIMARY KEY (feed_version_id, stop_id)
);
CREATE TABLE transit.gtfs_route (
  feed_version_id uuid NOT NULL REFERENCES transit.feed_version (id),
  route_id text NOT NULL,
  agency_id text,
  route_short_name text,
  route_long_name text,
  route_type integer NOT NULL,
  PRIMARY KEY (feed_version_id, route_id)
);
CREATE TABLE transit.gtfs_trip (
  feed_version_id uuid NOT NULL REFERENCES transit.feed_version (id),
  trip_id text NOT NULL,
  route_id text NOT NULL,
  service_id text NOT NULL,
  trip_headsign text,
  PRIMARY KEY (feed_version_id, trip_id)
);
CREATE INDEX gtfs_trip_route_idx ON transit.gtfs_trip (feed_version_id, route_id);
-- Times as seconds after the service day's start: 25:30:00 is 91800, after midnight of the next day.
CREATE TABLE transit.gtfs_stop_time (
  feed_version_id uuid NOT NULL REFERENCES transit.feed_version (id),
  trip_id text NOT NULL,
  stop_sequence integer NOT NULL,
  stop_id text NOT NULL,
  arrival_seconds integer,
  departure_seconds integer,
  PRIMARY KEY (feed_version_id, trip_id, stop_sequence)
);
CREATE INDEX gtfs_stop_time_departures_idx ON transit.gtfs_stop_time (feed_version_id, stop_id, departure_seconds);
CREATE TABLE transit.gtfs_calendar (
  feed_version_id uuid NOT NULL REFERENCES transit.feed_version (id),
  service_id text NOT NULL,
  -- Monday first, as in calendar.txt.
  weekdays boolean[] NOT NULL CHECK (array_length(weekdays, 1) = 7),
  start_date date NOT NULL,
  end_date date NOT NULL,
  PRIMARY KEY (feed_version_id, service_id)
);
CREATE TABLE transit.gtfs_calendar_date (
  feed_version_id uuid NOT NULL REFERENCES transit.feed_version (id),
  service_id text NOT NULL,
  date date NOT NULL,
  exception_type smallint NOT NULL CHECK (exception_type IN (1, 2)),
  PRIMARY KEY (feed_version_id, service_id, date)
);

-- Whether the caller may write rows of this feed version: the operator's town, or the coordinator
-- for region-wide operators. Evaluated per inserted row: a primary-key lookup.
CREATE FUNCTION transit.can_write_feed(version uuid) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT coalesce((
      SELECT CASE WHEN f.municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(f.municipality_code) END
      FROM transit.feed_version f WHERE f.id = version), false)
  $$;
GRANT EXECUTE ON FUNCTION transit.can_write_feed(uuid) TO transit_svc;

ALTER TABLE transit.feed_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE transit.feed_version FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON transit.feed_version FOR SELECT USING (true);
CREATE POLICY owner_insert ON transit.feed_version FOR INSERT WITH CHECK (
  CASE WHEN municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(municipality_code) END);
CREATE POLICY owner_update ON transit.feed_version FOR UPDATE
  USING (CASE WHEN municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(municipality_code) END)
  WITH CHECK (CASE WHEN municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(municipality_code) END);
GRANT SELECT, INSERT, UPDATE ON transit.feed_version TO transit_svc;

DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['gtfs_stop', 'gtfs_route', 'gtfs_trip', 'gtfs_stop_time', 'gtfs_calendar', 'gtfs_calendar_date'] LOOP
    EXECUTE format('ALTER TABLE transit.%I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE transit.%I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY public_read ON transit.%I FOR SELECT USING (true)', table_name);
    EXECUTE format('CREATE POLICY feed_owner_insert ON transit.%I FOR INSERT WITH CHECK (transit.can_write_feed(feed_version_id))', table_name);
    EXECUTE format('GRANT SELECT, INSERT ON transit.%I TO transit_svc', table_name);
  END LOOP;
END
$$;
