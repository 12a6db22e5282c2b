import type { Insertable, Transaction } from 'kysely'
import type { TransitRouteStatistics } from '../../../codegen/db.js'
import type { DB } from '../../../lib/db/database.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { sampleUuid, seededRandom } from '../../../lib/sample/deterministic.js'

/** The fiscal year the sample covers: 令和6年度, April 2024 – March 2025, complete. */
export const SAMPLE_STATISTICS_FISCAL_YEAR = 2024

/** Months of the sample fiscal year as first days, April first. */
const fiscalMonths = (fiscalYear: number) =>
  Array.from({ length: 12 }, (_, i) => {
    const month = ((i + 3) % 12) + 1
    const year = month >= 4 ? fiscalYear : fiscalYear + 1
    return `${year}-${String(month).padStart(2, '0')}-01`
  })

/** Winter (Dec–Feb) buses carry more people in snow country; summer a little fewer. */
const seasonFactor = (monthStart: string) =>
  ({ '12': 1.2, '01': 1.3, '02': 1.25, '07': 0.9, '08': 0.9 })[monthStart.slice(5, 7)] ?? 1

interface RouteProfile {
  operatorId: string
  municipalityCode: string | null
  routeId: string
  boardings: [number, number]
  vehicleKm: number
  tripKm: number
  fareYen: number
  costPerKmYen: number
  /** Small community buses often count boardings only. */
  countsAlightings: boolean
}

function monthsOf(route: RouteProfile): Insertable<TransitRouteStatistics>[] {
  const random = seededRandom(`route-statistics:${route.operatorId}:${route.routeId}`)
  return fiscalMonths(SAMPLE_STATISTICS_FISCAL_YEAR).map((month) => {
    const boardings = Math.round(random.int(...route.boardings) * seasonFactor(month))
    const vehicleKm = Number((route.vehicleKm * (0.95 + random.next() * 0.1)).toFixed(1))
    return {
      operatorId: route.operatorId,
      municipalityCode: route.municipalityCode,
      routeId: route.routeId,
      month,
      boardings,
      alightings: route.countsAlightings ? boardings - random.int(0, 5) : null,
      vehicleKm,
      passengerKm: Number((boardings * route.tripKm * (0.8 + random.next() * 0.4)).toFixed(1)),
      fareRevenueYen: Math.round(boardings * route.fareYen * (0.85 + random.next() * 0.1)),
      operatingCostYen: Math.round(vehicleKm * route.costPerKmYen),
      isSample: true,
    }
  })
}

/** Twelve months of figures for every sample route (each town's loop and the regional trunk line). */
export async function seedSampleRouteStatistics(trx: Transaction<DB>) {
  const routes: RouteProfile[] = [
    ...PARTY_CODES.map((code, i) => ({
      operatorId: sampleUuid(`operator:${code}`),
      municipalityCode: code,
      routeId: `${code}-R1`,
      boardings: [900 + i * 100, 1600 + i * 120] as [number, number],
      vehicleKm: 2400,
      tripKm: 3.2,
      fareYen: 200,
      costPerKmYen: 420,
      countsAlightings: i % 3 !== 2,
    })),
    {
      operatorId: sampleUuid('operator:regional'),
      municipalityCode: null,
      routeId: 'TR-1',
      boardings: [9000, 12000],
      vehicleKm: 16500,
      tripKm: 21,
      fareYen: 640,
      costPerKmYen: 560,
      countsAlightings: true,
    },
  ]
  await trx.insertInto('transit.routeStatistics').values(routes.flatMap(monthsOf)).execute()
}
