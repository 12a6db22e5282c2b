import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { closeDb, getFareAttributes, getTranslations, importGtfs, openDb } from 'gtfs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { csvRows } from '../gtfs/csv-rows.js'
import { legacyFeedFiles, sampleFeedFiles, zipFeed } from '../gtfs/feed-fixtures.js'
import { openZipBuffer } from '../gtfs/zip-archive.js'

/**
 * The merged regional feed carries everything the towns' feeds have (issue #15) and what GTFS-JP
 * 第2版 consumers need (issue #16): checked file by file, by the `gtfs` package (node-gtfs, an
 * independent importer) and by re-importing it.
 */
const TSUKIGATA = '014303'
const MIKASA = '012220'

let stack: TestStack
let dir: string
type Files = Map<string, { header: string[]; rows: Record<string, string>[] }>
let zip: Buffer
let files: Files

async function readZip(bytes: Buffer): Promise<Files> {
  const archive = await openZipBuffer(bytes)
  const result: Files = new Map()
  try {
    for (const name of archive.names) {
      const rows: Record<string, string>[] = []
      for await (const row of csvRows(await archive.open(name), () => {})) rows.push(row.values)
      const header = Object.keys(rows[0] ?? {})
      result.set(name, { header, rows })
    }
  } finally {
    archive.close()
  }
  return result
}

async function operatorOf(code: string | null) {
  const query = stack.database.admin.selectFrom('transit.operator').select('id')
  const row = await (
    code ? query.where('municipalityCode', '=', code) : query.where('municipalityCode', 'is', null)
  ).executeTakeFirstOrThrow()
  return row.id
}

async function put(operatorId: string, body: Buffer, code: string, roles: ('editor' | 'coordinator')[] = ['editor']) {
  const response = await fetch(new URL(`/transit/feeds/${operatorId}?fileName=feed.zip`, stack.services.gatewayUrl), {
    method: 'PUT',
    headers: { 'content-type': 'application/zip', authorization: `Bearer ${await stack.token(code, roles)}` },
    body,
  })
  return {
    status: response.status,
    body: (await response.json()) as { id: string; rowCounts: { file: string; rows: number }[] },
  }
}

const download = async () =>
  Buffer.from(await (await fetch(new URL('/transit/feeds/regional.zip', stack.services.gatewayUrl))).arrayBuffer())

beforeAll(async () => {
  stack = await startTestStack()
  dir = await mkdtemp(join(tmpdir(), 'regional-complete-'))
  // 月形町: a 第3版 feed with columns and files the importer does not model.
  const tsukigata = {
    ...sampleFeedFiles(),
    'trips.txt':
      'route_id,service_id,trip_id,trip_headsign,direction_id,shape_id,jp_office_id,jp_pattern_id,jp_trip_desc\n' +
      'R1,WD,T1,岩見沢駅前,0,SH1,O1,P1,月形駅経由\nR1,WD,T2,岩見沢駅前,0,SH1,O1,P1,\n',
    'frequencies.txt': 'trip_id,start_time,end_time,headway_secs,exact_times\nT1,07:00:00,09:00:00,3600,1\n',
    'transfers.txt': 'from_stop_id,to_stop_id,transfer_type,min_transfer_time\nS2,S3,2,300\n',
    'bus_stop_poles.txt': 'stop_id,pole_type\nS1,屋根付き\nS2,標柱のみ\n',
  }
  expect((await put(await operatorOf(TSUKIGATA), await zipFeed(tsukigata), TSUKIGATA)).status).toBe(201)
  // 三笠市: a 第2版 feed (routes_jp, translations as trans_id,lang,translation).
  expect((await put(await operatorOf(MIKASA), await zipFeed(legacyFeedFiles()), MIKASA)).status).toBe(201)
  zip = await download()
  files = await readZip(zip)
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('the merged regional feed keeps every file of every source (issue #15)', () => {
  it('has every GTFS-JP file any source has, none of them header-only', () => {
    for (const name of [
      'agency.txt',
      'agency_jp.txt',
      'stops.txt',
      'routes.txt',
      'routes_jp.txt',
      'trips.txt',
      'office_jp.txt',
      'pattern_jp.txt',
      'stop_times.txt',
      'calendar.txt',
      'calendar_dates.txt',
      'fare_attributes.txt',
      'fare_rules.txt',
      'shapes.txt',
      'frequencies.txt',
      'transfers.txt',
      'feed_info.txt',
      'translations.txt',
      'bus_stop_poles.txt',
    ])
      expect({ name, rows: (files.get(name)?.rows.length ?? 0) > 0 }).toEqual({ name, rows: true })
  })

  it('re-exports columns the tables do not model, ids prefixed like the records they name', () => {
    const trip = files
      .get('trips.txt')
      ?.rows.find((row) => row['trip_id']?.startsWith(`${TSUKIGATA}-`) && row['jp_trip_desc'])
    expect(trip).toMatchObject({ jp_trip_desc: '月形駅経由' })
    expect(trip?.['jp_office_id']).toMatch(/^014303-[0-9a-f]{8}:O1$/)
    const offices = files.get('office_jp.txt')?.rows.map((row) => row['office_id'])
    expect(offices).toContain(trip?.['jp_office_id'])
    expect(files.get('stop_times.txt')?.header).toContain('timepoint')
    expect(files.get('bus_stop_poles.txt')?.rows).toEqual([
      expect.objectContaining({ pole_type: '屋根付き' }),
      expect.objectContaining({ pole_type: '標柱のみ' }),
    ])
  })

  it('carries as many rows of each kept file as the active sources hold', async () => {
    const kept = await stack.database.admin
      .selectFrom('transit.gtfsFileRow as r')
      .innerJoin('transit.feedVersion as v', 'v.id', 'r.feedVersionId')
      .where('v.status', '=', 'ACTIVE')
      .where('r.fileName', '!=', 'translations.txt')
      .select(['r.fileName', (eb) => eb.fn.countAll<string>().as('rows')])
      .groupBy('r.fileName')
      .execute()
    for (const { fileName, rows } of kept)
      expect({ fileName, rows: files.get(fileName)?.rows.length }).toEqual({ fileName, rows: Number(rows) })
  })

  it('re-imports with every file, fares and translations intact: a row-count diff of 0 per file', async () => {
    const { status, body } = await put(await operatorOf(null), zip, '012106', ['coordinator'])
    expect(status).toBe(201)
    const counts = Object.fromEntries(body.rowCounts.map((count) => [count.file, count.rows]))
    const diff = [...files.entries()]
      .map(([name, file]) => ({ name, merged: file.rows.length, reimported: counts[name] ?? 0 }))
      .filter((file) => file.merged !== file.reimported)
    expect(diff).toEqual([])
    for (const name of ['fare_attributes.txt', 'fare_rules.txt', 'translations.txt']) {
      const stored = await stack.database.admin
        .selectFrom('transit.gtfsFileRow')
        // As text: the CamelCasePlugin would rename the keys of a jsonb read as an object.
        .select(sql<string>`record::text`.as('record'))
        .where('feedVersionId', '=', body.id)
        .where('fileName', '=', name)
        .orderBy('line')
        .execute()
      expect(stored.map((row) => JSON.parse(row.record) as unknown)).toEqual(files.get(name)?.rows)
    }
  })
})

/** The fields GTFS-JP 第2版 marks 必須 in each file, as its consumers (経路検索事業者) read them. */
const REQUIRED_BY_JP_V2: Record<string, string[]> = {
  'agency.txt': ['agency_id', 'agency_name', 'agency_url', 'agency_timezone', 'agency_lang'],
  'agency_jp.txt': ['agency_id'],
  'stops.txt': ['stop_id', 'stop_name', 'stop_lat', 'stop_lon'],
  'routes.txt': ['route_id', 'agency_id', 'route_type'],
  'routes_jp.txt': ['route_id'],
  'trips.txt': ['route_id', 'service_id', 'trip_id'],
  'office_jp.txt': ['office_id', 'office_name'],
  'stop_times.txt': ['trip_id', 'arrival_time', 'departure_time', 'stop_id', 'stop_sequence'],
  'calendar.txt': [
    'service_id',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'start_date',
    'end_date',
  ],
  'calendar_dates.txt': ['service_id', 'date', 'exception_type'],
  'fare_attributes.txt': ['fare_id', 'price', 'currency_type', 'payment_method'],
  'fare_rules.txt': ['fare_id'],
  'feed_info.txt': [
    'feed_publisher_name',
    'feed_publisher_url',
    'feed_lang',
    'feed_start_date',
    'feed_end_date',
    'feed_version',
  ],
  'translations.txt': ['trans_id', 'lang', 'translation'],
}

describe('GTFS-JP 第2版 consumers (issue #16)', () => {
  it('finds every field 第2版 requires, in every row', () => {
    const missing: string[] = []
    for (const [name, fields] of Object.entries(REQUIRED_BY_JP_V2)) {
      const file = files.get(name)
      if (!file) missing.push(`${name} (file)`)
      for (const field of fields) {
        if (!file?.header.includes(field)) missing.push(`${name}: ${field} (column)`)
        file?.rows.forEach((row, i) => {
          if (!row[field]) missing.push(`${name}:${i + 2}: ${field}`)
        })
      }
    }
    expect(files.get('fare_attributes.txt')?.header).toContain('transfers')
    expect(files.get('routes.txt')?.rows.filter((row) => !row['route_short_name'] && !row['route_long_name'])).toEqual(
      [],
    )
    expect(missing).toEqual([])
  })

  it('has a reading (ja-Hrkt) for every stop name and English for the trunk line, in both translation forms', () => {
    const translations = files.get('translations.txt')?.rows ?? []
    const readings = new Set(translations.filter((row) => row['lang'] === 'ja-Hrkt').map((row) => row['trans_id']))
    const unread = (files.get('stops.txt')?.rows ?? [])
      .map((stop) => stop['stop_name'])
      .filter((name) => !readings.has(name))
    expect(unread).toEqual([])
    expect(
      translations.filter((row) => row['language'] !== row['lang'] || !row['table_name'] || !row['field_name']),
    ).toEqual([])
    expect(translations).toContainEqual(
      expect.objectContaining({
        table_name: 'stops',
        field_name: 'stop_name',
        language: 'en',
        translation: 'Iwamizawa Bus Terminal',
      }),
    )
    // 三笠's 第2版 rows became field_value rows of the tables where their text appears.
    expect(translations).toContainEqual(
      expect.objectContaining({
        table_name: 'office_jp',
        field_name: 'office_name',
        field_value: '月形営業所',
        lang: 'ja-Hrkt',
      }),
    )
  })

  it('imports into the gtfs package (node-gtfs) with no error, fares and translations included', async () => {
    const path = join(dir, 'regional.zip')
    await writeFile(path, zip)
    const config = { agencies: [{ path }], sqlitePath: join(dir, 'gtfs.sqlite'), verbose: false, ignoreErrors: false }
    const log: string[] = []
    await importGtfs({ ...config, logFunction: (message: string) => log.push(message) })
    const db = openDb(config)
    try {
      expect(log.filter((line) => /error|invalid|missing/i.test(line))).toEqual([])
      expect(getFareAttributes({}, [], [], { db })).toHaveLength(files.get('fare_attributes.txt')?.rows.length ?? -1)
      expect(getTranslations({}, [], [], { db })).toHaveLength(files.get('translations.txt')?.rows.length ?? -1)
    } finally {
      closeDb(db)
    }
  })
})
