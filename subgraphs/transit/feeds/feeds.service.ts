import { assertCanWriteFor, assertCanWriteRegional, requireStaff } from '../../../lib/auth/viewer.js'
import { withDedicatedConnection } from '../../../lib/db/database.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { badUserInput, notFound } from '../../../lib/errors.js'
import { isUuid } from '../../../lib/ids.js'
import { csvRows } from '../gtfs/csv-rows.js'
import { formatProblems, validateFeed } from '../gtfs/validate-feed.js'
import { openZipBuffer, type ZipArchive } from '../gtfs/zip-archive.js'
import type { TransitContext } from '../context.js'
import { findOperatorsByIds } from '../operators/operators.repository.js'
import { copyFeedRows } from './feed-copy.repository.js'
import { activateFeedVersion, insertFeedVersion } from './feeds.repository.js'
import { GTFS_TABLES } from './gtfs-tables.js'

const MAX_REPORTED_PROBLEMS = 200

export interface FeedUpload {
  operatorId: string
  fileName: string
  contentBase64: string
}

/** Who may import a feed for the operator: its town's staff, or the coordinator for region-wide operators. */
export async function authorizeFeedImport(ctx: TransitContext, operatorId: string) {
  const staff = requireStaff(ctx.viewer)
  const [operator] = isUuid(operatorId) ? await findOperatorsByIds(ctx.db, [operatorId]) : []
  if (!operator) throw notFound(`No operator with id ${JSON.stringify(operatorId)}.`)
  const actor = operator.municipalityCode
    ? assertCanWriteFor(ctx.viewer, operator.municipalityCode)
    : assertCanWriteRegional(ctx.viewer)
  return { operator, actor, subject: staff.subject }
}

export type FeedImportGrant = Awaited<ReturnType<typeof authorizeFeedImport>>

/** The mutation's path: a base64 zip within the request body limit, opened in memory. */
export async function importGtfsFeed(ctx: TransitContext, upload: FeedUpload) {
  const grant = await authorizeFeedImport(ctx, upload.operatorId)
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(upload.contentBase64))
    throw badUserInput('contentBase64 is not base64.', { field: 'contentBase64' })
  const archive = await openZipBuffer(Buffer.from(upload.contentBase64, 'base64')).catch(() => {
    throw badUserInput(`${upload.fileName} is not a zip archive.`, { field: 'contentBase64' })
  })
  return importFeedArchive(ctx, grant, upload.fileName, archive)
}

/**
 * Validates the whole feed first (streaming, nothing written); a feed with errors is refused with
 * every problem as `file:line: reason`. A valid feed is COPYed into a new version and activated in
 * ONE transaction, so the operator's previous version serves every reader until the commit, and a
 * failure at any point leaves it active and the new rows gone. Closes the archive.
 */
export async function importFeedArchive(
  ctx: TransitContext,
  grant: FeedImportGrant,
  fileName: string,
  archive: ZipArchive,
) {
  const { operator } = grant
  const timings: Record<string, number> = {}
  let started = performance.now()
  const lap = (phase: string) => {
    timings[phase] = Math.round(performance.now() - started)
    started = performance.now()
  }
  try {
    const report = await validateFeed(archive)
    lap('validate')
    if (report.errorCount > 0) {
      const lines = formatProblems(report.problems)
      throw badUserInput(
        `${fileName}: ${report.errorCount} error(s), ${report.warningCount} warning(s); nothing was imported.\n${lines.slice(0, MAX_REPORTED_PROBLEMS).join('\n')}`,
        { field: 'contentBase64', details: { problems: report.problems } },
      )
    }
    return await withDedicatedConnection(ctx.db, (session, client) =>
      // The write path on the dedicated session, so the raw client's COPY runs inside its transaction.
      runWrite({ ...ctx, db: session }, async (w) => {
        w.assertOwns(operator.municipalityCode)
        const version = await insertFeedVersion(w.trx, {
          operatorId: operator.id,
          municipalityCode: operator.municipalityCode,
          status: 'LOADING',
          fileName: fileName.slice(0, 200) || 'feed.zip',
          // An array, not an object keyed by file name: CamelCasePlugin would rename stop_times.txt on the way out.
          rowCounts: JSON.stringify(Object.entries(report.rowCounts).map(([file, rows]) => ({ file, rows }))),
          warningCount: report.warningCount,
          importedBy: grant.subject,
        })
        for (const table of GTFS_TABLES) {
          if (!archive.names.includes(table.file)) continue
          const stream = await archive.open(table.file)
          async function* mapped() {
            for await (const row of csvRows(stream, () => {})) yield table.row(row.values, row.line)
          }
          await copyFeedRows(client, table, version.id, mapped())
          lap(table.file)
        }
        const active = await activateFeedVersion(w.trx, operator.id, version.id)
        await w.changed({
          operation: 'import-feed',
          entity: 'FeedVersion',
          entityId: version.id,
          ownerCode: operator.municipalityCode,
          after: {
            operatorId: operator.id,
            fileName: version.fileName,
            rowCounts: report.rowCounts,
            warnings: report.warningCount,
          },
        })
        return active
      }),
    ).then((active) => {
      lap('commit')
      ctx.logger.info({ feedVersionId: active.id, rowCounts: report.rowCounts, ms: timings }, 'feed imported')
      return active
    })
  } finally {
    archive.close()
  }
}
