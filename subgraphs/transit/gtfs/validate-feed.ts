import { DEFAULT_FEED_IMPORT_LIMITS } from '../../../lib/feed-import-limits.js'
import { checkFeedInfo, checkCalendars, checkStopTimes, checkTrips } from './checks/service-files.js'
import { emptyFeedState } from './checks/feed-state.js'
import { checkAgencyJp, checkFares, checkOfficesAndPatterns, checkRoutesJp } from './checks/jp-files.js'
import { checkAgencies, checkRoutes, checkShapes, checkStops } from './checks/network-files.js'
import { checkFrequenciesAndTransfers, keepOtherFiles } from './checks/other-files.js'
import { checkTranslations } from './checks/translations.js'
import type { CsvLimits } from './csv-rows.js'
import type { FeedReadContext, FeedSink } from './feed-reader.js'
import { ProblemLog, type FeedReport } from './feed-report.js'
import { JP_REQUIRED_FILES, REQUIRED_FILES } from './feed-spec.js'
import type { ZipArchive } from './zip-archive.js'

export { formatProblems, type FeedProblem, type FeedReport, type Severity } from './feed-report.js'

export interface ValidateOptions {
  limits?: CsvLimits
  /** Receives each file's valid rows as they are read (the importer's COPY): one read per file. */
  sink?: FeedSink
  /** The report to fill (a loader watching it stops writing at the first error). */
  report?: FeedReport
}

const DEFAULT_CSV_LIMITS: CsvLimits = {
  maxRecordChars: DEFAULT_FEED_IMPORT_LIMITS.maxRecordChars,
  maxFieldChars: DEFAULT_FEED_IMPORT_LIMITS.maxFieldChars,
  maxRows: DEFAULT_FEED_IMPORT_LIMITS.maxRowsPerFile,
}

/** Files a feed must have: GTFS's (errors) and GTFS-JP 第2版's (warnings: accepted as plain GTFS). */
function checkFilesPresent(ctx: FeedReadContext) {
  const has = (name: string) => ctx.archive.names.includes(name)
  for (const name of REQUIRED_FILES) if (!has(name)) ctx.log.error(name, 0, 'required file is missing')
  if (!has('calendar.txt') && !has('calendar_dates.txt'))
    ctx.log.error('calendar.txt', 0, 'calendar.txt or calendar_dates.txt is required')
  for (const name of JP_REQUIRED_FILES)
    if (!has(name)) ctx.log.warning(name, 0, 'required by GTFS-JP (accepted as plain GTFS)')
}

/**
 * Validates a GTFS / GTFS-JP feed as the canonical validators do — errors make the feed unusable,
 * warnings do not — reading each file once, as a stream, in dependency order (ids before the files
 * that refer to them). Memory grows with the number of ids (stops, routes, trips, services), never
 * with the number of stop_times. Every file of the zip is read: what is not modelled is kept and named.
 */
export async function validateFeed(archive: ZipArchive, options: ValidateOptions = {}): Promise<FeedReport> {
  const log = new ProblemLog(options.report)
  const ctx: FeedReadContext = { archive, log, limits: options.limits ?? DEFAULT_CSV_LIMITS, sink: options.sink }
  const state = emptyFeedState()
  checkFilesPresent(ctx)
  await checkAgencies(ctx, state)
  await checkAgencyJp(ctx, state)
  await checkStops(ctx, state)
  await checkShapes(ctx, state)
  await checkRoutes(ctx, state)
  await checkRoutesJp(ctx, state)
  await checkOfficesAndPatterns(ctx, state)
  await checkCalendars(ctx, state)
  await checkTrips(ctx, state)
  await checkStopTimes(ctx, state)
  await checkFrequenciesAndTransfers(ctx, state)
  await checkFares(ctx, state)
  await checkFeedInfo(ctx, state)
  await checkTranslations(ctx, state)
  await keepOtherFiles(ctx)
  return log.report
}
