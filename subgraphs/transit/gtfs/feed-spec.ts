/**
 * The files and columns of GTFS (the MobilityData reference) and GTFS-JP 第2版/第3版 (標準的なバス情報
 * フォーマット), as the importer knows them: which it models in tables of its own, which it keeps row by
 * row as they are, which columns are required, and which hold ids that the merged regional feed must
 * prefix. Anything not listed here is still kept (and named as a warning), never dropped.
 */

export interface FileSpec {
  /** Columns of the specification, in its order. */
  columns: readonly string[]
  /** Columns without which the file cannot be read (a missing one refuses the feed). */
  required: readonly string[]
  /** GTFS-JP addition (agency_jp.txt, office_jp.txt, …). */
  jp?: boolean
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

export const FILE_SPECS: Record<string, FileSpec> = {
  'agency.txt': {
    columns: [
      'agency_id',
      'agency_name',
      'agency_url',
      'agency_timezone',
      'agency_lang',
      'agency_phone',
      'agency_fare_url',
      'agency_email',
    ],
    required: ['agency_name', 'agency_url', 'agency_timezone'],
  },
  'agency_jp.txt': {
    columns: [
      'agency_id',
      'agency_official_name',
      'agency_zip_number',
      'agency_address',
      'agency_president_pos',
      'agency_president_name',
    ],
    required: ['agency_id'],
    jp: true,
  },
  'stops.txt': {
    columns: [
      'stop_id',
      'stop_code',
      'stop_name',
      'tts_stop_name',
      'stop_desc',
      'stop_lat',
      'stop_lon',
      'zone_id',
      'stop_url',
      'location_type',
      'parent_station',
      'stop_timezone',
      'wheelchair_boarding',
      'level_id',
      'platform_code',
    ],
    required: ['stop_id', 'stop_name', 'stop_lat', 'stop_lon'],
  },
  'routes.txt': {
    columns: [
      'route_id',
      'agency_id',
      'route_short_name',
      'route_long_name',
      'route_desc',
      'route_type',
      'route_url',
      'route_color',
      'route_text_color',
      'route_sort_order',
      'continuous_pickup',
      'continuous_drop_off',
      'network_id',
      'jp_parent_route_id',
    ],
    required: ['route_id', 'route_type'],
  },
  'routes_jp.txt': {
    columns: ['route_id', 'route_update_date', 'origin_stop', 'via_stop', 'destination_stop'],
    required: ['route_id'],
    jp: true,
  },
  'trips.txt': {
    columns: [
      'route_id',
      'service_id',
      'trip_id',
      'trip_headsign',
      'trip_short_name',
      'direction_id',
      'block_id',
      'shape_id',
      'wheelchair_accessible',
      'bikes_allowed',
      'jp_trip_desc',
      'jp_trip_desc_symbol',
      'jp_office_id',
      'jp_pattern_id',
    ],
    required: ['route_id', 'service_id', 'trip_id'],
  },
  'office_jp.txt': {
    columns: ['office_id', 'office_name', 'office_url', 'office_phone'],
    required: ['office_id', 'office_name'],
    jp: true,
  },
  'pattern_jp.txt': {
    columns: ['jp_pattern_id', 'route_update_date', 'origin_stop', 'via_stop', 'destination_stop'],
    required: ['jp_pattern_id'],
    jp: true,
  },
  'stop_times.txt': {
    columns: [
      'trip_id',
      'arrival_time',
      'departure_time',
      'stop_id',
      'location_group_id',
      'location_id',
      'stop_sequence',
      'stop_headsign',
      'start_pickup_drop_off_window',
      'end_pickup_drop_off_window',
      'pickup_type',
      'drop_off_type',
      'continuous_pickup',
      'continuous_drop_off',
      'shape_dist_traveled',
      'timepoint',
      'pickup_booking_rule_id',
      'drop_off_booking_rule_id',
    ],
    required: ['trip_id', 'arrival_time', 'departure_time', 'stop_id', 'stop_sequence'],
  },
  'calendar.txt': {
    columns: ['service_id', ...DAYS, 'start_date', 'end_date'],
    required: ['service_id', ...DAYS, 'start_date', 'end_date'],
  },
  'calendar_dates.txt': {
    columns: ['service_id', 'date', 'exception_type'],
    required: ['service_id', 'date', 'exception_type'],
  },
  'fare_attributes.txt': {
    columns: ['fare_id', 'price', 'currency_type', 'payment_method', 'transfers', 'agency_id', 'transfer_duration'],
    required: ['fare_id', 'price', 'currency_type', 'payment_method', 'transfers'],
  },
  'fare_rules.txt': {
    columns: ['fare_id', 'route_id', 'origin_id', 'destination_id', 'contains_id'],
    required: ['fare_id'],
  },
  'shapes.txt': {
    columns: ['shape_id', 'shape_pt_lat', 'shape_pt_lon', 'shape_pt_sequence', 'shape_dist_traveled'],
    required: ['shape_id', 'shape_pt_lat', 'shape_pt_lon', 'shape_pt_sequence'],
  },
  'frequencies.txt': {
    columns: ['trip_id', 'start_time', 'end_time', 'headway_secs', 'exact_times'],
    required: ['trip_id', 'start_time', 'end_time', 'headway_secs'],
  },
  'transfers.txt': {
    columns: [
      'from_stop_id',
      'to_stop_id',
      'from_route_id',
      'to_route_id',
      'from_trip_id',
      'to_trip_id',
      'transfer_type',
      'min_transfer_time',
    ],
    required: ['transfer_type'],
  },
  'feed_info.txt': {
    columns: [
      'feed_publisher_name',
      'feed_publisher_url',
      'feed_lang',
      'default_lang',
      'feed_start_date',
      'feed_end_date',
      'feed_version',
      'feed_contact_email',
      'feed_contact_url',
    ],
    required: ['feed_publisher_name', 'feed_publisher_url', 'feed_lang'],
  },
  // Both forms: GTFS (table_name, field_name, language, …; GTFS-JP 第3版) and the older GTFS-JP
  // 第1版/第2版 form (trans_id = the Japanese text, lang, translation). Checked by its header.
  'translations.txt': {
    columns: [
      'table_name',
      'field_name',
      'language',
      'translation',
      'record_id',
      'record_sub_id',
      'field_value',
      'trans_id',
      'lang',
    ],
    required: ['translation'],
  },
  'levels.txt': { columns: ['level_id', 'level_index', 'level_name'], required: ['level_id', 'level_index'] },
  'pathways.txt': {
    columns: [
      'pathway_id',
      'from_stop_id',
      'to_stop_id',
      'pathway_mode',
      'is_bidirectional',
      'length',
      'traversal_time',
      'stair_count',
      'max_slope',
      'min_width',
      'signposted_as',
      'reversed_signposted_as',
    ],
    required: ['pathway_id', 'from_stop_id', 'to_stop_id', 'pathway_mode', 'is_bidirectional'],
  },
  'attributions.txt': {
    columns: [
      'attribution_id',
      'agency_id',
      'route_id',
      'trip_id',
      'organization_name',
      'is_producer',
      'is_operator',
      'is_authority',
      'attribution_url',
      'attribution_email',
      'attribution_phone',
    ],
    required: ['organization_name'],
  },
  // GTFS Fares v2 and networks: kept as they are (their ids prefixed in the regional feed).
  'rider_categories.txt': {
    columns: ['rider_category_id', 'rider_category_name', 'is_default_fare_category', 'eligibility_url'],
    required: ['rider_category_id', 'rider_category_name'],
  },
  'fare_media.txt': { columns: ['fare_media_id', 'fare_media_name', 'fare_media_type'], required: ['fare_media_id'] },
  'fare_products.txt': {
    columns: ['fare_product_id', 'fare_product_name', 'rider_category_id', 'fare_media_id', 'amount', 'currency'],
    required: ['fare_product_id', 'amount', 'currency'],
  },
  'fare_leg_rules.txt': {
    columns: [
      'leg_group_id',
      'network_id',
      'from_area_id',
      'to_area_id',
      'from_timeframe_group_id',
      'to_timeframe_group_id',
      'fare_product_id',
      'rule_priority',
    ],
    required: ['fare_product_id'],
  },
  'fare_transfer_rules.txt': {
    columns: [
      'from_leg_group_id',
      'to_leg_group_id',
      'transfer_count',
      'duration_limit',
      'duration_limit_type',
      'fare_transfer_type',
      'fare_product_id',
    ],
    required: ['fare_transfer_type'],
  },
  'timeframes.txt': {
    columns: ['timeframe_group_id', 'start_time', 'end_time', 'service_id'],
    required: ['timeframe_group_id', 'service_id'],
  },
  'areas.txt': { columns: ['area_id', 'area_name'], required: ['area_id'] },
  'stop_areas.txt': { columns: ['area_id', 'stop_id'], required: ['area_id', 'stop_id'] },
  'networks.txt': { columns: ['network_id', 'network_name'], required: ['network_id'] },
  'route_networks.txt': { columns: ['network_id', 'route_id'], required: ['network_id', 'route_id'] },
}

/** Files with tables of their own (gtfs-tables.ts); every other file is kept row by row as it is. */
export const MODELLED_FILES = new Set([
  'agency.txt',
  'stops.txt',
  'routes.txt',
  'trips.txt',
  'stop_times.txt',
  'calendar.txt',
  'calendar_dates.txt',
  'shapes.txt',
  'feed_info.txt',
])

export const REQUIRED_FILES = ['agency.txt', 'stops.txt', 'routes.txt', 'trips.txt', 'stop_times.txt'] as const

/**
 * Files GTFS-JP 第2版 requires (必須) that plain GTFS does not: a feed without them is accepted as
 * plain GTFS, with a warning, since real town feeds often lack them.
 */
export const JP_REQUIRED_FILES = ['feed_info.txt', 'fare_attributes.txt', 'translations.txt'] as const

/**
 * Columns holding ids that two operators' feeds may share, in any file (extension files included):
 * the merged regional feed prefixes them per source so the feeds cannot collide.
 */
export const ID_COLUMNS = new Set([
  'agency_id',
  'stop_id',
  'parent_station',
  'zone_id',
  'level_id',
  'route_id',
  'jp_parent_route_id',
  'network_id',
  'trip_id',
  'service_id',
  'block_id',
  'shape_id',
  'fare_id',
  'origin_id',
  'destination_id',
  'contains_id',
  'office_id',
  'jp_office_id',
  'jp_pattern_id',
  'from_stop_id',
  'to_stop_id',
  'from_route_id',
  'to_route_id',
  'from_trip_id',
  'to_trip_id',
  'pathway_id',
  'attribution_id',
  'rider_category_id',
  'fare_media_id',
  'fare_product_id',
  'leg_group_id',
  'from_leg_group_id',
  'to_leg_group_id',
  'area_id',
  'from_area_id',
  'to_area_id',
  'timeframe_group_id',
  'from_timeframe_group_id',
  'to_timeframe_group_id',
])

/** Whether a zip entry's base name is a table the importer reads (GTFS files are CSV text). */
export const isTableFile = (name: string) => /\.(txt|csv)$/i.test(name)
