import type { Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { sampleUuid } from '../../../lib/sample/deterministic.js'

export interface TownOffice {
  code: string
  name: string
  latitude: number
  longitude: number
}

interface SampleFeed {
  operatorId: string
  municipalityCode: string | null
  agencyName: string
  stops: { stopId: string; name: string; latitude: number; longitude: number }[]
  route: { routeId: string; shortName: string; longName: string }
  /** Each trip: its id, headsign and the stops it serves with departure minutes after midnight. */
  trips: { tripId: string; headsign: string; calls: { stopId: string; minutes: number }[] }[]
}

const HOURS = [7, 9, 12, 15, 18]
/** Latitude/longitude offsets of the loop's four stops from the office (roughly 700 m apart). */
const LOOP_OFFSETS = [
  [0, 0],
  [0.006, 0.006],
  [0, 0.012],
  [-0.006, 0.006],
] as const

/** A loop of four stops around the office, five round trips on weekdays. */
function communityBusFeed(office: TownOffice): SampleFeed {
  const stops = [0, 1, 2, 3].map((i) => ({
    stopId: `${office.code}-S${i + 1}`,
    name: i === 0 ? `${office.name}役場前` : `${office.name}${['駅前', '病院前', '団地前'][i - 1] ?? ''}`,
    latitude: Number((office.latitude + (LOOP_OFFSETS[i]?.[0] ?? 0)).toFixed(6)),
    longitude: Number((office.longitude + (LOOP_OFFSETS[i]?.[1] ?? 0)).toFixed(6)),
  }))
  return {
    operatorId: sampleUuid(`operator:${office.code}`),
    municipalityCode: office.code,
    agencyName: `${office.name}コミュニティバス（サンプル）`,
    stops,
    route: { routeId: `${office.code}-R1`, shortName: '1', longName: `${office.name}循環線（サンプル）` },
    trips: HOURS.map((hour) => ({
      tripId: `${office.code}-T${hour}`,
      headsign: `${office.name}役場前`,
      // Round the loop and back to the office stop.
      calls: [...stops, ...stops.slice(0, 1)].map((stop, i) => ({ stopId: stop.stopId, minutes: hour * 60 + i * 8 })),
    })),
  }
}

/** The trunk line: every office in the order the parties signed, one direction, the last trip past midnight. */
function trunkFeed(offices: readonly TownOffice[]): SampleFeed {
  const stops = offices.map((office) => ({
    stopId: `TR-${office.code}`,
    name: `${office.name}（幹線）`,
    latitude: office.latitude,
    longitude: office.longitude,
  }))
  return {
    operatorId: sampleUuid('operator:regional'),
    municipalityCode: null,
    agencyName: '南空知広域幹線バス（サンプル）',
    stops,
    route: { routeId: 'TR-1', shortName: '幹線', longName: '南空知広域幹線（サンプル）' },
    trips: [6, 10, 14, 18, 23].map((hour) => ({
      tripId: `TR-${hour}`,
      headsign: stops.at(-1)?.name ?? '',
      calls: stops.map((stop, i) => ({ stopId: stop.stopId, minutes: hour * 60 + 30 + i * 15 })),
    })),
  }
}

/**
 * Sample GTFS data already loaded as ACTIVE feed versions (marked sample), so departures and
 * connections answer out of the box; a town's own feed import supersedes its sample.
 */
export async function seedSampleFeeds(trx: Transaction<DB>, offices: readonly TownOffice[]) {
  const byCode = new Map(offices.map((office) => [office.code, office]))
  const ordered = PARTY_CODES.map((code) => byCode.get(code)).filter(
    (office): office is TownOffice => office !== undefined,
  )
  for (const feed of [...ordered.map(communityBusFeed), trunkFeed(ordered)]) {
    const versionId = sampleUuid(`feed:${feed.operatorId}`)
    await trx
      .insertInto('transit.feedVersion')
      .values({
        id: versionId,
        operatorId: feed.operatorId,
        municipalityCode: feed.municipalityCode,
        status: 'ACTIVE',
        fileName: 'sample-feed.zip',
        rowCounts: JSON.stringify([
          { file: 'stop_times.txt', rows: feed.trips.reduce((n, trip) => n + trip.calls.length, 0) },
        ]),
        importedBy: 'sample',
        isSample: true,
      })
      .execute()
    await trx
      .insertInto('transit.gtfsAgency')
      .values({
        feedVersionId: versionId,
        agencyId: '1',
        agencyName: feed.agencyName,
        agencyUrl: 'https://example.org/sample/',
        agencyTimezone: 'Asia/Tokyo',
        agencyLang: 'ja',
      })
      .execute()
    await trx
      .insertInto('transit.gtfsFeedInfo')
      .values({
        feedVersionId: versionId,
        line: 2,
        feedPublisherName: feed.agencyName,
        feedPublisherUrl: 'https://example.org/sample/',
        feedLang: 'ja',
        feedVersion: 'sample',
      })
      .execute()
    await trx
      .insertInto('transit.gtfsStop')
      .values(
        feed.stops.map((stop) => ({
          feedVersionId: versionId,
          stopId: stop.stopId,
          stopName: stop.name,
          stopLat: stop.latitude,
          stopLon: stop.longitude,
        })),
      )
      .execute()
    await trx
      .insertInto('transit.gtfsRoute')
      .values({
        feedVersionId: versionId,
        routeId: feed.route.routeId,
        agencyId: '1',
        routeShortName: feed.route.shortName,
        routeLongName: feed.route.longName,
        routeType: 3,
      })
      .execute()
    await trx
      .insertInto('transit.gtfsCalendar')
      .values({
        feedVersionId: versionId,
        serviceId: 'WEEKDAY',
        weekdays: [true, true, true, true, true, false, false],
        startDate: '2025-04-01',
        endDate: '2027-03-31',
      })
      .execute()
    await trx
      .insertInto('transit.gtfsTrip')
      .values(
        feed.trips.map((trip) => ({
          feedVersionId: versionId,
          tripId: trip.tripId,
          routeId: feed.route.routeId,
          serviceId: 'WEEKDAY',
          tripHeadsign: trip.headsign,
        })),
      )
      .execute()
    await trx
      .insertInto('transit.gtfsStopTime')
      .values(
        feed.trips.flatMap((trip) =>
          trip.calls.map((call, i) => ({
            feedVersionId: versionId,
            tripId: trip.tripId,
            stopSequence: i + 1,
            stopId: call.stopId,
            arrivalSeconds: call.minutes * 60,
            departureSeconds: call.minutes * 60,
          })),
        ),
      )
      .execute()
  }
}
