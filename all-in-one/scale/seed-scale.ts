import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Viewer } from '../../lib/auth/viewer.js'
import { createDatabase } from '../../lib/db/database.js'
import type { Logger } from '../../lib/logger.js'
import { findServedTowns } from '../../lib/served-municipalities.js'
import { sampleUuid } from '../../lib/sample/deterministic.js'
import { createLoaders } from '../../subgraphs/transit/context.js'
import { authorizeFeedImport, importFeedArchive } from '../../subgraphs/transit/feeds/feeds.service.js'
import { writeSyntheticFeed } from '../../subgraphs/transit/gtfs/synthetic-feed.js'
import { openZipFile } from '../../subgraphs/transit/gtfs/zip-archive.js'
import { prepareDatabase } from '../prepare-database.js'
import {
  insertNationwideTowns,
  insertScaleShelters,
  insertSyntheticRegions,
  insertSyntheticSystems,
} from './nationwide-towns.js'

export interface ScaleOptions {
  /** Shelters added on top of the sample data, spread over the 1,741 towns (tens each). */
  shelters: number
  /** The regional operator's feed: routes × trips × stops = stop_times. */
  feed: { routes: number; tripsPerRoute: number; stopsPerRoute: number }
}

/** 1,741 towns, ~100 000 shelters and a ~1M stop_times feed: what the benchmarks compare against the sample. */
export const NATIONWIDE_SCALE: ScaleOptions = {
  shelters: 100_000,
  feed: { routes: 50, tripsPerRoute: 400, stopsPerRoute: 50 },
}

/**
 * Fills a database (migrated and seeded as `npm start` does) with deterministic synthetic volume:
 * shelters generated set-based in SQL (ids derived from their number, so two runs give the same
 * rows) and a large GTFS-JP feed imported through the real import path as the coordinator.
 * Everything is marked sample.
 *
 * The nine real parties stay as the sample has them; 1,732 synthetic municipalities with valid codes join them
 * (all-in-one/scale/nationwide-towns.ts), grouped into synthetic 圏域 (agreement.region), each with the 20
 * standard ICT systems, and the shelters are spread over all 1,741 (≈ 57 each).
 */
export async function seedScale(adminUrl: string, options: ScaleOptions, logger: Logger): Promise<void> {
  const roleUrls = await prepareDatabase(adminUrl, { sampleData: true, logger })
  const admin = createDatabase({ url: adminUrl, poolMax: 1 })
  try {
    await insertNationwideTowns(admin)
    await insertSyntheticRegions(admin)
    await insertSyntheticSystems(admin)
    logger.info('nationwide towns, 圏域 and ICT systems in place')
    if (await insertScaleShelters(admin, options.shelters)) {
      logger.info({ shelters: options.shelters }, 'scale shelters inserted')
    }
  } finally {
    await admin.destroy()
  }

  const transit = createDatabase({ url: roleUrls.transit, poolMax: 2 })
  const dir = await mkdtemp(join(tmpdir(), 'scale-feed-'))
  try {
    const path = join(dir, 'scale-feed.zip')
    await writeSyntheticFeed(path, options.feed)
    // The coordinator of the sample agreement's lead town, marked as the token check marks it (from the data).
    const lead = (await findServedTowns(transit)).find((town) => town.code === '012106')
    const viewer: Viewer = {
      kind: 'staff',
      subject: 'seed-scale',
      municipalityCode: '012106',
      roles: new Set(['coordinator']),
      leadsAgreement: lead?.isCoordinator === true,
    }
    const ctx = {
      subgraph: 'transit' as const,
      db: transit,
      viewer,
      loaders: createLoaders(transit),
      requestId: 'seed-scale',
      logger: logger as never,
    }
    const grant = await authorizeFeedImport(ctx, sampleUuid('operator:regional'))
    const version = await importFeedArchive(ctx, grant, 'scale-feed.zip', await openZipFile(path))
    logger.info({ feedVersionId: version.id }, 'scale feed imported')
  } finally {
    await transit.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}
