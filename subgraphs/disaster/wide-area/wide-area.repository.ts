import { sql, type Insertable } from 'kysely'
import type { DisasterEvacuationArrangement } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import type { HazardColumn } from '../shelters/hazards.js'
import type { ArrangementClosedStatus, EvacuationCandidateRow } from './wide-area.model.js'

/**
 * Every shelter of the other towns designated for the hazard and not reported closed, with its free
 * places and distance from the centre of the origin town's shelters, ranked — one statement. onlyCare: only
 * those that take people who need care (everyone to place needs care, so no other row is of use).
 */
export function findEvacuationCandidates(
  db: Executor,
  fromCode: string,
  filter: { hazardColumn: HazardColumn; onlyCare: boolean },
  limit: number,
) {
  return db
    .with('origin', (qb) =>
      qb
        .selectFrom('disaster.shelter')
        .select([sql<number>`avg(latitude)`.as('latitude'), sql<number>`avg(longitude)`.as('longitude')])
        .where('municipalityCode', '=', fromCode)
        .where('retiredAt', 'is', null),
    )
    .with('latest', (qb) =>
      qb
        .selectFrom('disaster.shelterStatusReport')
        .distinctOn('shelterId')
        .select(['shelterId', 'isOpen', 'evacuees'])
        .orderBy('shelterId')
        .orderBy('reportedAt', 'desc')
        .orderBy('id', 'desc'),
    )
    .selectFrom('disaster.shelter as s')
    .crossJoin('origin')
    .leftJoin('latest', 'latest.shelterId', 's.id')
    .selectAll('s')
    .select([
      sql<number>`earth_distance(ll_to_earth(s.latitude, s.longitude), ll_to_earth(origin.latitude,
        origin.longitude))`.as('distanceMetres'),
      sql<number>`greatest(s.capacity - case when latest.is_open then latest.evacuees else 0 end, 0)`.as(
        'remainingCapacity',
      ),
      sql<boolean>`coalesce(latest.is_open, false)`.as('isOpen'),
    ])
    .where('s.municipalityCode', '<>', fromCode)
    .where('s.retiredAt', 'is', null)
    .where('s.capacity', 'is not', null)
    .where('s.latitude', 'is not', null)
    .where(sql.ref(`s.${filter.hazardColumn}`), '=', true)
    .$if(filter.onlyCare, (q) => q.where('s.acceptsPeopleNeedingCare', '=', true))
    .where(sql<boolean>`coalesce(latest.is_open, true)`)
    .where(sql<boolean>`origin.latitude is not null`)
    .where(sql<boolean>`greatest(s.capacity - case when latest.is_open then latest.evacuees else 0 end, 0) > 0`)
    .orderBy(
      sql`floor(earth_distance(ll_to_earth(s.latitude, s.longitude), ll_to_earth(origin.latitude, origin.longitude)) /
        1000)`,
    )
    .orderBy('remainingCapacity', 'desc')
    .orderBy('s.id')
    .limit(limit)
    .execute() as Promise<EvacuationCandidateRow[]>
}

/** A town's arrangements (as origin or host) in the given statuses, newest first. */
export function findArrangementsOf(db: Executor, code: string, statuses: readonly string[], limit: number) {
  return db
    .selectFrom('disaster.evacuationArrangement')
    .selectAll()
    .where((eb) => eb.or([eb('fromMunicipalityCode', '=', code), eb('toMunicipalityCode', '=', code)]))
    .where('status', 'in', statuses)
    .orderBy('agreedOn', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute()
}

export const findArrangementById = (db: Executor, id: string) =>
  db.selectFrom('disaster.evacuationArrangement').selectAll().where('id', '=', id).executeTakeFirst()

export const insertArrangement = (db: Executor, values: Insertable<DisasterEvacuationArrangement>) =>
  db.insertInto('disaster.evacuationArrangement').values(values).returningAll().executeTakeFirstOrThrow()

/**
 * Closes a PROPOSED arrangement (consented, declined or withdrawn) with the decision columns only — the only
 * columns the service role may update. Undefined when it was no longer PROPOSED: decided concurrently.
 */
export function closeProposedArrangement(
  db: Executor,
  id: string,
  decision: { status: ArrangementClosedStatus; decidedBy: string; decisionNote: string },
) {
  return db
    .updateTable('disaster.evacuationArrangement')
    .set({ ...decision, decidedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .where('status', '=', 'PROPOSED')
    .returningAll()
    .executeTakeFirst()
}
