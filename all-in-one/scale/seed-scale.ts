import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDatabase } from '../../lib/db/database.js'
import type { Logger } from '../../lib/logger.js'
import { sampleUuid } from '../../lib/sample/deterministic.js'
import { writeSyntheticFeed, type SyntheticFeedSize } from '../../subgraphs/transit/gtfs/synthetic-feed.js'
import { prepareDatabase } from '../prepare-database.js'
import { insertDisasterDay } from './disaster-day.js'
import {
  insertNationwideTowns,
  insertScaleShelters,
  insertSyntheticRegions,
  insertSyntheticSystems,
} from './nationwide-towns.js'
import { importScaleFeed, insertTownOperators, markScaleFeedsSample, withoutActiveFeed } from './scale-feeds.js'

export interface ScaleOptions {
  /** Shelters added on top of the sample data, spread over the 1,741 towns (tens each). */
  shelters: number
  /** The regional operator's feed: routes × trips × stops = stop_times. */
  feed: SyntheticFeedSize
  /** Town operators (the first synthetic towns by code), each importing a feed of this size. */
  townFeeds: { operators: number; feed: SyntheticFeedSize }
}

/**
 * 1,741 towns, ~100 000 shelters, a 1M stop_times regional feed and 40 town operators' 100k feeds (5M stop_times
 * in all, over 41 operators): what the benchmarks compare against the sample.
 */
export const NATIONWIDE_SCALE: ScaleOptions = {
  shelters: 100_000,
  feed: { routes: 50, tripsPerRoute: 400, stopsPerRoute: 50 },
  townFeeds: { operators: 40, feed: { routes: 10, tripsPerRoute: 200, stopsPerRoute: 50 } },
}

/**
 * Fills a database (migrated and seeded as `npm start` does) with deterministic synthetic volume:
 * shelters generated set-based in SQL (ids derived from their number, so two runs give the same
 * rows) and GTFS-JP feeds (5M stop_times over 41 operators) imported through the real import path.
 * Everything is marked sample.
 *
 * The nine real parties stay as the sample has them; 1,732 synthetic municipalities with valid codes join them
 * (all-in-one/scale/nationwide-towns.ts), grouped into synthetic 圏域 (agreement.region), each with the 20
 * standard ICT systems, and the shelters are spread over all 1,741 (≈ 57 each); one 圏域 in seven has a disaster
 * day (disaster-day.ts: response levels, alerts and shelter reports).
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
    if (await insertDisasterDay(admin)) logger.info('a disaster day in one 圏域 of seven: levels, alerts, reports')
  } finally {
    await admin.destroy()
  }

  await importScaleFeeds(adminUrl, roleUrls.transit, options, logger)
}

/**
 * The feeds, through the real import path (each COPYed into its version's partition): the regional operator's as
 * the coordinator, then each town operator's as its town's editor. Every town imports the same synthetic zip (ids are
 * per version, and the regional export prefixes them per operator). Operators with a feed already are skipped.
 */
async function importScaleFeeds(adminUrl: string, transitUrl: string, options: ScaleOptions, logger: Logger) {
  const admin = createDatabase({ url: adminUrl, poolMax: 1 })
  const transit = createDatabase({ url: transitUrl, poolMax: 2 })
  const dir = await mkdtemp(join(tmpdir(), 'scale-feed-'))
  try {
    const regional = { operatorId: sampleUuid('operator:regional'), municipalityCode: null }
    const towns = await insertTownOperators(admin, options.townFeeds.operators)
    const pending = await withoutActiveFeed(admin, [regional.operatorId, ...towns.map((town) => town.id)])
    const regionalZip = join(dir, 'regional-feed.zip')
    const townZip = join(dir, 'town-feed.zip')
    await writeSyntheticFeed(regionalZip, options.feed)
    await writeSyntheticFeed(townZip, options.townFeeds.feed)
    if (pending.has(regional.operatorId)) await importScaleFeed(transit, logger, { ...regional, path: regionalZip })
    for (const town of towns.filter(({ id }) => pending.has(id)))
      await importScaleFeed(transit, logger, { operatorId: town.id, municipalityCode: town.code, path: townZip })
    await markScaleFeedsSample(admin)
    logger.info({ operators: 1 + towns.length, imported: pending.size }, 'scale feeds imported')
  } finally {
    await Promise.all([admin.destroy(), transit.destroy()])
    await rm(dir, { recursive: true, force: true })
  }
}
