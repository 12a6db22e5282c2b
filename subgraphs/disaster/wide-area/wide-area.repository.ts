import { sql, type Insertable, type RawBuilder } from 'kysely'
import type { DisasterEvacuationArrangement } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import type { HazardColumn } from '../shelters/hazards.js'
import type { ArrangementClosedStatus, EvacuationCandidateRow } from './wide-area.model.js'

/** The ring the search starts with, doubled until it holds enough: a town's neighbours are within tens of km. */
const FIRST_RING_METRES = 10_000
/** Past this the next ring is the whole Earth: each wider ring would scan most of the country again. */
const WIDEST_DOUBLED_METRES = 640_000
/** Half the Earth's circumference: a ring this wide holds every shelter. */
const WHOLE_EARTH_METRES = 20_100_000

/**
 * The shelters of the other towns designated for the hazard and not reported closed, with free places, their
 * distance from the centre of the origin town's shelters, ranked (nearest first in 1 km steps, then most free
 * places, then id) — at most `limit`, and only as far out as the plan can need. onlyCare: only those that take
 * people who need care (everyone to place needs care, so no other row is of use). One statement.
 *
 * Ranking every shelter of the platform by distance costs a distance per shelter: 0.5–0.7 s at the nationwide
 * scale (100,000 shelters; PostgreSQL cannot walk the location index in distance order for `earth`). So the search
 * looks in rings around the origin, through the location index, doubling from 10 km (up to 640 km, then the whole
 * Earth) until a ring holds free places for the whole group (and care places for those who need care) or `limit`
 * candidates; then it ranks what lies within that ring's last whole kilometre. That set is a prefix of the full
 * ranking (a shelter ranked before one in it is no farther), and the plan places care first wherever it can, so the
 * plan walking it is the plan walking them all.
 */
export function findEvacuationCandidates(
  db: Executor,
  fromCode: string,
  filter: { hazardColumn: HazardColumn; onlyCare: boolean },
  group: { headCount: number; careHeadCount: number },
  limit: number,
) {
  const remaining = sql`greatest(s.capacity - case when latest.is_open then latest.evacuees else 0 end, 0)`
  const distance = sql`earth_distance(ll_to_earth(s.latitude, s.longitude), origin.earth)`
  /** The candidates within `metres` of the origin (the box finds them through the location index). */
  const within = (metres: RawBuilder<unknown>) => sql`
    from disaster.shelter s
    cross join origin
    left join disaster.shelter_latest_report latest on latest.shelter_id = s.id
    where s.municipality_code <> ${fromCode} and s.retired_at is null and s.capacity is not null
      and s.latitude is not null and s.longitude is not null and ${sql.ref(`s.${filter.hazardColumn}`)}
      ${filter.onlyCare ? sql`and s.accepts_people_needing_care` : sql``}
      and coalesce(latest.is_open, true) and ${remaining} > 0
      and earth_box(origin.earth, ${metres}) @> ll_to_earth(s.latitude, s.longitude) and ${distance} < ${metres}`
  const next = sql`case when ring.metres = 0 then ${FIRST_RING_METRES}::float8
                        when ring.metres < ${WIDEST_DOUBLED_METRES} then ring.metres * 2
                        else ${WHOLE_EARTH_METRES}::float8 end`
  return sql<EvacuationCandidateRow>`
    with recursive origin as (
      select ll_to_earth(avg(latitude), avg(longitude)) as earth from disaster.shelter
       where municipality_code = ${fromCode} and retired_at is null
      having avg(latitude) is not null
    ), ring (metres, enough) as (
      select 0::float8, false
      union all
      select ${next}, found.count >= ${limit}
             or (found.places >= ${group.headCount} and found.care_places >= ${group.careHeadCount})
        from ring
        cross join lateral (
          -- At most limit rows: that many are enough whatever their places; fewer are all there are.
          select count(*) as count, coalesce(sum(remaining), 0) as places,
                 coalesce(sum(remaining) filter (where care), 0) as care_places
            from (select ${remaining} as remaining, s.accepts_people_needing_care as care ${within(next)}
                  limit ${limit}) capped
        ) found
       where not ring.enough and ring.metres < ${WHOLE_EARTH_METRES}
    ), reach as (
      select (floor(max(metres) / 1000) + 1) * 1000 as metres from ring
    )
    select s.*, ${distance} as distance_metres, ${remaining} as remaining_capacity,
           coalesce(latest.is_open, false) as is_open
      ${within(sql`(select metres from reach)`)}
     order by floor(${distance} / 1000), remaining_capacity desc, s.id
     limit ${limit}`
    .execute(db)
    .then((result) => result.rows)
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
