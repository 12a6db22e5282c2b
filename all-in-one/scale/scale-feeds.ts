import { sql } from 'kysely'
import type { Viewer } from '../../lib/auth/viewer.js'
import { findServedTowns } from '../../lib/served-municipalities.js'
import type { Database } from '../../lib/db/database.js'
import type { Logger } from '../../lib/logger.js'
import { sampleUuid } from '../../lib/sample/deterministic.js'
import { createLoaders } from '../../subgraphs/transit/context.js'
import { authorizeFeedImport, importFeedArchive } from '../../subgraphs/transit/feeds/feeds.service.js'
import { openZipFile } from '../../subgraphs/transit/gtfs/zip-archive.js'

/** The synthetic towns' own bus operators (sample): the first `count` synthetic municipalities by code. */
export async function insertTownOperators(admin: Database, count: number): Promise<{ id: string; code: string }[]> {
  const towns = await sql<{ code: string }>`
    select code from agreement.municipality where population_source like 'sample: synthetic%'
     order by code limit ${count}`.execute(admin)
  const operators = towns.rows.map(({ code }) => ({ id: sampleUuid(`operator:scale:${code}`), code }))
  if (operators.length === 0) return operators
  await admin
    .insertInto('transit.operator')
    .values(
      operators.map(({ id, code }) => ({
        id,
        municipalityCode: code,
        name: `合成コミュニティバス ${code} (sample)`,
        kind: 'COMMUNITY_BUS',
        isSample: true,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  return operators
}

/**
 * Imports a feed zip for an operator through the real import path (validation, COPY into the version's partition,
 * activation, audit) as staff who may write it: the town's editor, or the coordinator for a region-wide operator.
 */
export async function importScaleFeed(
  transit: Database,
  logger: Logger,
  feed: { operatorId: string; municipalityCode: string | null; path: string },
): Promise<string> {
  const viewer: Viewer = feed.municipalityCode
    ? { kind: 'staff', subject: 'seed-scale', municipalityCode: feed.municipalityCode, roles: new Set(['editor']) }
    : await coordinatorViewer(transit)
  const ctx = {
    subgraph: 'transit' as const,
    db: transit,
    viewer,
    loaders: createLoaders(transit),
    requestId: 'seed-scale',
    logger: logger as never,
  }
  const grant = await authorizeFeedImport(ctx, feed.operatorId)
  const version = await importFeedArchive(ctx, grant, 'scale-feed.zip', await openZipFile(feed.path))
  return version.id
}

/** The coordinator of the agreement, as the token check marks it: a town that leads a policy field (from the data). */
async function coordinatorViewer(transit: Database): Promise<Viewer> {
  const lead = (await findServedTowns(transit)).find((town) => town.isCoordinator)
  if (!lead) throw new Error('seed:scale: no served town leads the agreement, so nobody may import the regional feed')
  const roles = new Set(['coordinator'] as const)
  return { kind: 'staff', subject: 'seed-scale', municipalityCode: lead.code, roles, leadsAgreement: true }
}

/** Operators that have no ACTIVE version yet: a second run of the seed does not import their feeds again. */
export async function withoutActiveFeed(admin: Database, operatorIds: readonly string[]): Promise<Set<string>> {
  if (operatorIds.length === 0) return new Set()
  const loaded = await admin
    .selectFrom('transit.feedVersion')
    .select('operatorId')
    .where('operatorId', 'in', operatorIds)
    .where('status', '=', 'ACTIVE')
    .where('importedBy', '=', 'seed-scale')
    .execute()
  const done = new Set(loaded.map((row) => row.operatorId))
  return new Set(operatorIds.filter((id) => !done.has(id)))
}

/** The versions the seed imported are sample data like the rest (the import path records a real upload). */
export async function markScaleFeedsSample(admin: Database): Promise<void> {
  await admin
    .updateTable('transit.feedVersion')
    .set({ isSample: true })
    .where('importedBy', '=', 'seed-scale')
    .execute()
}
