import { sql } from 'kysely'
import type { Executor } from '../../../lib/db/database.js'

/**
 * What the situation's events need to know about a change just written: the row, and the state it replaced
 * (the same shelter's, town's or area's previous entry). One statement each, by the new row's id.
 */

export function findReportWithPrevious(db: Executor, reportId: number) {
  return db
    .selectFrom('disaster.shelterStatusReport as r')
    .innerJoin('disaster.shelter as s', 's.id', 'r.shelterId')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('disaster.shelterStatusReport as p')
          .select(['p.isOpen', 'p.evacuees'])
          .whereRef('p.shelterId', '=', 'r.shelterId')
          .where(sql<boolean>`(p.reported_at, p.id) < (r.reported_at, r.id)`)
          .orderBy('p.reportedAt', 'desc')
          .orderBy('p.id', 'desc')
          .limit(1)
          .as('previous'),
      (join) => join.onTrue(),
    )
    .select([
      'r.shelterId',
      'r.municipalityCode',
      'r.isOpen',
      'r.evacuees',
      'r.reportedAt',
      's.name',
      's.capacity',
      's.isSample',
      'previous.isOpen as previousIsOpen',
      'previous.evacuees as previousEvacuees',
    ])
    .where('r.id', '=', reportId)
    .executeTakeFirst()
}

export function findResponseStatusWithPrevious(db: Executor, statusId: number) {
  return db
    .selectFrom('disaster.responseStatus as r')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('disaster.responseStatus as p')
          .select('p.headquartersLevel')
          .whereRef('p.municipalityCode', '=', 'r.municipalityCode')
          .where(sql<boolean>`(p.recorded_at, p.id) < (r.recorded_at, r.id)`)
          .orderBy('p.recordedAt', 'desc')
          .orderBy('p.id', 'desc')
          .limit(1)
          .as('previous'),
      (join) => join.onTrue(),
    )
    .select(['r.municipalityCode', 'r.headquartersLevel', 'r.note', 'r.recordedAt', 'r.isSample'])
    .select('previous.headquartersLevel as previousLevel')
    .where('r.id', '=', statusId)
    .executeTakeFirst()
}

export function findAlertWithPrevious(db: Executor, alertId: number) {
  return db
    .selectFrom('disaster.evacuationAlert as a')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('disaster.evacuationAlert as p')
          .select('p.level')
          .whereRef('p.municipalityCode', '=', 'a.municipalityCode')
          .whereRef('p.area', '=', 'a.area')
          .where(sql<boolean>`(p.issued_at, p.id) < (a.issued_at, a.id)`)
          .orderBy('p.issuedAt', 'desc')
          .orderBy('p.id', 'desc')
          .limit(1)
          .as('previous'),
      (join) => join.onTrue(),
    )
    .select(['a.municipalityCode', 'a.area', 'a.level', 'a.note', 'a.issuedAt', 'a.isSample'])
    .select('previous.level as previousLevel')
    .where('a.id', '=', alertId)
    .executeTakeFirst()
}
