-- Nothing in a feed is dropped (issue #15): every file of a GTFS / GTFS-JP zip is kept with its feed
-- version. Files with tables of their own (agency, stops, routes, trips, stop_times, calendar,
-- calendar_dates, shapes, feed_info) keep the columns those tables do not model in `extra`; every
-- other file (agency_jp, office_jp, pattern_jp, routes_jp, fares, translations in either form,
-- frequencies, transfers, extension files) is kept row by row as it was written. The merged regional
-- feed re-exports all of it. What the importer said (its warnings) is kept with the version too.

ALTER TABLE transit.feed_version ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]';
COMMENT ON COLUMN transit.feed_version.warnings IS 'The first warnings of the import, as [{file, line, reason}].';

-- One row per file of the zip: its header as written (column order), the columns kept in `extra`.
CREATE TABLE transit.gtfs_file (
  feed_version_id uuid NOT NULL REFERENCES transit.feed_version (id),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  header text[] NOT NULL,
  extra_columns text[] NOT NULL DEFAULT '{}',
  row_count integer NOT NULL CHECK (row_count >= 0),
  PRIMARY KEY (feed_version_id, file_name)
);

-- Rows of the files without a table of their own: column → value, exactly as in the file.
CREATE TABLE transit.gtfs_file_row (
  feed_version_id uuid NOT NULL REFERENCES transit.feed_version (id),
  file_name text NOT NULL,
  line integer NOT NULL,
  record jsonb NOT NULL,
  PRIMARY KEY (feed_version_id, file_name, line)
);

DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['gtfs_agency', 'gtfs_feed_info', 'gtfs_stop', 'gtfs_route', 'gtfs_trip',
                                    'gtfs_stop_time', 'gtfs_calendar', 'gtfs_calendar_date', 'gtfs_shape'] LOOP
    -- Columns of the file the table does not model, by name; NULL when the file has none (the usual case).
    EXECUTE format('ALTER TABLE transit.%I ADD COLUMN extra jsonb', table_name);
  END LOOP;
END
$$;

GRANT SELECT, INSERT ON transit.gtfs_file, transit.gtfs_file_row TO transit_svc;

-- Row-level security (rule in sql/README.md): read by all; rows only into a LOADING version the caller may write.
SELECT app.rls_secure(t), app.rls_public_read(t), app.rls_feed_rows(t)
  FROM unnest(ARRAY['transit.gtfs_file', 'transit.gtfs_file_row']::regclass[]) AS t;
