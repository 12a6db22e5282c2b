import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { sampleUuid } from '../../../lib/sample/deterministic.js'

export interface TownOffice {
  code: string
  name: string
  latitude: number
  longitude: number
  /** Reading (e.g. つきがたちょう), English name and CITY/TOWN, for the feeds' translations. */
  nameKana?: string
  nameEn?: string
  kind?: string
}

/** A name with its reading (ja-Hrkt) and English, as the feeds' translations carry them. */
export interface Named {
  name: string
  kana: string
  en: string
}
export interface SampleStop extends Named {
  stopId: string
  latitude: number
  longitude: number
  zoneId: string | null
}
export interface SampleTrip {
  tripId: string
  routeId: string
  serviceId: 'WEEKDAY' | 'HOLIDAY'
  directionId: 0 | 1
  headsign: string
  calls: { stopId: string; minutes: number }[]
}
export interface SampleFeed {
  operatorId: string
  municipalityCode: string | null
  agency: Named & { agencyId: string }
  stops: SampleStop[]
  routes: (Named & { routeId: string; shortName: string })[]
  trips: SampleTrip[]
  /** fare_attributes rows (JPY, paid on board) and the fare_rules that select them. */
  fares: {
    fareId: string
    price: number
    rules: { routeId: string; origin: string | null; destination: string | null }[]
  }[]
}

/** The town name without 市/町, and its reading: 月形町 → 月形, つきがたちょう → つきがた. */
function baseOf(office: TownOffice) {
  const isCity = office.kind ? office.kind === 'CITY' : office.name.endsWith('市')
  const kanaSuffix = isCity ? 'し' : 'ちょう'
  const kana = office.nameKana ?? ''
  return {
    name: office.name.replace(/[市町]$/, ''),
    kana: kana.endsWith(kanaSuffix) ? kana.slice(0, -kanaSuffix.length) : kana,
    en: office.nameEn ?? office.code,
    isCity,
  }
}

const HOURS = [7, 9, 12, 15, 18]
/** Latitude/longitude offsets of the loop's four stops from the office (roughly 700 m apart). */
const LOOP_OFFSETS = [
  [0, 0],
  [0.006, 0.006],
  [0, 0.012],
  [-0.006, 0.006],
] as const
const LOOP_PLACES = [
  { name: '駅前', kana: 'えきまえ', en: 'Station' },
  { name: '病院前', kana: 'びょういんまえ', en: 'Hospital' },
  { name: '団地前', kana: 'だんちまえ', en: 'Housing Estate' },
]

/** A loop of four stops around the office, five round trips on weekdays, a flat 200-yen fare. */
export function communityBusFeed(office: TownOffice): SampleFeed {
  const base = baseOf(office)
  const stops = LOOP_OFFSETS.map(([dLat, dLon], i) => {
    const place = LOOP_PLACES[i - 1]
    const named = place
      ? { name: `${office.name}${place.name}`, kana: `${base.kana}${place.kana}`, en: `${base.en} ${place.en}` }
      : base.isCity
        ? { name: `${office.name}役所前`, kana: `${base.kana}しやくしょまえ`, en: `${base.en} City Hall` }
        : { name: `${office.name}役場前`, kana: `${base.kana}ちょうやくばまえ`, en: `${base.en} Town Office` }
    return {
      stopId: `${office.code}-S${i + 1}`,
      ...named,
      latitude: Number((office.latitude + dLat).toFixed(6)),
      longitude: Number((office.longitude + dLon).toFixed(6)),
      zoneId: null,
    }
  })
  const routeId = `${office.code}-R1`
  return {
    operatorId: sampleUuid(`operator:${office.code}`),
    municipalityCode: office.code,
    agency: {
      agencyId: '1',
      name: `${office.name}コミュニティバス（サンプル）`,
      kana: `${office.nameKana ?? ''}こみゅにてぃばす`,
      en: `${base.en} Community Bus (sample)`,
    },
    stops,
    routes: [
      {
        routeId,
        shortName: '1',
        name: `${office.name}循環線（サンプル）`,
        kana: `${base.kana}じゅんかんせん`,
        en: `${base.en} Loop (sample)`,
      },
    ],
    trips: HOURS.map((hour) => ({
      tripId: `${office.code}-T${hour}`,
      routeId,
      serviceId: 'WEEKDAY',
      directionId: 0,
      headsign: stops[0]?.name ?? '',
      // Round the loop and back to the office stop.
      calls: [...stops, ...stops.slice(0, 1)].map((stop, i) => ({ stopId: stop.stopId, minutes: hour * 60 + i * 8 })),
    })),
    fares: [{ fareId: 'F200', price: 200, rules: [{ routeId, origin: null, destination: null }] }],
  }
}

export const partyOffices = (offices: readonly TownOffice[]) => {
  const byCode = new Map(offices.map((office) => [office.code, office]))
  return PARTY_CODES.map((code) => byCode.get(code)).filter((office): office is TownOffice => office !== undefined)
}
