-- GTFS import near COPY speed, continued (issue #19), and a retention of old versions' stop_times.
--
-- Cheaper loads:
-- * The indexes no longer lead with feed_version_id. In a partition it is one constant value: the sorts that build
--   the indexes compared it (16 bytes, no abbreviated key) on every comparison before reaching the key that matters.
--   The primary key becomes (trip_id, stop_sequence, feed_version_id) (a partitioned table's key must hold the
--   partition key, not lead with it) and the departures index (stop_id, departure_seconds): reads name the version
--   and are pruned to its partition, where these serve the same lookups.
-- * A version's table takes feed_version_id from its default, so the import COPYs ten columns, not eleven (no UUID
--   per row to write and parse); the CHECK still admits that version alone.
-- * The index builds get maintenance_work_mem = 256MB: a 5M-row version's sort stays in memory.
--
-- Retention: each feed version was a partition for ever, and planning statements over transit.gtfs_stop_time grows
-- with the partitions (~150 ms at 310 under load). When a version is activated, the stop_times of the operator's
-- SUPERSEDED versions past the newest transit.kept_superseded_stop_times() (2) are DETACHED: their table stays in
-- schema transit_stop_times with every row (nothing an operator imported is lost; an administrator can read or
-- re-attach it), but the planner no longer sees it. The version rows stay too (Operator.feedVersions keeps the
-- history), marked with stop_times_detached_at. So at most three attached partitions per operator remain.

ALTER TABLE transit.gtfs_stop_time DROP CONSTRAINT gtfs_stop_time_pkey;
ALTER TABLE transit.gtfs_stop_time ADD PRIMARY KEY (trip_id, stop_sequence, feed_version_id);
DROP INDEX transit.gtfs_stop_time_departures_idx;
CREATE INDEX gtfs_stop_time_departures_idx ON transit.gtfs_stop_time (stop_id, departure_seconds);

CREATE OR REPLACE FUNCTION transit.begin_stop_time_load(version uuid) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    target text := transit.stop_time_partition(version);
  BEGIN
    PERFORM transit.assert_loading_own_version(version);
    EXECUTE format('CREATE TABLE %s (LIKE transit.gtfs_stop_time INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                   'CONSTRAINT feed_version CHECK (feed_version_id = %L))', target, version);
    EXECUTE format('ALTER TABLE %s ALTER COLUMN feed_version_id SET DEFAULT %L', target, version);
    -- The login, not the definer: the table is only visible inside this transaction until it commits.
    EXECUTE format('GRANT INSERT ON %s TO %I', target, session_user);
    RETURN target;
  END
  $$;

CREATE OR REPLACE FUNCTION transit.finish_stop_time_load(version uuid) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog SET maintenance_work_mem = '256MB'
  AS $$
  DECLARE
    target text := transit.stop_time_partition(version);
  BEGIN
    PERFORM transit.assert_loading_own_version(version);
    EXECUTE format('REVOKE ALL ON %s FROM %I', target, session_user);
    EXECUTE format('ALTER TABLE %s ALTER COLUMN feed_version_id DROP DEFAULT', target);
    EXECUTE format('ALTER TABLE %s ADD PRIMARY KEY (trip_id, stop_sequence, feed_version_id)', target);
    EXECUTE format('CREATE INDEX ON %s (stop_id, departure_seconds)', target);
    EXECUTE format('ALTER TABLE transit.gtfs_stop_time ATTACH PARTITION %s FOR VALUES IN (%L)', target, version);
  END
  $$;

ALTER TABLE transit.feed_version ADD COLUMN stop_times_detached_at timestamptz;
COMMENT ON COLUMN transit.feed_version.stop_times_detached_at IS
  'When the retention detached this SUPERSEDED version''s stop_times partition (its table and rows stay in schema '
  'transit_stop_times, outside transit.gtfs_stop_time); null while attached.';

-- How many SUPERSEDED versions per operator keep their stop_times attached beside the active one.
CREATE FUNCTION transit.kept_superseded_stop_times() RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT 2 $$;

-- Runs as the owner of the partitions (the load functions' definer): the services may not alter tables.
CREATE FUNCTION transit.detach_old_stop_times() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE
    old_version uuid;
  BEGIN
    FOR old_version IN
      SELECT f.id FROM transit.feed_version f
       WHERE f.operator_id = NEW.operator_id AND f.status = 'SUPERSEDED' AND f.stop_times_detached_at IS NULL
         AND f.id NOT IN (SELECT k.id FROM transit.feed_version k
                           WHERE k.operator_id = NEW.operator_id AND k.status = 'SUPERSEDED'
                           ORDER BY k.imported_at DESC, k.id DESC
                           LIMIT transit.kept_superseded_stop_times())
    LOOP
      IF to_regclass(transit.stop_time_partition(old_version)) IS NOT NULL THEN
        EXECUTE format('ALTER TABLE transit.gtfs_stop_time DETACH PARTITION %s', transit.stop_time_partition(old_version));
      END IF;
      UPDATE transit.feed_version SET stop_times_detached_at = now() WHERE id = old_version;
    END LOOP;
    RETURN NULL;
  END
  $$;
REVOKE EXECUTE ON FUNCTION transit.detach_old_stop_times() FROM PUBLIC;

CREATE TRIGGER feed_version_detach_old_stop_times AFTER UPDATE OF status ON transit.feed_version
  FOR EACH ROW WHEN (NEW.status = 'ACTIVE' AND OLD.status IS DISTINCT FROM 'ACTIVE')
  EXECUTE FUNCTION transit.detach_old_stop_times();
