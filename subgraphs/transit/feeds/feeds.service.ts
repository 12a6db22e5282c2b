import { assertCanWriteFor, assertCanWriteRegional, requireStaff } from '../../../lib/auth/viewer.js'
import { withDedicatedConnection } from '../../../lib/db/database.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { badUserInput, notFound } from '../../../lib/errors.js'
import { isUuid } from '../../../lib/ids.js'
import { openZipBuffer, type ZipArchive } from '../gtfs/zip-archive.js'
import type { TransitContext } from '../context.js'
import { findOperatorsByIds } from '../operators/operators.repository.js'
import { keptWarnings, loadFeedVersion } from './feed-import.js'
import { activateFeedVersion, insertFeedVersion, recordFeedOutcome } from './feeds.repository.js'
import { markImportPhase } from './import-phases.js'

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
  const { limits } = ctx.loaders.feedImports
  const archive = await openZipBuffer(Buffer.from(upload.contentBase64, 'base64'), limits, upload.fileName)
  return importFeedArchive(ctx, grant, upload.fileName, archive)
}

/** Stops reading the archive when the signal fires (the client went away); returns the unsubscribe. */
function abortOnSignal(archive: ZipArchive, signal: AbortSignal | undefined) {
  const abort = () => {
    archive.abort(new Error('the client went away'))
  }
  signal?.addEventListener('abort', abort, { once: true })
  return () => {
    signal?.removeEventListener('abort', abort)
  }
}

export interface ImportOptions {
  /** Aborted when the client goes away: reading stops at once and nothing is written. */
  signal?: AbortSignal
}

/**
 * Reads the feed once, validating each file and COPYing it into a new version as it streams by
 * (feed-import.ts); a feed with any error is refused with every problem as `file:line: reason` and
 * the transaction rolls back. A valid feed is activated in the SAME transaction, so the operator's
 * previous version serves every reader until the commit, and a failure at any point leaves it active
 * and the new rows gone. At most `maxConcurrentPerTown` imports per town run at once. Closes the archive.
 */
export async function importFeedArchive(
  ctx: TransitContext,
  grant: FeedImportGrant,
  fileName: string,
  archive: ZipArchive,
  options: ImportOptions = {},
) {
  const { operator } = grant
  const { gate, limits } = ctx.loaders.feedImports
  const stopWatching = abortOnSignal(archive, options.signal)
  const started = performance.now()
  let release: (() => void) | undefined
  try {
    if (options.signal?.aborted) throw new Error('the client went away')
    release = gate.enter(operator.municipalityCode, operator.municipalityCode ?? 'the region-wide operators')
    const active = await withDedicatedConnection(ctx.db, (session, client) =>
      // The write path on the dedicated session, so the raw client's COPY runs inside its transaction.
      runWrite({ ...ctx, db: session }, async (w) => {
        markImportPhase('transaction begun')
        w.assertOwns(operator.municipalityCode)
        const version = await insertFeedVersion(w.trx, {
          operatorId: operator.id,
          municipalityCode: operator.municipalityCode,
          status: 'LOADING',
          fileName: fileName.slice(0, 200) || 'feed.zip',
          rowCounts: '[]',
          importedBy: grant.subject,
        })
        const report = await loadFeedVersion(w.trx, client, { versionId: version.id, fileName, archive, limits })
        markImportPhase('feed files recorded')
        await recordFeedOutcome(w.trx, version.id, {
          // An array, not an object keyed by file name: CamelCasePlugin would rename stop_times.txt on the way out.
          rowCounts: JSON.stringify(Object.entries(report.rowCounts).map(([file, rows]) => ({ file, rows }))),
          warningCount: report.warningCount,
          warnings: JSON.stringify(keptWarnings(report)),
        })
        const active = await activateFeedVersion(w.trx, operator.id, version.id)
        markImportPhase('outcome recorded, version activated (older stop_times detached)')
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
    )
    markImportPhase('audit, outbox events and commit')
    ctx.logger.info({ feedVersionId: active.id, ms: Math.round(performance.now() - started) }, 'feed imported')
    return active
  } finally {
    stopWatching()
    archive.close()
    release?.()
  }
}
