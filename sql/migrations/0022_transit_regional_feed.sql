-- Helpers for writing the merged regional GTFS-JP feed (issue #5) straight from SQL with COPY.

-- Seconds after the service day's start as GTFS H:MM:SS (two-digit hours, past 24 allowed).
CREATE FUNCTION transit.gtfs_time(seconds integer) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE WHEN seconds IS NULL THEN NULL
      ELSE lpad((seconds / 3600)::text, 2, '0') || ':' || lpad((seconds % 3600 / 60)::text, 2, '0') || ':' || lpad((seconds % 60)::text, 2, '0') END
  $$;
GRANT EXECUTE ON FUNCTION transit.gtfs_time(integer) TO transit_svc;

-- The id prefix of each operator's records in the merged feed: its town (R for region-wide) and
-- the start of its id, stable for as long as the operator exists.
CREATE FUNCTION transit.feed_prefix(municipality_code text, operator_id uuid) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(municipality_code, 'R') || '-' || left(replace(operator_id::text, '-', ''), 8) || ':' $$;
GRANT EXECUTE ON FUNCTION transit.feed_prefix(text, uuid) TO transit_svc;
