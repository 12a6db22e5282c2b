-- GTFS import near COPY speed (issue #19): transit.gtfs_stop_time is partitioned by feed version.
--
-- The import COPYed a million stop_times into a temporary table and moved them with one INSERT … SELECT into the
-- row-level-secured, indexed table: ~30 s where the COPY alone takes ~1.6 s. Now each feed version's stop_times are
-- a table of their own in schema transit_stop_times, attached as a partition of transit.gtfs_stop_time:
--
-- * an import calls transit.begin_stop_time_load(version): a standalone table, created in the import's transaction
--   (so no other session sees it and the COPY into it writes no WAL under wal_level=minimal), which the importing
--   login may only INSERT into, and whose CHECK admits rows of that version alone;
-- * it COPYs the rows straight into it, then calls transit.finish_stop_time_load(version): the privilege is taken
--   back, the primary key and the departures index are built in one sort each, and the table is attached. The CHECK
--   matches the partition bound, so ATTACH PARTITION does not scan the rows, and it locks the parent only in SHARE
--   UPDATE EXCLUSIVE mode: readers and other imports' COPYs go on.
--
-- Both functions check what the insert policy checks (the version exists, is LOADING and is the caller's), so only an
-- operator's own feeds are loaded; reads and writes through the parent keep its policies. A failed or killed import
-- rolls back the table with everything else. Other writers (the sample seed, by hand) create the version's partition
-- first with transit.add_stop_time_partition(version), administrators only, and insert through the parent.

CREATE SCHEMA transit_stop_times;
-- The importing login COPYs into its version's table while it loads; reads go through transit.gtfs_stop_time.
GRANT USAGE ON SCHEMA transit_stop_times TO transit_svc;

ALTER TABLE transit.gtfs_stop_time RENAME TO gtfs_stop_time_unpartitioned;
ALTER TABLE transit.gtfs_stop_time_unpartitioned RENAME CONSTRAINT gtfs_stop_time_pkey TO gtfs_stop_time_old_pkey;
ALTER INDEX transit.gtfs_stop_time_departures_idx RENAME TO gtfs_stop_time_old_departures_idx;

CREATE TABLE transit.gtfs_stop_time (LIKE transit.gtfs_stop_time_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
  PARTITION BY LIST (feed_version_id);
ALTER TABLE transit.gtfs_stop_time ADD PRIMARY KEY (feed_version_id, trip_id, stop_sequence);
CREATE INDEX gtfs_stop_time_departures_idx ON transit.gtfs_stop_time (feed_version_id, stop_id, departure_seconds);
SELECT app.rls_secure('transit.gtfs_stop_time');
SELECT app.rls_public_read('transit.gtfs_stop_time');
SELECT app.rls_feed_rows('transit.gtfs_stop_time');
GRANT SELECT, INSERT ON transit.gtfs_stop_time TO transit_svc;

-- The table holding a version's stop_times (a partition once loaded).
CREATE FUNCTION transit.stop_time_partition(version uuid) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT 'transit_stop_times.v' || replace(version::text, '-', '') $$;

-- The insert policy's condition, for the load functions (they run as the owner, where no policy applies).
CREATE FUNCTION transit.assert_loading_own_version(version uuid) RETURNS void
  LANGUAGE plpgsql STABLE SET search_path = pg_catalog
  AS $$
  BEGIN
    IF NOT EXISTS (SELECT FROM transit.feed_version f
                    WHERE f.id = version AND f.status = 'LOADING'
                      AND CASE WHEN f.municipality_code IS NULL THEN app.can_write_regional()
                               ELSE app.can_write_municipality(f.municipality_code) END) THEN
      RAISE EXCEPTION 'feed version % is not a LOADING version of the caller''s', version USING ERRCODE = '42501';
    END IF;
  END
  $$;

CREATE FUNCTION transit.begin_stop_time_load(version uuid) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    target text := transit.stop_time_partition(version);
  BEGIN
    PERFORM transit.assert_loading_own_version(version);
    EXECUTE format('CREATE TABLE %s (LIKE transit.gtfs_stop_time INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                   'CONSTRAINT feed_version CHECK (feed_version_id = %L))', target, version);
    -- The login, not the definer: the table is only visible inside this transaction until it commits.
    EXECUTE format('GRANT INSERT ON %s TO %I', target, session_user);
    RETURN target;
  END
  $$;

CREATE FUNCTION transit.finish_stop_time_load(version uuid) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    target text := transit.stop_time_partition(version);
  BEGIN
    PERFORM transit.assert_loading_own_version(version);
    EXECUTE format('REVOKE ALL ON %s FROM %I', target, session_user);
    EXECUTE format('ALTER TABLE %s ADD PRIMARY KEY (feed_version_id, trip_id, stop_sequence)', target);
    EXECUTE format('CREATE INDEX ON %s (feed_version_id, stop_id, departure_seconds)', target);
    EXECUTE format('ALTER TABLE transit.gtfs_stop_time ATTACH PARTITION %s FOR VALUES IN (%L)', target, version);
  END
  $$;
REVOKE EXECUTE ON FUNCTION transit.begin_stop_time_load(uuid), transit.finish_stop_time_load(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION transit.begin_stop_time_load(uuid), transit.finish_stop_time_load(uuid) TO transit_svc;

-- For writers that insert through the parent (the sample seed, an administrator by hand).
CREATE FUNCTION transit.add_stop_time_partition(version uuid) RETURNS void
  LANGUAGE plpgsql SET search_path = pg_catalog
  AS $$
  BEGIN
    EXECUTE format('CREATE TABLE IF NOT EXISTS %s PARTITION OF transit.gtfs_stop_time FOR VALUES IN (%L)',
                   transit.stop_time_partition(version), version);
  END
  $$;
REVOKE EXECUTE ON FUNCTION transit.add_stop_time_partition(uuid) FROM PUBLIC;

-- The rows already loaded move into their versions' partitions.
DO $$
DECLARE
  version uuid;
BEGIN
  FOR version IN SELECT DISTINCT feed_version_id FROM transit.gtfs_stop_time_unpartitioned LOOP
    PERFORM transit.add_stop_time_partition(version);
  END LOOP;
  INSERT INTO transit.gtfs_stop_time SELECT * FROM transit.gtfs_stop_time_unpartitioned;
END
$$;
DROP TABLE transit.gtfs_stop_time_unpartitioned;

-- Deleting a version (by hand: the services have no DELETE grant) drops its partition, as a cascading key would
-- have deleted its rows.
CREATE OR REPLACE FUNCTION transit.delete_feed_version_rows() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    EXECUTE format('DROP TABLE IF EXISTS %s', transit.stop_time_partition(OLD.id));
    DELETE FROM transit.gtfs_shape WHERE feed_version_id = OLD.id;
    DELETE FROM transit.gtfs_trip WHERE feed_version_id = OLD.id;
    DELETE FROM transit.gtfs_stop WHERE feed_version_id = OLD.id;
    DELETE FROM transit.gtfs_calendar_date WHERE feed_version_id = OLD.id;
    DELETE FROM transit.gtfs_file_row WHERE feed_version_id = OLD.id;
    RETURN OLD;
  END
  $$;
