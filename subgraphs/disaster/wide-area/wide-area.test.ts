import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RecordEvacuationArrangementDocument, WideAreaEvacuationDocument } from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { planEvacuation } from './evacuation-plan.js'

const NANPORO = '014231'
const KURIYAMA = '014290'
let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

/**
 * Makes two of `town`'s sample shelters safe for volcanoes and open with a few evacuees: the first a 福祉避難所
 * (which takes people who need care), the second not. Returns each one's id and free places.
 */
async function twoOpenVolcanoShelters(town: string) {
  const rows = await stack.database.admin
    .selectFrom('disaster.shelter')
    .select(['id', 'capacity'])
    .where('municipalityCode', '=', town)
    .where('capacity', '>=', 50)
    .where('retiredAt', 'is', null)
    .orderBy('id')
    .limit(2)
    .execute()
  return Promise.all(
    rows.map(async (row, i) => {
      const isWelfare = i === 0
      await stack.database.admin
        .updateTable('disaster.shelter')
        .set({ hazardVolcano: true, isWelfareShelter: isWelfare, acceptsPeopleNeedingCare: isWelfare })
        .where('id', '=', row.id)
        .execute()
      const evacuees = 5 + i
      await stack.database.admin
        .insertInto('disaster.shelterStatusReport')
        .values({ shelterId: row.id, municipalityCode: town, isOpen: true, evacuees, reportedBy: 'test' })
        .execute()
      return { id: row.id, free: (row.capacity ?? 0) - evacuees }
    }),
  ) as Promise<[{ id: string; free: number }, { id: string; free: number }]>
}

describe('wide-area evacuation', () => {
  it('ranks safe shelters of other towns by 1 km distance band, then free places, until all fit', async () => {
    const { body } = await stack.graphql(WideAreaEvacuationDocument, {
      from: NANPORO,
      hazard: 'FLOOD',
      headCount: 2000,
    })
    const plan = body.data?.wideAreaEvacuation
    const candidates = plan?.candidates ?? []
    expect(candidates.length).toBeGreaterThan(1)
    expect(
      candidates.every((c) => c.shelter.municipality.code !== NANPORO && c.shelter.safeFor.includes('FLOOD')),
    ).toBe(true)
    for (let i = 1; i < candidates.length; i++) {
      const [previous, current] = [candidates[i - 1], candidates[i]]
      const [bandA, bandB] = [
        Math.floor((previous?.distanceMetres ?? 0) / 1000),
        Math.floor((current?.distanceMetres ?? 0) / 1000),
      ]
      expect(
        bandB > bandA || (bandB === bandA && (current?.remainingCapacity ?? 0) <= (previous?.remainingCapacity ?? 0)),
      ).toBe(true)
    }
    const places = candidates.reduce((sum, c) => sum + c.remainingCapacity, 0)
    expect(plan?.places).toBe(places)
    expect(plan?.coversHeadCount).toBe(true)
    expect(places - (candidates.at(-1)?.remainingCapacity ?? 0)).toBeLessThan(2000)
  })

  it('proposes what ranking every shelter would, however far the rings around the town must reach', async () => {
    // The reference: every shelter of the other towns ranked, as the search did before it looked in rings.
    const everyShelterRanked = async (from: string) =>
      (
        await sql<{ id: string; remaining: number; care: boolean }>`
          with origin as (select ll_to_earth(avg(latitude), avg(longitude)) as earth from disaster.shelter
                           where municipality_code = ${from} and retired_at is null),
               latest as (select distinct on (shelter_id) shelter_id, is_open, evacuees
                            from disaster.shelter_status_report order by shelter_id, reported_at desc, id desc)
          select s.id, greatest(s.capacity - case when l.is_open then l.evacuees else 0 end, 0) as remaining,
                 s.accepts_people_needing_care as care
            from disaster.shelter s cross join origin left join latest l on l.shelter_id = s.id
           where s.municipality_code <> ${from} and s.retired_at is null and s.capacity is not null
             and s.latitude is not null and s.hazard_flood and coalesce(l.is_open, true)
             and greatest(s.capacity - case when l.is_open then l.evacuees else 0 end, 0) > 0
           order by floor(earth_distance(ll_to_earth(s.latitude, s.longitude), origin.earth) / 1000),
                    remaining desc, s.id`.execute(stack.database.admin)
      ).rows
    const GROUPS: [number, number][] = [
      [1, 0],
      [60, 0],
      [600, 10],
      [3000, 30],
      [40, 40],
      [10 ** 6, 0],
    ]
    for (const from of [NANPORO, KURIYAMA]) {
      const ranked = await everyShelterRanked(from)
      for (const [headCount, careHeadCount] of GROUPS) {
        const { body } = await stack.graphql(WideAreaEvacuationDocument, {
          from,
          hazard: 'FLOOD',
          headCount,
          careHeadCount,
        })
        const expected = planEvacuation(
          ranked.map((row) => ({ ...row, remainingCapacity: row.remaining, acceptsPeopleNeedingCare: row.care })),
          { headCount, careHeadCount },
        )
        expect(body.data?.wideAreaEvacuation.candidates.map((candidate) => candidate.shelter.id)).toEqual(
          expected.candidates.map((candidate) => candidate.row.id),
        )
      }
    }
  })

  it('counts evacuees already in open shelters and leaves out shelters reported closed', async () => {
    const plan = async () =>
      (await stack.graphql(WideAreaEvacuationDocument, { from: NANPORO, hazard: 'EARTHQUAKE', headCount: 1 })).body.data
        ?.wideAreaEvacuation
    const first = (await plan())?.candidates[0]
    const id = first?.shelter.id ?? ''
    const shelter = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select(['municipalityCode', 'capacity'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    const report = (isOpen: boolean, evacuees: number) =>
      stack.database.admin
        .insertInto('disaster.shelterStatusReport')
        .values({ shelterId: id, municipalityCode: shelter.municipalityCode, isOpen, evacuees, reportedBy: 'test' })
        .execute()
    await report(true, 7)
    const all = (
      await stack.graphql(WideAreaEvacuationDocument, { from: NANPORO, hazard: 'EARTHQUAKE', headCount: 1_000_000 })
    ).body.data?.wideAreaEvacuation
    expect(all?.candidates.find((c) => c.shelter.id === id)).toMatchObject({
      isOpen: true,
      remainingCapacity: (shelter.capacity ?? 0) - 7,
    })
    await report(false, 0)
    const after = (
      await stack.graphql(WideAreaEvacuationDocument, { from: NANPORO, hazard: 'EARTHQUAKE', headCount: 1_000_000 })
    ).body.data?.wideAreaEvacuation
    expect(after?.candidates.map((c) => c.shelter.id)).not.toContain(id)
  })

  it('places people who need care only in shelters taking them (a 福祉避難所), counting no place twice', async () => {
    // No sample shelter is designated for volcanoes: the two below are the only candidates for VOLCANO.
    const [welfare, school] = await twoOpenVolcanoShelters(KURIYAMA)
    const plan = async (headCount: number, careHeadCount?: number) =>
      (await stack.graphql(WideAreaEvacuationDocument, { from: NANPORO, hazard: 'VOLCANO', headCount, careHeadCount }))
        .body.data?.wideAreaEvacuation
    const ids = (p: Awaited<ReturnType<typeof plan>>) => p?.candidates.map((c) => c.shelter.id).sort()

    const careOnly = await plan(1_000_000, 1_000_000)
    expect(careOnly?.candidates.map((c) => [c.shelter.id, c.shelter.acceptsPeopleNeedingCare])).toEqual([
      [welfare.id, true],
    ])
    expect(careOnly).toMatchObject({ places: welfare.free, carePlaces: welfare.free, coversCareHeadCount: false })
    expect(careOnly?.candidates[0]?.careAssigned).toBe(welfare.free)

    const anyone = await plan(1_000_000)
    expect(ids(anyone)).toEqual([welfare.id, school.id].sort())
    expect(anyone).toMatchObject({ places: welfare.free + school.free, carePlaces: welfare.free })
    expect(anyone?.candidates.every((c) => c.careAssigned === 0)).toBe(true)

    // Everyone fits exactly: the care places go to people who need care, the others take the rest.
    const everyone = welfare.free + school.free
    const mixed = await plan(everyone, welfare.free)
    expect(ids(mixed)).toEqual([welfare.id, school.id].sort())
    expect(mixed).toMatchObject({ coversHeadCount: true, coversCareHeadCount: true })
    expect(mixed?.candidates.find((c) => c.shelter.id === welfare.id)?.careAssigned).toBe(welfare.free)
    expect(await plan(everyone, welfare.free + 1)).toMatchObject({
      coversHeadCount: false,
      coversCareHeadCount: false,
    })
    const careFits = await plan(5, 5)
    expect(careFits).toMatchObject({ places: welfare.free, coversHeadCount: true, coversCareHeadCount: true })
  })

  it('refuses a care head count outside 0–headCount, naming the argument', async () => {
    for (const careHeadCount of [-1, 11]) {
      const { body } = await stack.graphql(WideAreaEvacuationDocument, {
        from: NANPORO,
        hazard: 'FLOOD',
        headCount: 10,
        careHeadCount,
      })
      expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
      expect(body.errors?.[0]?.message).toContain('careHeadCount')
    }
  })

  it('records arrangements (as proposals) for staff of either town only', async () => {
    const input = {
      fromMunicipalityCode: NANPORO,
      toMunicipalityCode: '012106',
      headCount: 500,
      agreedOn: '2026-04-01',
      hazard: 'FLOOD' as const,
    }
    const host = await stack.graphql(
      RecordEvacuationArrangementDocument,
      { input },
      { token: await stack.token('012106') },
    )
    expect(host.body.data?.recordEvacuationArrangement).toMatchObject({
      from: { code: NANPORO },
      to: { code: '012106' },
      headCount: 500,
      // Recorded by the host town: the origin town's consent puts it in effect.
      status: 'PROPOSED',
      proposedBy: { code: '012106' },
      consentingTown: { code: NANPORO },
    })
    const outsider = await stack.graphql(
      RecordEvacuationArrangementDocument,
      { input },
      { token: await stack.token('014303') },
    )
    expect(errorCodes(outsider.body)).toEqual(['FORBIDDEN'])
  })
})
