import { sampleUuid } from '../../../lib/sample/deterministic.js'
import type { SampleFeed, SampleStop, SampleTrip, TownOffice } from './sample-network.js'

const IWAMIZAWA = '012106'
/**
 * The region-wide sample trunk: two lines meeting at 岩見沢 (the region's hub, as 北海道中央バス's
 * 岩見沢ターミナル is): 北線 月形–美唄–三笠–岩見沢 and 南線 岩見沢–南幌–長沼–由仁–栗山–夕張. Every pair
 * of the nine towns is one ride, or two with a change at 岩見沢.
 */
const LINES = [
  {
    routeId: 'TR-1',
    shortName: '北線',
    kana: 'きたせん',
    en: 'North Line',
    towns: ['014303', '012157', '012220', IWAMIZAWA],
  },
  {
    routeId: 'TR-2',
    shortName: '南線',
    kana: 'みなみせん',
    en: 'South Line',
    towns: [IWAMIZAWA, '014231', '014281', '014273', '014290', '012092'],
  },
]
/** 平日: hourly 06:00–21:00 from each end, and a late bus past midnight; 土休日: every two hours 07:00–19:00. */
const WEEKDAY_DEPARTURES = [...Array.from({ length: 16 }, (_, i) => (6 + i) * 60), 23 * 60 + 30]
const HOLIDAY_DEPARTURES = [7, 9, 11, 13, 15, 17, 19].map((hour) => hour * 60)
/** A rural bus: 30 km/h between stops plus a minute or two at each. */
const MINUTES_PER_KM = 2

function trunkStop(office: TownOffice): SampleStop {
  const base = office.name.replace(/[市町]$/, '')
  const kana = (office.nameKana ?? '').replace(/(し|ちょう)$/, '')
  const en = office.nameEn ?? office.code
  const named =
    office.code === IWAMIZAWA
      ? { name: '岩見沢バスターミナル', kana: 'いわみざわばすたーみなる', en: 'Iwamizawa Bus Terminal' }
      : { name: `${base}中央`, kana: `${kana}ちゅうおう`, en: `${en} Chuo` }
  return {
    stopId: `TR-${office.code}`,
    ...named,
    latitude: office.latitude,
    longitude: office.longitude,
    zoneId: `Z${office.code}`,
  }
}

const kmBetween = (a: SampleStop, b: SampleStop) =>
  6371 *
  Math.hypot(
    ((b.latitude - a.latitude) * Math.PI) / 180,
    ((b.longitude - a.longitude) * Math.PI * Math.cos((a.latitude * Math.PI) / 180)) / 180,
  )

/** Minutes from the line's first stop to each stop. */
function runningMinutes(stops: SampleStop[]): number[] {
  let total = 0
  return stops.map((stop, i) => {
    const previous = stops[i - 1]
    if (previous) total += Math.max(8, Math.round(kmBetween(previous, stop) * MINUTES_PER_KM) + 2)
    return total
  })
}

/** 390 → '0630' (minutes after midnight as HHMM, for trip ids). */
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`

function lineTrips(line: (typeof LINES)[number], stops: SampleStop[]): SampleTrip[] {
  const trips: SampleTrip[] = []
  for (const directionId of [0, 1] as const) {
    const ordered = directionId === 0 ? stops : [...stops].reverse()
    const offsets = runningMinutes(ordered)
    for (const [serviceId, departures] of [
      ['WEEKDAY', WEEKDAY_DEPARTURES],
      ['HOLIDAY', HOLIDAY_DEPARTURES],
    ] as const)
      for (const start of departures)
        trips.push({
          tripId: `${line.routeId}-${serviceId === 'WEEKDAY' ? 'WD' : 'HD'}-${clock(start)}-${directionId}`,
          routeId: line.routeId,
          serviceId,
          directionId,
          headsign: ordered.at(-1)?.name ?? '',
          calls: ordered.map((stop, i) => ({ stopId: stop.stopId, minutes: start + (offsets[i] ?? 0) })),
        })
  }
  return trips
}

/** 200 yen for a ride within a town's zone, then 150 yen more per zone boundary crossed (zones = towns). */
function zoneFares(lines: { routeId: string; stops: SampleStop[] }[]) {
  const fares = new Map<number, { routeId: string; origin: string; destination: string }[]>()
  for (const { routeId, stops } of lines)
    stops.forEach((from, i) => {
      stops.forEach((to, j) => {
        if (i === j || !from.zoneId || !to.zoneId) return
        const price = 200 + 150 * Math.abs(i - j)
        fares.set(price, [...(fares.get(price) ?? []), { routeId, origin: from.zoneId, destination: to.zoneId }])
      })
    })
  return [...fares.entries()].sort(([a], [b]) => a - b).map(([price, rules]) => ({ fareId: `F${price}`, price, rules }))
}

export function trunkFeed(offices: readonly TownOffice[]): SampleFeed {
  const byCode = new Map(offices.map((office) => [office.code, office]))
  const lines = LINES.map((line) => ({
    ...line,
    stops: line.towns.flatMap((code) => {
      const office = byCode.get(code)
      return office ? [trunkStop(office)] : []
    }),
  }))
  const stops = [...new Map(lines.flatMap((line) => line.stops).map((stop) => [stop.stopId, stop])).values()]
  return {
    operatorId: sampleUuid('operator:regional'),
    municipalityCode: null,
    agency: {
      agencyId: '1',
      name: '南空知広域幹線バス（サンプル）',
      kana: 'みなみそらちこういきかんせんばす',
      en: 'Minami-Sorachi Trunk Bus (sample)',
    },
    stops,
    routes: lines.map((line) => ({
      routeId: line.routeId,
      shortName: line.shortName,
      name: `南空知広域幹線 ${line.shortName}（サンプル）`,
      kana: `みなみそらちこういきかんせん ${line.kana}`,
      en: `Minami-Sorachi Trunk ${line.en} (sample)`,
    })),
    trips: lines.flatMap((line) => lineTrips(line, line.stops)),
    fares: zoneFares(lines),
  }
}
