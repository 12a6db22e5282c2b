import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  RecordRouteStatisticsDocument,
  RegionRoutePerformanceDocument,
  RoutePerformanceDocument,
  RouteRidershipDocument,
  type RouteMonthInput,
} from '../../../codegen/operations.js'
import { createDatabase, type Database } from '../../../lib/db/database.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { sampleUuid } from '../../../lib/sample/deterministic.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

const TSUKIGATA = '014303'
const KURIYAMA = '014290'
const IWAMIZAWA = '012106'
const operatorOf = (code: string) => sampleUuid(`operator:${code}`)
const REGIONAL = sampleUuid('operator:regional')

/** Twelve months of fiscal year `fy` (April–March) with figures that differ month by month. */
const fiscalYearInput = (fy: number): RouteMonthInput[] =>
  Array.from({ length: 12 }, (_, i) => {
    const month = ((i + 3) % 12) + 1
    return {
      month: `${month >= 4 ? fy : fy + 1}-${String(month).padStart(2, '0')}`,
      boardings: 1000 + i * 37,
      alightings: 990 + i * 37,
      vehicleKm: 2000.5 + i * 10,
      passengerKm: 3100.25 + i * 55,
      fareRevenueYen: 180_000 + i * 1_234,
      operatingCostYen: 900_000 + i * 4_321,
    }
  })
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

let stack: TestStack
let transitRole: Database
beforeAll(async () => {
  stack = await startTestStack()
  transitRole = createDatabase({ url: stack.database.roleUrls.transit, poolMax: 1 })
})
afterAll(async () => {
  await transitRole.destroy()
  await stack.stop()
})

const statisticsRows = (operatorId: string) =>
  stack.database.admin
    .selectFrom('transit.routeStatistics')
    .selectAll()
    .where('operatorId', '=', operatorId)
    .orderBy('month')
    .execute()
const auditCount = async () =>
  Number(
    (
      await stack.database.admin
        .selectFrom('app.auditLog')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
const record = async (
  code: string,
  routeId: string,
  months: RouteMonthInput[],
  options: { operatorId?: string; roles?: ('editor' | 'coordinator' | 'admin')[] } = {},
) =>
  stack.graphql(
    RecordRouteStatisticsDocument,
    { input: { operatorId: options.operatorId ?? operatorOf(code), routeId, months } },
    { token: await stack.token(code, options.roles) },
  )

describe('recordRouteStatistics', () => {
  it("records a fiscal year of a town's route in one batch, audited, and reports it back month by month", async () => {
    const months = fiscalYearInput(2025)
    const auditBefore = await auditCount()
    const { body } = await record(TSUKIGATA, `${TSUKIGATA}-R1`, months)
    expect(body.errors).toBeUndefined()
    const rows = body.data?.recordRouteStatistics ?? []
    expect(rows.map((row) => row.month)).toEqual(months.map((m) => m.month))
    expect(rows[0]).toMatchObject({
      routeId: `${TSUKIGATA}-R1`,
      boardings: 1000,
      vehicleKm: 2000.5,
      isSample: false,
      initiative: { id: 'transit-2' },
    })
    expect(rows[0]?.averageLoad).toBeCloseTo(3100.25 / 2000.5, 10)
    expect(rows[0]?.fareboxRatio).toBeCloseTo(180_000 / 900_000, 10)
    expect(await auditCount()).toBe(auditBefore + 1)
    const audit = await stack.database.admin
      .selectFrom('app.auditLog')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit).toMatchObject({
      operation: 'record-statistics',
      entity: 'RouteMonthStatistics',
      ownerMunicipalityCode: TSUKIGATA,
      before: null,
    })
    expect(audit.after).toHaveLength(12)

    const ridership = await stack.graphql(RouteRidershipDocument, {
      operatorId: operatorOf(TSUKIGATA),
      routeId: `${TSUKIGATA}-R1`,
      from: '2025-06',
      to: '2025-08',
    })
    expect(ridership.body.data?.routeRidership.map((row) => [row.month, row.boardings])).toEqual([
      ['2025-06', 1074],
      ['2025-07', 1111],
      ['2025-08', 1148],
    ])
  })

  it('computes fiscal-year performance in SQL that matches the sums of the inputs (April to March)', async () => {
    const months = fiscalYearInput(2025)
    const { body } = await stack.graphql(RoutePerformanceDocument, {
      operatorId: operatorOf(TSUKIGATA),
      fiscalYear: 2025,
    })
    expect(body.errors).toBeUndefined()
    const [performance] = body.data?.routePerformance ?? []
    const total = (
      field: 'boardings' | 'vehicleKm' | 'passengerKm' | 'fareRevenueYen' | 'operatingCostYen' | 'alightings',
    ) => sum(months.map((m) => m[field] ?? 0))
    expect(performance).toMatchObject({
      routeId: `${TSUKIGATA}-R1`,
      routeName: '月形町循環線（サンプル）',
      fiscalYear: 2025,
      monthsReported: 12,
      boardings: total('boardings'),
      alightings: total('alightings'),
      fareRevenueYen: total('fareRevenueYen'),
      operatingCostYen: total('operatingCostYen'),
      initiative: { id: 'transit-2', text: '地域公共交通の利用促進に関する取組' },
    })
    expect(performance?.vehicleKm).toBeCloseTo(total('vehicleKm'), 6)
    expect(performance?.passengerKm).toBeCloseTo(total('passengerKm'), 6)
    // 平均乗車密度 and 収支率 are ratios of the year's sums, not averages of monthly ratios.
    expect(performance?.averageLoad).toBeCloseTo(total('passengerKm') / total('vehicleKm'), 10)
    expect(performance?.fareboxRatio).toBeCloseTo(total('fareRevenueYen') / total('operatingCostYen'), 10)
    // The sample year (2024) and this one do not mix.
    const sample = await stack.graphql(RoutePerformanceDocument, {
      operatorId: operatorOf(TSUKIGATA),
      fiscalYear: 2024,
    })
    expect(sample.body.data?.routePerformance[0]?.monthsReported).toBe(12)
    expect(sample.body.data?.routePerformance[0]?.boardings).not.toBe(total('boardings'))
  })

  it('upserts a batch: months already reported are replaced, new months added, in one statement', async () => {
    const before = await statisticsRows(operatorOf(TSUKIGATA))
    stack.statements.reset()
    const { body } = await record(TSUKIGATA, `${TSUKIGATA}-R1`, [
      { month: '2025-04', boardings: 1, vehicleKm: 10, passengerKm: 5 },
      { month: '2026-04', boardings: 2 },
    ])
    expect(body.errors).toBeUndefined()
    expect(
      stack.statements
        .list('transit')
        .filter((statement) => /^insert into "transit"."route_statistics"/.test(statement)),
    ).toHaveLength(1)
    const after = await statisticsRows(operatorOf(TSUKIGATA))
    expect(after).toHaveLength(before.length + 1)
    expect(after.find((row) => row.month === '2025-04-01')).toMatchObject({
      boardings: 1,
      alightings: null,
      fareRevenueYen: null,
      operatingCostYen: null,
    })
    const audit = await stack.database.admin
      .selectFrom('app.auditLog')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit.before).toEqual([expect.objectContaining({ month: '2025-04-01', boardings: 1000 })])
  })

  it('answers null where the inputs are missing: a month without alightings, vehicle km or a cost of 0', async () => {
    // 2025-04 now lacks alightings, revenue and cost (previous test): the year's totals of those are unknown.
    const { body } = await stack.graphql(RoutePerformanceDocument, {
      operatorId: operatorOf(TSUKIGATA),
      fiscalYear: 2025,
    })
    const [performance] = body.data?.routePerformance ?? []
    expect(performance).toMatchObject({
      monthsReported: 12,
      alightings: null,
      fareRevenueYen: null,
      operatingCostYen: null,
      fareboxRatio: null,
    })
    expect(performance?.averageLoad).not.toBeNull()

    await record(TSUKIGATA, `${TSUKIGATA}-R1`, [
      { month: '2022-04', boardings: 10, vehicleKm: 0, passengerKm: 0, fareRevenueYen: 100, operatingCostYen: 0 },
      { month: '2023-01', boardings: 5, passengerKm: 20, fareRevenueYen: 100, operatingCostYen: 200 },
    ])
    const zero = await stack.graphql(RoutePerformanceDocument, { operatorId: operatorOf(TSUKIGATA), fiscalYear: 2022 })
    expect(zero.body.data?.routePerformance[0]).toMatchObject({
      monthsReported: 2,
      boardings: 15,
      vehicleKm: null,
      passengerKm: 20,
      averageLoad: null,
      fareRevenueYen: 200,
      operatingCostYen: 200,
      fareboxRatio: 1,
    })
    const monthly = await stack.graphql(RouteRidershipDocument, {
      operatorId: operatorOf(TSUKIGATA),
      routeId: `${TSUKIGATA}-R1`,
      from: '2022-04',
      to: '2022-04',
    })
    expect(monthly.body.data?.routeRidership).toHaveLength(1)
    const empty = await stack.graphql(RoutePerformanceDocument, { operatorId: operatorOf(TSUKIGATA), fiscalYear: 2010 })
    expect(empty.body.data?.routePerformance).toEqual([])
  })

  it('reports every invalid month by its path and writes nothing', async () => {
    const before = { rows: (await statisticsRows(operatorOf(TSUKIGATA))).length, audit: await auditCount() }
    const months = fiscalYearInput(2027)
    months[1] = { month: '2027-05', boardings: -1 }
    months[2] = { month: '2027-13', boardings: 3 }
    months[3] = { month: '2027-07', boardings: 3, vehicleKm: -0.5, fareRevenueYen: -1 }
    const { body } = await record(TSUKIGATA, `${TSUKIGATA}-R1`, months)
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    expect(body.errors?.[0]?.extensions?.['field']).toBe('input.months[1].boardings')
    const message = body.errors?.[0]?.message ?? ''
    for (const field of [
      'input.months[1].boardings',
      'input.months[2].month',
      'input.months[3].vehicleKm',
      'input.months[3].fareRevenueYen',
    ]) {
      expect(message).toContain(field)
    }
    // A month reported twice in one batch is ambiguous (and one upsert cannot touch a row twice).
    const repeated = await record(TSUKIGATA, `${TSUKIGATA}-R1`, [
      ...fiscalYearInput(2027),
      { month: '2027-04', boardings: 3 },
    ])
    expect(repeated.body.errors?.[0]?.extensions?.['field']).toBe('input.months[12].month')
    const empty = await record(TSUKIGATA, `${TSUKIGATA}-R1`, [])
    expect(empty.body.errors?.[0]?.extensions?.['field']).toBe('input.months')
    expect({ rows: (await statisticsRows(operatorOf(TSUKIGATA))).length, audit: await auditCount() }).toEqual(before)
  })

  it("rejects a route that is not in the operator's active feed, naming input.routeId", async () => {
    const before = (await statisticsRows(operatorOf(TSUKIGATA))).length
    for (const routeId of ['NO-SUCH-ROUTE', 'TR-1', `${KURIYAMA}-R1`]) {
      const { body } = await record(TSUKIGATA, routeId, [{ month: '2025-05', boardings: 1 }])
      expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
      expect(body.errors?.[0]?.extensions?.['field']).toBe('input.routeId')
    }
    expect((await statisticsRows(operatorOf(TSUKIGATA))).length).toBe(before)
  })

  it("refuses an editor writing another town's route with FORBIDDEN and leaves its figures unchanged", async () => {
    const before = await statisticsRows(operatorOf(KURIYAMA))
    const { body } = await record(TSUKIGATA, `${KURIYAMA}-R1`, [{ month: '2024-04', boardings: 0 }], {
      operatorId: operatorOf(KURIYAMA),
    })
    expect(errorCodes(body)).toEqual(['FORBIDDEN'])
    expect(await statisticsRows(operatorOf(KURIYAMA))).toEqual(before)
  })

  it('refuses anonymous callers with UNAUTHENTICATED and unknown operators with NOT_FOUND', async () => {
    const anonymous = await stack.graphql(RecordRouteStatisticsDocument, {
      input: {
        operatorId: operatorOf(TSUKIGATA),
        routeId: `${TSUKIGATA}-R1`,
        months: [{ month: '2025-05', boardings: 1 }],
      },
    })
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED'])
    const unknown = await record(TSUKIGATA, `${TSUKIGATA}-R1`, [{ month: '2025-05', boardings: 1 }], {
      operatorId: '00000000-0000-4000-8000-000000000000',
    })
    expect(errorCodes(unknown.body)).toEqual(['NOT_FOUND'])
  })

  it("keeps the region-wide operator's routes to the coordinator", async () => {
    const before = await statisticsRows(REGIONAL)
    const month = [{ month: '2025-04', boardings: 10_500 }]
    for (const [code, roles] of [
      [IWAMIZAWA, ['editor']],
      [TSUKIGATA, ['coordinator']],
    ] as const) {
      const { body } = await record(code, 'TR-1', month, { operatorId: REGIONAL, roles: [...roles] })
      expect(errorCodes(body)).toEqual(['FORBIDDEN'])
    }
    expect(await statisticsRows(REGIONAL)).toEqual(before)
    const { body } = await record(IWAMIZAWA, 'TR-1', month, { operatorId: REGIONAL, roles: ['coordinator'] })
    expect(body.errors).toBeUndefined()
    expect(body.data?.recordRouteStatistics[0]).toMatchObject({
      month: '2025-04',
      boardings: 10_500,
      operator: { id: REGIONAL },
    })
    const row = (await statisticsRows(REGIONAL)).find((r) => r.month === '2025-04-01')
    expect(row).toMatchObject({ municipalityCode: null, boardings: 10_500 })
  })
})

describe('Operator.routePerformance', () => {
  it('answers for every operator of the region with one statement, however many operators there are', async () => {
    stack.statements.reset()
    const { body } = await stack.graphql(RegionRoutePerformanceDocument, { fiscalYear: 2024 })
    expect(body.errors).toBeUndefined()
    const operators = (body.data?.municipalities ?? []).flatMap((town) => town.transitOperators.nodes)
    expect(operators).toHaveLength(PARTY_CODES.length)
    for (const operator of operators) {
      expect(operator.routePerformance).toHaveLength(1)
      expect(operator.routePerformance[0]).toMatchObject({ monthsReported: 12 })
      expect(operator.routePerformance[0]?.fareboxRatio).toBeGreaterThan(0)
    }
    const statements = stack.statements.list('transit')
    expect(statements.filter((statement) => statement.includes('"route_statistics"'))).toHaveLength(1)
    // The operators of every town (one statement) and their performance (one statement).
    expect(statements).toHaveLength(2)
  })

  it('rejects an implausible fiscal year', async () => {
    const { body } = await stack.graphql(RoutePerformanceDocument, {
      operatorId: operatorOf(TSUKIGATA),
      fiscalYear: 25,
    })
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
  })
})

describe('route statistics under row-level security alone', () => {
  /** Inserts directly as the transit login role with the session of an editor of `municipality`. */
  async function insertAs(municipality: string, operatorCode: string, ownerCode: string) {
    try {
      await transitRole.transaction().execute(async (trx) => {
        await sql`select set_config('app.municipality_code', ${municipality}, true),
          set_config('app.role', 'editor', true)`.execute(trx)
        await sql`insert into transit.route_statistics (operator_id, municipality_code, route_id, month, boardings)
                  values (${operatorOf(operatorCode)}, ${ownerCode}, ${`${operatorCode}-R1`}, '2019-04-01', 1)`.execute(
          trx,
        )
      })
      return 'ok'
    } catch (error) {
      return (error as { code?: string }).code ?? String(error)
    }
  }

  it("refuses a cross-town insert, even one relabelled with the writer's own code; allows the owner's", async () => {
    expect(await insertAs(TSUKIGATA, KURIYAMA, KURIYAMA)).toBe('42501')
    expect(await insertAs(TSUKIGATA, KURIYAMA, TSUKIGATA)).toBe('42501')
    expect(await insertAs(KURIYAMA, KURIYAMA, KURIYAMA)).toBe('ok')
  })
})
