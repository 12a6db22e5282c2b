-- GTFS import speed (issue #19): the bulk feed tables lose their foreign key to transit.feed_version.
--
-- Measured on a million stop_times, the key's per-row check (an RI trigger call per inserted row) cost
-- more than the insert itself: 54 s of 98 s on a loaded machine, ~35 µs a row. It checked nothing the
-- insert policy does not already check, set-based and once per statement: a row may only be inserted
-- into a feed version that exists, is LOADING and belongs to the caller (0023, 0060). Versions are
-- never deleted by the services (no DELETE grant); when an operator deletes one by hand, the trigger
-- below deletes its rows first, as ON DELETE CASCADE would have.

ALTER TABLE transit.gtfs_stop_time DROP CONSTRAINT gtfs_stop_time_feed_version_id_fkey;
ALTER TABLE transit.gtfs_shape DROP CONSTRAINT gtfs_shape_feed_version_id_fkey;
ALTER TABLE transit.gtfs_trip DROP CONSTRAINT gtfs_trip_feed_version_id_fkey;
ALTER TABLE transit.gtfs_stop DROP CONSTRAINT gtfs_stop_feed_version_id_fkey;
ALTER TABLE transit.gtfs_calendar_date DROP CONSTRAINT gtfs_calendar_date_feed_version_id_fkey;
ALTER TABLE transit.gtfs_file_row DROP CONSTRAINT gtfs_file_row_feed_version_id_fkey;

CREATE FUNCTION transit.delete_feed_version_rows() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    DELETE FROM transit.gtfs_stop_time WHERE feed_version_id = OLD.id;
    DELETE FROM transit.gtfs_shape WHERE feed_version_id = OLD.id;
    DELETE FROM transit.gtfs_trip WHERE feed_version_id = OLD.id;
    DELETE FROM transit.gtfs_stop WHERE feed_version_id = OLD.id;
    DELETE FROM transit.gtfs_calendar_date WHERE feed_version_id = OLD.id;
    DELETE FROM transit.gtfs_file_row WHERE feed_version_id = OLD.id;
    RETURN OLD;
  END
  $$;
CREATE TRIGGER feed_version_delete_rows BEFORE DELETE ON transit.feed_version
  FOR EACH ROW EXECUTE FUNCTION transit.delete_feed_version_rows();
