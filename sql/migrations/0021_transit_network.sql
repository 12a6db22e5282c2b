-- The rest of a GTFS-JP feed that riders and the merged regional feed need (issue #5): agencies,
-- feed_info, shapes and the optional columns of stops, routes, trips and stop_times; the town each
-- stop lies in, for connections between towns; and a spatial index for stops near a point.

CREATE TABLE transit.gtfs_agency (
  feed_version_id uuid NOT NULL REFERENCES transit.feed_version (id),
  -- '' when agency.txt has a single agency without agency_id (allowed by GTFS).
  agency_id text NOT NULL,
  agency_name text NOT NULL,
  agency_url text NOT NULL,
  agency_timezone text NOT NULL,
  agency_lang text,
  agency_phone text,
  agency_fare_url text,
  agency_email text,
  PRIMARY KEY (feed_version_id, agency_id)
);
CREATE TABLE transit.gtfs_feed_info (
  feed_version_id uuid NOT NULL REFERENCES transit.feed_version (id),
  -- feed_info.txt has one row; the line number keeps the key honest if a feed repeats it.
  line integer NOT NULL,
  feed_publisher_name text NOT NULL,
  feed_publisher_url text NOT NULL,
  feed_lang text NOT NULL,
  feed_start_date date,
  feed_end_date date,
  feed_version text,
  PRIMARY KEY (feed_version_id, line)
);
CREATE TABLE transit.gtfs_shape (
  feed_version_id uuid NOT NULL REFERENCES transit.feed_version (id),
  shape_id text NOT NULL,
  shape_pt_sequence integer NOT NULL,
  shape_pt_lat double precision NOT NULL,
  shape_pt_lon double precision NOT NULL,
  shape_dist_traveled double precision,
  PRIMARY KEY (feed_version_id, shape_id, shape_pt_sequence)
);

ALTER TABLE transit.gtfs_stop
  ADD COLUMN stop_code text,
  ADD COLUMN stop_desc text,
  ADD COLUMN zone_id text,
  ADD COLUMN location_type smallint,
  ADD COLUMN parent_station text,
  ADD COLUMN platform_code text,
  ADD COLUMN wheelchair_boarding smallint,
  -- The party town the stop lies in (nearest town centre within 30 km), set by a trigger: GTFS has
  -- no town field and a regional operator's stops lie in many towns.
  ADD COLUMN municipality_code app.municipality_code;
ALTER TABLE transit.gtfs_route
  ADD COLUMN route_desc text,
  ADD COLUMN route_url text,
  ADD COLUMN route_color text,
  ADD COLUMN route_text_color text;
ALTER TABLE transit.gtfs_trip
  ADD COLUMN trip_short_name text,
  ADD COLUMN direction_id smallint,
  ADD COLUMN block_id text,
  ADD COLUMN shape_id text;
ALTER TABLE transit.gtfs_stop_time
  ADD COLUMN stop_headsign text,
  ADD COLUMN pickup_type smallint,
  ADD COLUMN drop_off_type smallint,
  ADD COLUMN shape_dist_traveled double precision;

CREATE INDEX gtfs_stop_location_idx ON transit.gtfs_stop USING gist (ll_to_earth(stop_lat, stop_lon));
CREATE INDEX gtfs_stop_municipality_idx ON transit.gtfs_stop (municipality_code, feed_version_id);
-- Connections walk trips from a stop forwards: (version, trip, sequence) is the primary key already.

-- Where each party town is, for placing stops in towns. Reference data, filled from the agreement's
-- municipality list when the platform is seeded (the office is the town's reference point).
CREATE TABLE transit.town_centre (
  municipality_code app.municipality_code PRIMARY KEY,
  latitude double precision NOT NULL,
  longitude double precision NOT NULL
);

CREATE FUNCTION transit.town_of(latitude double precision, longitude double precision) RETURNS app.municipality_code
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT c.municipality_code FROM transit.town_centre c
    WHERE earth_distance(ll_to_earth(c.latitude, c.longitude), ll_to_earth(town_of.latitude, town_of.longitude)) <= 30000
    ORDER BY earth_distance(ll_to_earth(c.latitude, c.longitude), ll_to_earth(town_of.latitude, town_of.longitude))
    LIMIT 1
  $$;

CREATE FUNCTION transit.place_stop() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
    BEGIN
      NEW.municipality_code := transit.town_of(NEW.stop_lat, NEW.stop_lon);
      RETURN NEW;
    END
  $$;
CREATE TRIGGER gtfs_stop_place BEFORE INSERT ON transit.gtfs_stop FOR EACH ROW EXECUTE FUNCTION transit.place_stop();
GRANT EXECUTE ON FUNCTION transit.town_of(double precision, double precision) TO transit_svc;

ALTER TABLE transit.town_centre ENABLE ROW LEVEL SECURITY;
ALTER TABLE transit.town_centre FORCE ROW LEVEL SECURITY;
CREATE POLICY public_read ON transit.town_centre FOR SELECT USING (true);
GRANT SELECT ON transit.town_centre TO transit_svc;

DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['gtfs_agency', 'gtfs_feed_info', 'gtfs_shape'] LOOP
    EXECUTE format('ALTER TABLE transit.%I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE transit.%I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY public_read ON transit.%I FOR SELECT USING (true)', table_name);
    EXECUTE format('CREATE POLICY feed_owner_insert ON transit.%I FOR INSERT WITH CHECK (transit.can_write_feed(feed_version_id))', table_name);
    EXECUTE format('GRANT SELECT, INSERT ON transit.%I TO transit_svc', table_name);
  END LOOP;
END
$$;
