import type pg from 'pg'
import type { Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import { badUserInput } from '../../../lib/errors.js'
import type { FeedImportLimits } from '../../../lib/feed-import-limits.js'
import { emptyReport } from '../gtfs/feed-report.js'
import { formatProblems, validateFeed, type FeedReport } from '../gtfs/validate-feed.js'
import type { ZipArchive } from '../gtfs/zip-archive.js'
import { createFeedLoader } from './feed-loader.js'
import { insertFeedFiles } from './feeds.repository.js'

const MAX_REPORTED_PROBLEMS = 200
/** Warnings kept with the version (the count is exact; the list stops here). */
const MAX_KEPT_WARNINGS = 200

/**
 * Reads the feed once: every file is validated and, while no error has been found, COPYed into the
 * new version in the same pass. A feed with errors is refused with every problem as `file:line: reason`
 * (the caller's transaction then rolls back whatever was written). Returns the report of a valid feed.
 */
export async function loadFeedVersion(
  trx: Transaction<DB>,
  client: pg.PoolClient,
  input: { versionId: string; fileName: string; archive: ZipArchive; limits: FeedImportLimits },
): Promise<FeedReport> {
  const report = emptyReport()
  const loader = createFeedLoader(client, input.versionId, report)
  const validated = await validateFeed(input.archive, {
    limits: {
      maxRecordChars: input.limits.maxRecordChars,
      maxFieldChars: input.limits.maxFieldChars,
      maxRows: input.limits.maxRowsPerFile,
    },
    sink: { open: (table) => loader.open(table) },
    report,
  })
  if (validated.errorCount > 0) {
    const lines = formatProblems(validated.problems)
    throw badUserInput(
      `${input.fileName}: ${validated.errorCount} error(s), ${validated.warningCount} warning(s); ` +
        'nothing was imported.\n' +
        lines.slice(0, MAX_REPORTED_PROBLEMS).join('\n'),
      { field: 'contentBase64', details: { problems: validated.problems } },
    )
  }
  await insertFeedFiles(
    trx,
    validated.files.map((file) => ({
      feedVersionId: input.versionId,
      fileName: file.file,
      header: file.header,
      extraColumns: loader.extraColumns.get(file.file) ?? [],
      rowCount: file.rows,
    })),
  )
  return validated
}

/** The warnings kept with a version: `{file, line, reason}`, the first MAX_KEPT_WARNINGS. */
export const keptWarnings = (report: FeedReport) =>
  report.problems
    .filter((problem) => problem.severity === 'WARNING')
    .slice(0, MAX_KEPT_WARNINGS)
    .map(({ file, line, reason }) => ({ file, line, reason }))
