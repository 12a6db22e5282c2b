import { SOURCES } from './regional-feed.sql.js'

/** The merged translations.txt's columns: the GTFS ones, then the GTFS-JP 第2版 ones (trans_id, lang). */
export const TRANSLATION_HEADER = [
  'table_name',
  'field_name',
  'language',
  'translation',
  'record_id',
  'record_sub_id',
  'field_value',
  'trans_id',
  'lang',
]

/**
 * The merged translations.txt, readable both as GTFS (GTFS-JP 第3版: table_name, field_name, language,
 * record_id or field_value) and as GTFS-JP 第2版 (trans_id = the Japanese text, lang, translation):
 *
 * - rows in the GTFS form keep what they say, record ids prefixed like the records themselves; their
 *   trans_id is the text translated (field_value, or the named record's field);
 * - rows in the 第2版 form name a text, not a field: they become one row per table and field of the
 *   same source where that text appears (field_value form). A text that appears nowhere is left out
 *   (the import said so in a warning);
 * - two sources translating the same thing (same table, field, language, record or text) give one row,
 *   the first source's, so no consumer sees a duplicate key.
 */
export const TRANSLATIONS_SQL = `WITH ${SOURCES},
tr AS (
  SELECT p.version_id, p.prefix, r.line, r.record
  FROM sources p JOIN transit.gtfs_file_row r ON r.feed_version_id = p.version_id AND r.file_name = 'translations.txt'
),
names AS (
  SELECT p.version_id, 'agency' AS table_name, 'agency_name' AS field_name, a.agency_name AS value,
    a.agency_id AS record_id
    FROM sources p JOIN transit.gtfs_agency a ON a.feed_version_id = p.version_id
  UNION ALL SELECT p.version_id, 'stops', 'stop_name', s.stop_name, s.stop_id
    FROM sources p JOIN transit.gtfs_stop s ON s.feed_version_id = p.version_id
  UNION ALL SELECT p.version_id, 'routes', 'route_long_name', r.route_long_name, r.route_id
    FROM sources p JOIN transit.gtfs_route r ON r.feed_version_id = p.version_id WHERE r.route_long_name <> ''
  UNION ALL SELECT p.version_id, 'routes', 'route_short_name', r.route_short_name, r.route_id
    FROM sources p JOIN transit.gtfs_route r ON r.feed_version_id = p.version_id WHERE r.route_short_name <> ''
  UNION ALL SELECT p.version_id, 'trips', 'trip_headsign', t.trip_headsign, t.trip_id
    FROM sources p JOIN transit.gtfs_trip t ON t.feed_version_id = p.version_id WHERE t.trip_headsign <> ''
  UNION ALL SELECT p.version_id, 'agency_jp', 'agency_official_name', k.record->>'agency_official_name',
    k.record->>'agency_id'
    FROM sources p JOIN transit.gtfs_file_row k ON k.feed_version_id = p.version_id AND k.file_name = 'agency_jp.txt'
  UNION ALL SELECT p.version_id, 'office_jp', 'office_name', k.record->>'office_name', k.record->>'office_id'
    FROM sources p JOIN transit.gtfs_file_row k ON k.feed_version_id = p.version_id AND k.file_name = 'office_jp.txt'
),
legacy AS (
  SELECT DISTINCT tr.prefix, n.table_name, n.field_name, tr.record->>'lang' AS language,
    tr.record->>'translation' AS translation,
         NULL::text AS record_id, NULL::text AS record_sub_id, n.value AS field_value, n.value AS trans_id
  FROM tr JOIN names n ON n.version_id = tr.version_id AND n.value = tr.record->>'trans_id'
  WHERE tr.record ? 'trans_id' AND NOT tr.record ? 'table_name'
),
current AS (
  SELECT tr.prefix, tr.record->>'table_name' AS table_name, tr.record->>'field_name' AS field_name,
         tr.record->>'language' AS language, tr.record->>'translation' AS translation,
         CASE WHEN coalesce(tr.record->>'record_id',
           '') = '' THEN NULL ELSE tr.prefix || (tr.record->>'record_id') END AS record_id,
         nullif(tr.record->>'record_sub_id', '') AS record_sub_id,
         nullif(tr.record->>'field_value', '') AS field_value,
         coalesce(nullif(tr.record->>'field_value', ''), (
           SELECT n.value FROM names n
           WHERE n.version_id = tr.version_id AND n.table_name = tr.record->>'table_name'
             AND n.field_name = tr.record->>'field_name' AND n.record_id = tr.record->>'record_id'
           LIMIT 1)) AS trans_id
  FROM tr WHERE tr.record ? 'table_name'
),
merged AS (
  SELECT DISTINCT ON (table_name, field_name, language, coalesce(record_id, ''), coalesce(record_sub_id, ''),
    coalesce(field_value, ''))
         table_name, field_name, language, translation, record_id, record_sub_id, field_value, trans_id
  FROM (SELECT * FROM legacy UNION ALL SELECT * FROM current) t
  ORDER BY table_name, field_name, language, coalesce(record_id, ''), coalesce(record_sub_id, ''),
    coalesce(field_value, ''), prefix
)
SELECT table_name, field_name, language, translation, record_id, record_sub_id, field_value, trans_id, language AS lang
FROM merged
ORDER BY table_name, field_name, coalesce(record_id, field_value), record_sub_id, language`
