import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  RegionalSituationDocument,
  ReportShelterStatusDocument,
  SetEvacuationAlertDocument,
  SetResponseStatusDocument,
  ShelterLatestStatusDocument,
} from '../../../codegen/operations.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { congestionOf } from './congestion.js'

const YUNI = '014273'
let stack: TestStack
let shelter: { id: string; capacity: number | null }
beforeAll(async () => {
  // Statement counts are about the subgraphs: measured with the gateway's response cache off.
  stack = await startTestStack({ responseCache: undefined })
  shelter = await stack.database.admin
    .selectFrom('disaster.shelter')
    .select(['id', 'capacity'])
    .where('municipalityCode', '=', YUNI)
    .where('capacity', 'is not', null)
    .orderBy('id')
    .executeTakeFirstOrThrow()
})
afterAll(() => stack.stop())

/** Free places per town, all and in shelters taking people who need care, summed in SQL apart from the service. */
async function freePlacesBySql() {
  const { rows } = await sql<{ code: string; free: number; care: number }>`
    select s.municipality_code as code,
      sum(greatest(s.capacity - r.evacuees, 0))::int as free,
      coalesce(sum(greatest(s.capacity - r.evacuees, 0)) filter (where s.accepts_people_needing_care), 0)::int as care
    from disaster.shelter s
    join lateral (select is_open, evacuees from disaster.shelter_status_report
      where shelter_id = s.id order by reported_at desc, id desc limit 1) r on true
    where s.retired_at is null and r.is_open and s.capacity is not null
    group by s.municipality_code`.execute(stack.database.admin)
  return rows
}

describe('situation sharing', () => {
  it('records shelter reports append-only and derives occupancy and congestion', async () => {
    const token = await stack.token(YUNI)
    const capacity = shelter.capacity ?? 1
    const evacuees = Math.ceil(capacity * 0.85)
    const { body } = await stack.graphql(
      ReportShelterStatusDocument,
      { shelterId: shelter.id, input: { isOpen: true, evacuees, households: 10 } },
      { token },
    )
    expect(body.data?.reportShelterStatus).toEqual({
      isOpen: true,
      evacuees,
      occupancyRate: evacuees / capacity,
      congestion: 'HIGH',
    })
    await stack.graphql(
      ReportShelterStatusDocument,
      { shelterId: shelter.id, input: { isOpen: false, evacuees: 0 } },
      { token },
    )
    const latest = await stack.graphql(ShelterLatestStatusDocument, { id: shelter.id })
    expect(latest.body.data?.shelter?.latestStatus).toEqual({ isOpen: false, evacuees: 0, congestion: 'UNKNOWN' })
    const reports = await stack.database.admin
      .selectFrom('disaster.shelterStatusReport')
      .select('id')
      .where('shelterId', '=', shelter.id)
      .execute()
    expect(reports).toHaveLength(2)
  })

  it('bands congestion at 50, 80 and 100 %', () => {
    expect([0.49, 0.5, 0.79, 0.8, 0.99, 1, 1.4, null].map(congestionOf)).toEqual([
      'LOW',
      'MODERATE',
      'MODERATE',
      'HIGH',
      'HIGH',
      'FULL',
      'FULL',
      'UNKNOWN',
    ])
  })

  it('refuses reports, response levels and alerts for another town, changing nothing', async () => {
    const token = await stack.token('014303')
    const count = async () =>
      (await stack.database.admin.selectFrom('disaster.shelterStatusReport').select('id').execute()).length
    const before = await count()
    const attempts = [
      await stack.graphql(
        ReportShelterStatusDocument,
        { shelterId: shelter.id, input: { isOpen: true, evacuees: 1 } },
        { token },
      ),
      await stack.graphql(SetResponseStatusDocument, { municipalityCode: YUNI, level: 'HEADQUARTERS' }, { token }),
      await stack.graphql(SetEvacuationAlertDocument, { municipalityCode: YUNI, area: '全域', level: 5 }, { token }),
    ]
    for (const attempt of attempts) expect(errorCodes(attempt.body)).toEqual(['FORBIDDEN'])
    expect(await count()).toBe(before)
  })

  it('shows every town on the regional board, with levels, alerts in force and shelter totals', async () => {
    const token = await stack.token(YUNI)
    await stack.graphql(SetResponseStatusDocument, { level: 'HEADQUARTERS', note: '本部設置' }, { token })
    await stack.graphql(SetEvacuationAlertDocument, { area: '川端地区', level: 4 }, { token })
    await stack.graphql(SetEvacuationAlertDocument, { area: '三川地区', level: 3 }, { token })
    await stack.graphql(SetEvacuationAlertDocument, { area: '三川地区', level: null }, { token })
    await stack.graphql(
      ReportShelterStatusDocument,
      { shelterId: shelter.id, input: { isOpen: true, evacuees: 10 } },
      { token },
    )
    const { body } = await stack.graphql(RegionalSituationDocument)
    const board = body.data?.regionalSituation
    expect(board?.towns.map((town) => town.municipality.code)).toEqual([...PARTY_CODES])
    const yuni = board?.towns.find((town) => town.municipality.code === YUNI)
    expect(yuni).toMatchObject({
      headquartersLevel: 'HEADQUARTERS',
      highestAlertLevel: 4,
      activeAlerts: [{ area: '川端地区', level: 4 }],
      openShelters: 1,
      evacuees: 10,
    })
    expect(yuni?.remainingCapacity).toBe((shelter.capacity ?? 0) - 10)
    expect(board?.evacuees).toBe(board?.towns.reduce((sum, town) => sum + town.evacuees, 0))
  })

  it('reports free places in shelters that take people who need care, matching a direct SQL sum', async () => {
    const token = await stack.token(YUNI)
    const welfare = await stack.database.admin
      .updateTable('disaster.shelter')
      .set({ isWelfareShelter: true, acceptsPeopleNeedingCare: true })
      .where('id', '=', shelter.id)
      .returning(['id', 'capacity'])
      .executeTakeFirstOrThrow()
    await stack.graphql(
      ReportShelterStatusDocument,
      { shelterId: welfare.id, input: { isOpen: true, evacuees: 12 } },
      { token },
    )
    const { body } = await stack.graphql(RegionalSituationDocument)
    const board = body.data?.regionalSituation
    const yuni = board?.towns.find((town) => town.municipality.code === YUNI)
    expect(yuni?.remainingCareCapacity).toBe((welfare.capacity ?? 0) - 12)
    const direct = await freePlacesBySql()
    for (const town of board?.towns ?? []) {
      const row = direct.find((r) => r.code === town.municipality.code)
      expect([town.remainingCapacity, town.remainingCareCapacity]).toEqual([row?.free ?? 0, row?.care ?? 0])
    }
    expect(board?.remainingCareCapacity).toBe(direct.reduce((sum, row) => sum + row.care, 0))
    expect(board?.remainingCapacity).toBe(direct.reduce((sum, row) => sum + row.free, 0))
    expect(board?.remainingCareCapacity).toBeLessThan(board?.remainingCapacity ?? 0)
  })

  it('answers the regional board with the same statements however many reports exist', async () => {
    const statements = async () => {
      stack.statements.reset()
      await stack.graphql(RegionalSituationDocument)
      return { disaster: stack.statements.count('disaster'), agreement: stack.statements.count('agreement') }
    }
    const before = await statements()
    const shelters = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select(['id', 'municipalityCode'])
      .execute()
    await stack.database.admin
      .insertInto('disaster.shelterStatusReport')
      .values(
        shelters.flatMap((s) =>
          [1, 2, 3].map((n) => ({
            shelterId: s.id,
            municipalityCode: s.municipalityCode,
            isOpen: true,
            evacuees: n,
            reportedBy: 'load',
          })),
        ),
      )
      .execute()
    // The names come with the board's own statement (TownSituation.municipality provides them): no agreement hop.
    expect(before).toEqual({ disaster: 3, agreement: 0 })
    expect(await statements()).toEqual(before)
  })
})
