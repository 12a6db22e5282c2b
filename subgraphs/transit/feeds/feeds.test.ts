import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImportGtfsFeedFileDocument } from '../../../codegen/operations.js'
import { createDatabase } from '../../../lib/db/database.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { townOperatorId } from '../../../test/support/transit-feed.js'
import { sampleFeedFiles, zipFeed } from '../gtfs/feed-fixtures.js'

const TSUKIGATA = '014303'
const FILE_NAME = 'tsukigata-gtfs.zip'
let stack: TestStack
let operatorId: string
beforeAll(async () => {
  stack = await startTestStack()
  operatorId = await townOperatorId(stack, TSUKIGATA)
})
afterAll(() => stack.stop())

async function importFeed(files: Record<string, string | null>, token: string) {
  const content = (await zipFeed(files)).toString('base64')
  return stack.graphql(ImportGtfsFeedFileDocument, { operatorId, content, fileName: FILE_NAME }, { token })
}
// The operator starts with an ACTIVE sample feed; these helpers look at the versions imported here.
const versions = () =>
  stack.database.admin
    .selectFrom('transit.feedVersion')
    .select(['id', 'status'])
    .where('operatorId', '=', operatorId)
    .where('isSample', '=', false)
    .orderBy('importedAt')
    .execute()
const stopTimeCount = async () =>
  Number(
    (
      await stack.database.admin
        .selectFrom('transit.gtfsStopTime as st')
        .innerJoin('transit.feedVersion as v', 'v.id', 'st.feedVersionId')
        .where('v.isSample', '=', false)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('importGtfsFeed', () => {
  it('loads a valid feed into a new active version, and a second import supersedes it, keeping both', async () => {
    const token = await stack.token(TSUKIGATA)
    const sample = await stack.database.admin
      .selectFrom('transit.feedVersion')
      .select('status')
      .where('operatorId', '=', operatorId)
      .where('isSample', '=', true)
      .executeTakeFirstOrThrow()
    expect(sample.status).toBe('ACTIVE')
    const first = await importFeed(sampleFeedFiles(), token)
    expect(first.body.errors).toBeUndefined()
    expect(first.body.data?.importGtfsFeed).toMatchObject({ status: 'ACTIVE', warningCount: 0 })
    expect(first.body.data?.importGtfsFeed.rowCounts).toContainEqual({ file: 'stop_times.txt', rows: 5 })
    const late = await stack.database.admin
      .selectFrom('transit.gtfsStopTime')
      .select(['arrivalSeconds'])
      .where('feedVersionId', '=', first.body.data?.importGtfsFeed.id ?? '')
      .where('tripId', '=', 'T2')
      .orderBy('stopSequence')
      .execute()
    expect(late.map((row) => row.arrivalSeconds)).toEqual([23 * 3600 + 40 * 60, 24 * 3600 + 30 * 60])

    const second = await importFeed(sampleFeedFiles(), token)
    expect(second.body.data?.importGtfsFeed.status).toBe('ACTIVE')
    expect((await versions()).map((v) => v.status)).toEqual(['SUPERSEDED', 'ACTIVE'])
    const superseded = await stack.database.admin
      .selectFrom('transit.feedVersion')
      .select('status')
      .where('operatorId', '=', operatorId)
      .where('isSample', '=', true)
      .executeTakeFirstOrThrow()
    expect(superseded.status).toBe('SUPERSEDED')
    expect(await stopTimeCount()).toBe(10)
  })

  it('refuses a feed with errors whole, listing file:line problems, and changes nothing', async () => {
    const token = await stack.token(TSUKIGATA)
    const before = { versions: await versions(), stopTimes: await stopTimeCount() }
    const files = { ...sampleFeedFiles(), 'trips.txt': 'route_id,service_id,trip_id\nR9,WD,T1\nR1,WD,T2\n' }
    const { body } = await importFeed(files, token)
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    expect(body.errors?.[0]?.message).toContain('error: trips.txt:2: route_id "R9" is not in routes.txt')
    expect({ versions: await versions(), stopTimes: await stopTimeCount() }).toEqual(before)
  })

  it('keeps the previous version active when loading fails midway', async () => {
    const token = await stack.token(TSUKIGATA)
    const before = { versions: await versions(), stopTimes: await stopTimeCount() }
    // Fault injection: the database refuses times after 24:00, so the COPY of stop_times fails.
    await sql`alter table transit.gtfs_stop_time add constraint test_no_night check (arrival_seconds < 86400) not
      valid`.execute(stack.database.admin)
    try {
      const { body } = await importFeed(sampleFeedFiles(), token)
      expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    } finally {
      await sql`alter table transit.gtfs_stop_time drop constraint test_no_night`.execute(stack.database.admin)
    }
    expect({ versions: await versions(), stopTimes: await stopTimeCount() }).toEqual(before)
  })

  it("refuses another town's editor and anonymous callers, and RLS refuses the rows in SQL", async () => {
    const before = await versions()
    const intruder = await importFeed(sampleFeedFiles(), await stack.token('014290'))
    expect(errorCodes(intruder.body)).toEqual(['FORBIDDEN'])
    const anonymous = await stack.graphql(ImportGtfsFeedFileDocument, {
      operatorId,
      content: 'AA==',
      fileName: FILE_NAME,
    })
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED'])
    expect(await versions()).toEqual(before)

    const active = before.find((v) => v.status === 'ACTIVE')
    const role = createDatabase({ url: stack.database.roleUrls.transit, poolMax: 1 })
    try {
      const attempt = role.transaction().execute(async (trx) => {
        await sql`select set_config('app.municipality_code', '014290', true),
          set_config('app.role', 'editor', true)`.execute(trx)
        await sql`insert into transit.gtfs_stop (feed_version_id, stop_id, stop_name, stop_lat, stop_lon)
          values (${active?.id}, 'X', 'x', 43, 141)`.execute(trx)
      })
      await expect(attempt).rejects.toMatchObject({ code: '42501' })
    } finally {
      await role.destroy()
    }
  })

  it('keeps the active version and the two before it attached; older ones detached, rows kept', async () => {
    const token = await stack.token(TSUKIGATA)
    // A headsign and an unmodelled column that need quoting in the COPY line.
    const files = {
      ...sampleFeedFiles(),
      'stop_times.txt':
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence,stop_headsign,note\n' +
        'T1,07:00:00,07:00:00,S1,1,"岩見沢, ""駅前""",a\nT1,07:05:00,07:06:00,S2,2,,"b,c"\n' +
        'T2,23:40:00,23:40:00,S1,1,,\nT2,24:30:00,24:30:00,S3,2,,\n',
    }
    const imported: string[] = []
    for (let n = 0; n < 3; n++) {
      const { body } = await importFeed(files, token)
      expect(body.errors).toBeUndefined()
      imported.push(body.data?.importGtfsFeed.id ?? '')
    }
    const all = await stack.database.admin
      .selectFrom('transit.feedVersion')
      .select(['id', 'status', 'stopTimesDetachedAt'])
      .select(
        sql<boolean>`exists (select from pg_inherits i where i.inhrelid = to_regclass(transit.stop_time_partition(id))
        and i.inhparent = 'transit.gtfs_stop_time'::regclass)`.as('isAttached'),
      )
      .select(sql<string>`transit.stop_time_partition(id)`.as('table'))
      .where('operatorId', '=', operatorId)
      .orderBy('importedAt')
      .execute()
    // sample, first, second (the first test), then three here: every version is still listed.
    expect(all.map((v) => v.status)).toEqual([
      'SUPERSEDED',
      'SUPERSEDED',
      'SUPERSEDED',
      'SUPERSEDED',
      'SUPERSEDED',
      'ACTIVE',
    ])
    expect(all.map((v) => v.isAttached)).toEqual([false, false, false, true, true, true])
    expect(all.map((v) => v.stopTimesDetachedAt !== null)).toEqual([true, true, true, false, false, false])
    // Detached, not dropped: every version's stop_times are still in its own table.
    for (const version of all) {
      const kept = await sql<{ rows: string }>`select count(*) as rows from ${sql.raw(version.table)}`.execute(
        stack.database.admin,
      )
      expect(Number(kept.rows[0]?.rows)).toBeGreaterThan(0)
    }
    const active = imported.at(-1) ?? ''
    const rows = await stack.database.admin
      .selectFrom('transit.gtfsStopTime')
      .select(['stopHeadsign', 'extra'])
      .where('feedVersionId', '=', active)
      .where('tripId', '=', 'T1')
      .orderBy('stopSequence')
      .execute()
    expect(rows).toEqual([
      { stopHeadsign: '岩見沢, "駅前"', extra: { note: 'a' } },
      { stopHeadsign: null, extra: { note: 'b,c' } },
    ])
  })

  it('keeps every column and file it does not model under its own name, whatever the name', async () => {
    const token = await stack.token(TSUKIGATA)
    // Names an object would lose or move (`__proto__`, an integer-like key) and values that need JSON escapes.
    const files = {
      ...sampleFeedFiles(),
      'stops.txt':
        'stop_id,stop_name,stop_lat,stop_lon,__proto__,10,stop_name_kana\n' +
        'S1,月形町役場前,43.3358,141.6694,p1,ten,"ツキガタ ""ヤクバ"""\nS2,月形駅前,43.3320,141.6650,,,\\\n' +
        'S3,岩見沢駅前,43.2040,141.7590,p3,,イワミザワ\n',
      'office_jp.txt': 'office_id,__proto__,office_name\nO1,x,"月形町役場, 企画課"\n',
    }
    const { body } = await importFeed(files, token)
    expect(body.errors).toBeUndefined()
    const version = body.data?.importGtfsFeed.id ?? ''
    const stops = await stack.database.admin
      .selectFrom('transit.gtfsStop')
      .select(['stopId', sql<string>`extra::text`.as('extraJson')])
      .where('feedVersionId', '=', version)
      .orderBy('stopId')
      .execute()
    // Read as text: the admin connection's camel-case plugin would rename the JSON's keys too.
    expect(stops.map((stop) => ({ stopId: stop.stopId, extra: JSON.parse(stop.extraJson) as unknown }))).toEqual([
      { stopId: 'S1', extra: { ['__proto__']: 'p1', 10: 'ten', stop_name_kana: 'ツキガタ "ヤクバ"' } },
      { stopId: 'S2', extra: { ['__proto__']: '', 10: '', stop_name_kana: '\\' } },
      { stopId: 'S3', extra: { ['__proto__']: 'p3', 10: '', stop_name_kana: 'イワミザワ' } },
    ])
    const kept = await stack.database.admin
      .selectFrom('transit.gtfsFileRow')
      .select(['fileName', 'line', sql<string>`record::text`.as('recordJson')])
      .where('feedVersionId', '=', version)
      .where('fileName', '=', 'office_jp.txt')
      .execute()
    expect(
      kept.map((row) => ({ fileName: row.fileName, line: row.line, record: JSON.parse(row.recordJson) as unknown })),
    ).toEqual([
      {
        fileName: 'office_jp.txt',
        line: 2,
        record: { office_id: 'O1', ['__proto__']: 'x', office_name: '月形町役場, 企画課' },
      },
    ])
  })
})
