-- Feed rows may only be added to a version that is still LOADING, by its owner (issue #5).
--
-- The first policies called transit.can_write_feed(feed_version_id) for every inserted row: a
-- function call and a lookup per row, half the time of a million-row import. An uncorrelated
-- `IN (SELECT …)` is a hashed subplan evaluated once per statement, and it also closes a gap: rows
-- can no longer be slipped into an ACTIVE or SUPERSEDED version after its import committed.

DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['gtfs_agency', 'gtfs_feed_info', 'gtfs_stop', 'gtfs_route', 'gtfs_trip', 'gtfs_stop_time',
                                    'gtfs_calendar', 'gtfs_calendar_date', 'gtfs_shape'] LOOP
    EXECUTE format('DROP POLICY feed_owner_insert ON transit.%I', table_name);
    EXECUTE format($policy$
      CREATE POLICY feed_owner_insert ON transit.%I FOR INSERT WITH CHECK (
        feed_version_id IN (
          SELECT f.id FROM transit.feed_version f
          WHERE f.status = 'LOADING'
            AND CASE WHEN f.municipality_code IS NULL THEN app.can_write_regional() ELSE app.can_write_municipality(f.municipality_code) END))
    $policy$, table_name);
  END LOOP;
END
$$;

DROP FUNCTION transit.can_write_feed(uuid);
