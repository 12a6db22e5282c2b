import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import { sampleUuid } from '../../../lib/sample/deterministic.js'
import { SERVICE_PERIOD, sampleServices } from './sample-calendar.js'
import { communityBusFeed, partyOffices, type SampleFeed, type TownOffice } from './sample-network.js'
import { trunkFeed } from './sample-trunk.js'

export type { TownOffice } from './sample-network.js'

/** The files a sample feed keeps row by row (as an import would): fares, translations, agency_jp. */
function keptFiles(feed: SampleFeed): { file: string; header: string[]; rows: Record<string, string>[] }[] {
  const translations = [
    { table: 'agency', field: 'agency_name', id: feed.agency.agencyId, named: feed.agency },
    ...feed.stops.map((stop) => ({ table: 'stops', field: 'stop_name', id: stop.stopId, named: stop })),
    ...feed.routes.map((route) => ({ table: 'routes', field: 'route_long_name', id: route.routeId, named: route })),
  ].flatMap(({ table, field, id, named }) =>
    (['ja-Hrkt', 'en'] as const).map((language) => ({
      table_name: table,
      field_name: field,
      language,
      translation: language === 'en' ? named.en : named.kana,
      record_id: id,
    })),
  )
  return [
    {
      file: 'agency_jp.txt',
      header: ['agency_id', 'agency_official_name'],
      rows: [{ agency_id: feed.agency.agencyId, agency_official_name: feed.agency.name }],
    },
    {
      file: 'fare_attributes.txt',
      header: ['fare_id', 'price', 'currency_type', 'payment_method', 'transfers'],
      rows: feed.fares.map((fare) => ({
        fare_id: fare.fareId,
        price: String(fare.price),
        currency_type: 'JPY',
        payment_method: '0',
        transfers: '0',
      })),
    },
    {
      file: 'fare_rules.txt',
      header: ['fare_id', 'route_id', 'origin_id', 'destination_id'],
      rows: feed.fares.flatMap((fare) =>
        fare.rules.map((rule) => ({
          fare_id: fare.fareId,
          route_id: rule.routeId,
          origin_id: rule.origin ?? '',
          destination_id: rule.destination ?? '',
        })),
      ),
    },
    {
      file: 'translations.txt',
      header: ['table_name', 'field_name', 'language', 'translation', 'record_id'],
      rows: translations,
    },
  ]
}

/** agency.txt and feed_info.txt of a sample feed. */
async function insertAgency(trx: Transaction<DB>, versionId: string, feed: SampleFeed) {
  await trx
    .insertInto('transit.gtfsAgency')
    .values({
      feedVersionId: versionId,
      agencyId: feed.agency.agencyId,
      agencyName: feed.agency.name,
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
      feedPublisherName: feed.agency.name,
      feedPublisherUrl: 'https://example.org/sample/',
      feedLang: 'ja',
      feedStartDate: SERVICE_PERIOD.start,
      feedEndDate: SERVICE_PERIOD.end,
      feedVersion: 'sample',
    })
    .execute()
}

async function insertNetwork(trx: Transaction<DB>, versionId: string, feed: SampleFeed) {
  const services = sampleServices().filter((service) => feed.trips.some((trip) => trip.serviceId === service.serviceId))
  await insertAgency(trx, versionId, feed)
  await trx
    .insertInto('transit.gtfsStop')
    .values(
      feed.stops.map((stop) => ({
        feedVersionId: versionId,
        stopId: stop.stopId,
        stopName: stop.name,
        stopLat: stop.latitude,
        stopLon: stop.longitude,
        zoneId: stop.zoneId,
      })),
    )
    .execute()
  await trx
    .insertInto('transit.gtfsRoute')
    .values(
      feed.routes.map((route) => ({
        feedVersionId: versionId,
        routeId: route.routeId,
        agencyId: feed.agency.agencyId,
        routeShortName: route.shortName,
        routeLongName: route.name,
        routeType: 3,
      })),
    )
    .execute()
  await trx
    .insertInto('transit.gtfsCalendar')
    .values(
      services.map((service) => ({
        feedVersionId: versionId,
        serviceId: service.serviceId,
        weekdays: service.weekdays,
        startDate: SERVICE_PERIOD.start,
        endDate: SERVICE_PERIOD.end,
      })),
    )
    .execute()
  const exceptions = services.flatMap((service) =>
    service.exceptions.map((exception) => ({ feedVersionId: versionId, serviceId: service.serviceId, ...exception })),
  )
  if (exceptions.length > 0) await trx.insertInto('transit.gtfsCalendarDate').values(exceptions).execute()
  return { services: services.length, exceptions: exceptions.length }
}

async function insertTrips(trx: Transaction<DB>, versionId: string, feed: SampleFeed) {
  await trx
    .insertInto('transit.gtfsTrip')
    .values(
      feed.trips.map((trip) => ({
        feedVersionId: versionId,
        tripId: trip.tripId,
        routeId: trip.routeId,
        serviceId: trip.serviceId,
        tripHeadsign: trip.headsign,
        directionId: trip.directionId,
      })),
    )
    .execute()
  const calls = feed.trips.flatMap((trip) =>
    trip.calls.map((call, i) => ({
      feedVersionId: versionId,
      tripId: trip.tripId,
      stopSequence: i + 1,
      stopId: call.stopId,
      arrivalSeconds: call.minutes * 60,
      departureSeconds: call.minutes * 60,
    })),
  )
  // transit.gtfs_stop_time has a partition per feed version (migration 0124): the version's comes first.
  await sql`select transit.add_stop_time_partition(${versionId})`.execute(trx)
  await trx.insertInto('transit.gtfsStopTime').values(calls).execute()
  return calls.length
}

/** One sample feed as an import would leave it: tables, kept files, file records, row counts. */
async function insertSampleFeed(trx: Transaction<DB>, feed: SampleFeed) {
  const versionId = sampleUuid(`feed:${feed.operatorId}`)
  await trx
    .insertInto('transit.feedVersion')
    .values({
      id: versionId,
      operatorId: feed.operatorId,
      municipalityCode: feed.municipalityCode,
      status: 'ACTIVE',
      fileName: 'sample-feed.zip',
      importedBy: 'sample',
      isSample: true,
    })
    .execute()
  const network = await insertNetwork(trx, versionId, feed)
  const stopTimes = await insertTrips(trx, versionId, feed)
  const kept = keptFiles(feed)
  const keptRows = kept.flatMap(({ file, rows }) =>
    rows.map((record, i) => ({
      feedVersionId: versionId,
      fileName: file,
      line: i + 2,
      record: JSON.stringify(record),
    })),
  )
  await trx.insertInto('transit.gtfsFileRow').values(keptRows).execute()
  await trx
    .insertInto('transit.gtfsFile')
    .values(
      kept.map(({ file, header, rows }) => ({
        feedVersionId: versionId,
        fileName: file,
        header,
        rowCount: rows.length,
      })),
    )
    .execute()
  const rowCounts = [
    { file: 'agency.txt', rows: 1 },
    { file: 'stops.txt', rows: feed.stops.length },
    { file: 'routes.txt', rows: feed.routes.length },
    { file: 'trips.txt', rows: feed.trips.length },
    { file: 'stop_times.txt', rows: stopTimes },
    { file: 'calendar.txt', rows: network.services },
    { file: 'calendar_dates.txt', rows: network.exceptions },
    { file: 'feed_info.txt', rows: 1 },
    ...kept.map(({ file, rows }) => ({ file, rows: rows.length })),
  ]
  await trx
    .updateTable('transit.feedVersion')
    .set({ rowCounts: JSON.stringify(rowCounts) })
    .where('id', '=', versionId)
    .execute()
}

/**
 * Sample GTFS-JP data already loaded as ACTIVE feed versions (marked sample), so departures and
 * connections answer out of the box and the merged regional feed is complete (fares, readings and
 * English names included); a town's own feed import supersedes its sample.
 */
export async function seedSampleFeeds(trx: Transaction<DB>, offices: readonly TownOffice[]) {
  const ordered = partyOffices(offices)
  for (const feed of [...ordered.map(communityBusFeed), trunkFeed(ordered)]) await insertSampleFeed(trx, feed)
  // Fresh tables have no statistics: the planner would take the journey search's joins for one-row
  // scans and answer in seconds instead of milliseconds until autovacuum got round to them.
  await sql`analyze transit.feed_version, transit.gtfs_stop, transit.gtfs_route, transit.gtfs_trip,
    transit.gtfs_stop_time, transit.gtfs_calendar, transit.gtfs_calendar_date, transit.gtfs_file_row`.execute(trx)
}
