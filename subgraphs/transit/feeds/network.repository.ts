import { sql } from 'kysely'
import type { Executor } from '../../../lib/db/database.js'
import { countPerParent, pagePerParent } from '../../../lib/db/paging.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'
import { feedKey, parseFeedKey } from '../timetable/feed-keys.js'

/** (feed version, id) is unique: the sort key (a feed key) of stops and routes across a town's feeds. */
export const stopSortKey = (row: { feedVersionId: string; stopId: string }) => feedKey(row.feedVersionId, row.stopId)
export const routeSortKey = (row: { feedVersionId: string; routeId: string }) => feedKey(row.feedVersionId, row.routeId)

const activeStopsOf = (db: Executor, codes: readonly string[]) =>
  db
    .selectFrom('transit.gtfsStop as s')
    .innerJoin('transit.feedVersion as v', 'v.id', 's.feedVersionId')
    .select([
      's.feedVersionId',
      's.stopId',
      's.stopName',
      's.stopLat',
      's.stopLon',
      's.stopCode',
      's.platformCode',
      'v.operatorId',
      's.municipalityCode',
    ])
    .where('v.status', '=', 'ACTIVE')
    .where('s.municipalityCode', 'in', codes)

export function countStopsByMunicipality(db: Executor, codes: readonly string[]) {
  return countPerParent(activeStopsOf(db, codes), 's.municipalityCode')
}

/** Stops of every operator's ACTIVE feed that lie in each town, one page per town, in one statement. */
export function findStopsByMunicipality(db: Executor, codes: readonly string[], page: PageRequest) {
  const after = parseFeedKey(page.afterKey ?? '')
  return pagePerParent(
    db,
    activeStopsOf(db, codes).$if(page.afterKey !== null, (qb) =>
      qb.where(sql<boolean>`(s.feed_version_id, s.stop_id) > (${after.feedVersionId}::uuid, ${after.id})`),
    ),
    { parent: 's.municipalityCode', order: [{ column: 's.feedVersionId' }, { column: 's.stopId' }], limit: page.limit },
  )
}

const activeRoutesOf = (db: Executor, codes: readonly string[]) =>
  db
    .selectFrom('transit.gtfsRoute as r')
    .innerJoin('transit.feedVersion as v', 'v.id', 'r.feedVersionId')
    .select([
      'r.feedVersionId',
      'r.routeId',
      'r.agencyId',
      'r.routeShortName',
      'r.routeLongName',
      'r.routeType',
      'r.routeColor',
      'r.routeTextColor',
      'r.routeUrl',
      'v.operatorId',
      'v.municipalityCode',
    ])
    .where('v.status', '=', 'ACTIVE')
    .where('v.municipalityCode', 'in', codes)

export function countRoutesByMunicipality(db: Executor, codes: readonly string[]) {
  return countPerParent(activeRoutesOf(db, codes), 'v.municipalityCode')
}

/** Routes of the ACTIVE feeds of each town's operators, one page per town, in one statement. */
export function findRoutesByMunicipality(db: Executor, codes: readonly string[], page: PageRequest) {
  const after = parseFeedKey(page.afterKey ?? '')
  return pagePerParent(
    db,
    activeRoutesOf(db, codes).$if(page.afterKey !== null, (qb) =>
      qb.where(sql<boolean>`(r.feed_version_id, r.route_id) > (${after.feedVersionId}::uuid, ${after.id})`),
    ),
    { parent: 'municipalityCode', order: [{ column: 'feedVersionId' }, { column: 'routeId' }], limit: page.limit },
  )
}
