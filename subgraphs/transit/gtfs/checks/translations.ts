import type { CsvRecord } from '../csv-rows.js'
import { columnOf, readTable, type FeedReadContext, type TableFile } from '../feed-reader.js'
import { fieldReader, type FeedState } from './feed-state.js'

const file = 'translations.txt'

/** Tables a GTFS translation may name, and the ids its record_id must then be one of. */
const RECORD_TABLES: Record<string, (state: FeedState) => Set<string> | Map<string, number> | null> = {
  agency: (state) => state.agencies,
  stops: (state) => state.stops,
  routes: (state) => state.routes,
  trips: (state) => state.trips,
  stop_times: (state) => state.trips,
  feed_info: () => null,
  agency_jp: (state) => state.agencies,
  office_jp: (state) => state.offices,
  pattern_jp: (state) => state.patterns,
  levels: () => null,
  pathways: () => null,
  attributions: () => null,
}

/** The GTFS form (GTFS-JP 第3版): table_name, field_name, language, translation, record_id or field_value. */
function checkGtfsForm(
  ctx: FeedReadContext,
  state: FeedState,
  table: TableFile,
  records: CsvRecord[],
  languages: Set<string>,
) {
  const read = fieldReader(table, ['table_name', 'field_name', 'language', 'translation', 'record_id', 'field_value'])
  for (const record of records) {
    const v = read(record)
    languages.add(v.language)
    for (const column of ['table_name', 'field_name', 'language', 'translation'] as const)
      if (v[column] === '') ctx.log.error(file, record.line, `${column} is empty`)
    const ids = RECORD_TABLES[v.table_name]
    if (!ids) {
      ctx.log.warning(file, record.line, `table_name ${JSON.stringify(v.table_name)} is no GTFS or GTFS-JP table`)
      continue
    }
    const known = ids(state)
    if (v.record_id && known && !known.has(v.record_id))
      ctx.log.warning(file, record.line, `record_id ${JSON.stringify(v.record_id)} is not in ${v.table_name}.txt`)
    if (!v.record_id && !v.field_value && v.table_name !== 'feed_info')
      ctx.log.warning(file, record.line, 'neither record_id nor field_value says what is translated')
  }
}

/** The GTFS-JP 第1版/第2版 form: trans_id is the Japanese text itself, wherever it appears. */
function checkLegacyForm(
  ctx: FeedReadContext,
  state: FeedState,
  table: TableFile,
  records: CsvRecord[],
  languages: Set<string>,
) {
  const read = fieldReader(table, ['trans_id', 'lang', 'translation'])
  for (const record of records) {
    const v = read(record)
    languages.add(v.lang)
    for (const column of ['trans_id', 'lang', 'translation'] as const)
      if (v[column] === '') ctx.log.error(file, record.line, `${column} is empty`)
    if (v.trans_id && !state.names.has(v.trans_id))
      ctx.log.warning(
        file,
        record.line,
        `trans_id ${JSON.stringify(v.trans_id)} is no name in this feed: kept with the feed, ` +
          'left out of the regional feed (which must say what each translation applies to)',
      )
  }
}

/**
 * translations.txt in either form, told apart by its header. GTFS-JP 第2版 requires readings (よみがな,
 * `ja-Hrkt`): a feed without any is accepted with a warning.
 */
export async function checkTranslations(ctx: FeedReadContext, state: FeedState) {
  const languages = new Set<string>()
  const table = await readTable(ctx, file, (records, table) => {
    if (columnOf(table, 'table_name') >= 0) checkGtfsForm(ctx, state, table, records, languages)
    else if (columnOf(table, 'trans_id') >= 0) checkLegacyForm(ctx, state, table, records, languages)
  })
  if (!table) return
  const gtfs = ['table_name', 'field_name', 'language'].filter((column) => columnOf(table, column) < 0)
  const legacy = ['trans_id', 'lang'].filter((column) => columnOf(table, column) < 0)
  if (gtfs.length > 0 && legacy.length > 0)
    ctx.log.error(
      file,
      1,
      gtfs.length < 3
        ? `required column(s) ${gtfs.join(', ')} missing`
        : legacy.length < 2
          ? `required column(s) ${legacy.join(', ')} missing`
          : 'has neither the GTFS columns (table_name, field_name, language) nor the GTFS-JP 第2版 ones (trans_id, lang)',
    )
  else if (!languages.has('ja-Hrkt'))
    ctx.log.warning(file, 0, 'has no readings (language ja-Hrkt), which GTFS-JP 第2版 requires for stop names')
}
