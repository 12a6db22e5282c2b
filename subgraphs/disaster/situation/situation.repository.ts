import { sql, type Insertable } from 'kysely'
import type {
  DisasterEvacuationAlert,
  DisasterResponseStatus,
  DisasterShelterStatusReport,
} from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { pagePerParent } from '../../../lib/db/paging.js'

/** The latest report of each shelter, with its capacity for the occupancy. */
export function findLatestReports(db: Executor, shelterIds: readonly string[]) {
  return db
    .selectFrom('disaster.shelterStatusReport as r')
    .innerJoin('disaster.shelter as s', 's.id', 'r.shelterId')
    .selectAll('r')
    .select('s.capacity')
    .distinctOn('r.shelterId')
    .where('r.shelterId', 'in', shelterIds)
    .orderBy('r.shelterId')
    .orderBy('r.reportedAt', 'desc')
    .orderBy('r.id', 'desc')
    .execute()
}

/**
 * Per town: open shelters, evacuees, free places and those of them in shelters that take people who need care,
 * from each shelter's latest report (one statement), for every served town in board order or only for the towns of
 * `regionId`.
 */
export function summariseSheltersByTown(db: Executor, regionId: string | null = null) {
  return (
    db
      // Each shelter's latest report, kept by the report's insert (migration 0131): not the whole history.
      .with('latest', (qb) =>
        qb
          .selectFrom('disaster.shelterLatestReport as r')
          .innerJoin('disaster.shelter as s', 's.id', 'r.shelterId')
          .select([
            'r.municipalityCode',
            'r.isOpen',
            'r.evacuees',
            'r.reportedAt',
            's.capacity',
            's.acceptsPeopleNeedingCare',
          ])
          .where('s.retiredAt', 'is', null),
      )
      .with('summary', (qb) =>
        qb
          .selectFrom('latest')
          .select((eb) => [
            'municipalityCode',
            sql<number>`count(*) filter (where is_open)::int`.as('openShelters'),
            sql<number>`coalesce(sum(evacuees) filter (where is_open), 0)::int`.as('evacuees'),
            sql<number>`coalesce(sum(greatest(capacity - evacuees, 0)) filter (where is_open
              and capacity is not null), 0)::int`.as('remainingCapacity'),
            sql<number>`coalesce(sum(greatest(capacity - evacuees, 0)) filter (
            where is_open and capacity is not null and accepts_people_needing_care), 0)::int`.as(
              'remainingCareCapacity',
            ),
            eb.fn.max('reportedAt').as('latestReportAt'),
          ])
          .groupBy('municipalityCode'),
      )
      // Every served town, in board order, also those with no report yet: the list of towns is data, not code.
      .selectFrom('agreement.servedMunicipality as m')
      .leftJoin('summary as s', 's.municipalityCode', 'm.code')
      .select([
        'm.code as municipalityCode',
        // TownSituation.municipality provides the name: the board needs no second fetch to the agreement subgraph.
        'm.name as municipalityName',
        's.openShelters',
        's.evacuees',
        's.remainingCapacity',
        's.remainingCareCapacity',
        's.latestReportAt',
      ])
      .$if(regionId !== null, (qb) =>
        qb.where('m.code', 'in', (eb) =>
          eb
            .selectFrom('agreement.municipalityRegion')
            .select('municipalityCode')
            .where('regionId', '=', regionId ?? ''),
        ),
      )
      .orderBy('m.position')
      .execute()
  )
}

export function findLatestResponseStatuses(db: Executor) {
  return db
    .selectFrom('disaster.responseStatus')
    .selectAll()
    .distinctOn('municipalityCode')
    .orderBy('municipalityCode')
    .orderBy('recordedAt', 'desc')
    .orderBy('id', 'desc')
    .execute()
}

/** The latest alert of every area of every town; those with a level are in force. */
export function findLatestAlerts(db: Executor) {
  return db
    .selectFrom('disaster.evacuationAlert')
    .selectAll()
    .distinctOn(['municipalityCode', 'area'])
    .orderBy('municipalityCode')
    .orderBy('area')
    .orderBy('issuedAt', 'desc')
    .orderBy('id', 'desc')
    .execute()
}

export function findResponseHistory(db: Executor, code: string, limit: number) {
  return Promise.all([
    db
      .selectFrom('disaster.responseStatus')
      .selectAll()
      .where('municipalityCode', '=', code)
      .orderBy('recordedAt', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('disaster.evacuationAlert')
      .selectAll()
      .where('municipalityCode', '=', code)
      .orderBy('issuedAt', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute(),
  ])
}

/**
 * `findResponseHistory` for many towns at once, in one statement per kind: each town's newest `limit` entries of each
 * kind (up to `limit + 1` come back per town: pagePerParent's extra row, which the caller drops), by town.
 */
export function findResponseHistories(db: Executor, codes: readonly string[], limit: number) {
  const newestFirst = (at: string) => [
    { column: at, descending: true },
    { column: 'id', descending: true },
  ]
  return Promise.all([
    pagePerParent(db, db.selectFrom('disaster.responseStatus').selectAll().where('municipalityCode', 'in', codes), {
      parent: 'municipalityCode',
      order: newestFirst('recordedAt'),
      limit,
    }),
    pagePerParent(db, db.selectFrom('disaster.evacuationAlert').selectAll().where('municipalityCode', 'in', codes), {
      parent: 'municipalityCode',
      order: newestFirst('issuedAt'),
      limit,
    }),
  ])
}

export function insertStatusReport(db: Executor, values: Insertable<DisasterShelterStatusReport>) {
  return db.insertInto('disaster.shelterStatusReport').values(values).returningAll().executeTakeFirstOrThrow()
}

export function insertResponseStatus(db: Executor, values: Insertable<DisasterResponseStatus>) {
  return db.insertInto('disaster.responseStatus').values(values).returningAll().executeTakeFirstOrThrow()
}

export function insertAlert(db: Executor, values: Insertable<DisasterEvacuationAlert>) {
  return db.insertInto('disaster.evacuationAlert').values(values).returningAll().executeTakeFirstOrThrow()
}
