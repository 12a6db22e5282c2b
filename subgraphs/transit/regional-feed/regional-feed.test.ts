import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmptyDatabase, migrateScratch } from '../../../test/support/scratch-database.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { csvRows } from '../gtfs/csv-rows.js'
import { validateFeed } from '../gtfs/validate-feed.js'
import { openZipFile } from '../gtfs/zip-archive.js'
import { createGatewayClient } from '../../../gateway/opendata/gateway-client.js'
import { regionalGtfs } from '../../../gateway/opendata/datasets/regional-gtfs.js'
import { writeRegionalFeed } from './regional-feed.js'

let stack: TestStack
let dir: string
beforeAll(async () => {
  stack = await startTestStack()
  dir = await mkdtemp(join(tmpdir(), 'regional-feed-'))
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

async function download() {
  const response = await fetch(new URL('/transit/feeds/regional.zip', stack.services.gatewayUrl))
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/zip')
  return Buffer.from(await response.arrayBuffer())
}

/** The feed's tag as of now, asked for the tag only: answering "no output" builds nothing. */
async function tagOf(db: Parameters<typeof writeRegionalFeed>[0]) {
  let tag = ''
  await writeRegionalFeed(db, (etag) => {
    tag = etag
    return undefined
  })
  return tag
}

/** Builds of the feed waiting for a lock: a build copies the stops, so one waits while a test holds them locked. */
async function waitingBuilds() {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
    where datname = current_database() and usename = 'transit_svc' and wait_event_type = 'Lock'`.execute(
    stack.database.admin,
  )
  return rows[0]?.n ?? 0
}

/** A transit write that changes nothing: a new transit version, whose feed is not built yet. */
const touchTransit = () =>
  sql`update transit.gtfs_stop set stop_name = stop_name
      where (feed_version_id, stop_id) = (select feed_version_id, stop_id from transit.gtfs_stop limit 1)`.execute(
    stack.database.admin,
  )

/** A GET that gives up after a second (a build waiting for a lock the caller holds would never answer). */
const fetchSoon = (url: URL) => fetch(url, { signal: AbortSignal.timeout(1000) }).catch(() => undefined)

/** A transit write away from the stops (so it commits while a test holds them locked): a new transit version. */
const touchOperator = () =>
  sql`update transit.operator set name = name where id = (select id from transit.operator limit 1)`.execute(
    stack.database.admin,
  )

/** Runs `during` while the stops are locked: a build started meanwhile waits until it returns. */
const withStopsLocked = <T>(during: () => Promise<T>) =>
  stack.database.admin.transaction().execute(async (trx) => {
    await sql`lock table transit.gtfs_stop in access exclusive mode`.execute(trx)
    return during()
  })

/** A GET that builds the feed: seen waiting for the stops while they are locked, it answers once they are not. */
async function buildWaitingForTheLock(url: URL) {
  const { answer } = await withStopsLocked(async () => {
    const pending = fetch(url)
    await expect.poll(waitingBuilds, { timeout: 10_000 }).toBe(1)
    // Wrapped: a promise returned as it is would be awaited inside the transaction, which holds the lock it waits for.
    return { answer: pending }
  })
  return answer
}

async function rowsOf(path: string, file: string) {
  const archive = await openZipFile(path)
  try {
    const rows = []
    for await (const row of csvRows(await archive.open(file), () => {})) rows.push(row.values)
    return rows
  } finally {
    archive.close()
  }
}

describe('the merged regional GTFS-JP feed', () => {
  it('merges every active feed (prefixed ids, one feed_info), passes the validator, re-imports cleanly', async () => {
    const zip = await download()
    expect((await download()).equals(zip)).toBe(true)
    const path = join(dir, 'regional.zip')
    await writeFile(path, zip)

    const archive = await openZipFile(path)
    const report = await validateFeed(archive).finally(() => {
      archive.close()
    })
    expect(report.problems.filter((p) => p.severity === 'ERROR')).toEqual([])
    const activeStops = await stack.database.admin
      .selectFrom('transit.gtfsStop as s')
      .innerJoin('transit.feedVersion as v', 'v.id', 's.feedVersionId')
      .where('v.status', '=', 'ACTIVE')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    expect(report.rowCounts['stops.txt']).toBe(Number(activeStops.n))
    expect(report.rowCounts['agency.txt']).toBe(10)

    const stops = await rowsOf(path, 'stops.txt')
    // Nine community loops share nothing but the trunk line's stop ids would clash without the prefix.
    expect(stops.every((stop) => /^(\d{6}|R)-[0-9a-f]{8}:/.test(stop['stop_id'] ?? ''))).toBe(true)
    expect(new Set(stops.map((stop) => stop['stop_id'])).size).toBe(stops.length)
    const [feedInfo, ...more] = await rowsOf(path, 'feed_info.txt')
    expect(more).toEqual([])
    expect(feedInfo?.['feed_version']).toMatch(/^\d{8}-sample$/)
    const lateCall = (await rowsOf(path, 'stop_times.txt')).find(
      (call) => call['trip_id']?.endsWith(':TR-2-WD-2330-0') && call['stop_sequence'] === '6',
    )
    expect(lateCall?.['arrival_time']).toBe('25:29:00')

    // The coordinator re-imports it as the region-wide operator's feed: the same rows come back.
    const regional = await stack.database.admin
      .selectFrom('transit.operator')
      .select('id')
      .where('municipalityCode', 'is', null)
      .executeTakeFirstOrThrow()
    const response = await fetch(
      new URL(`/transit/feeds/${regional.id}?fileName=regional.zip`, stack.services.gatewayUrl),
      {
        method: 'PUT',
        headers: {
          'content-type': 'application/zip',
          authorization: `Bearer ${await stack.token('012106', ['coordinator'])}`,
        },
        body: zip,
      },
    )
    const version = (await response.json()) as {
      status: string
      warningCount: number
      rowCounts: { file: string; rows: number }[]
    }
    expect(response.status).toBe(201)
    expect(version.status).toBe('ACTIVE')
    expect(Object.fromEntries(version.rowCounts.map((c) => [c.file, c.rows]))).toEqual(report.rowCounts)
  })

  it('ends cleanly when a client hangs up mid-feed: the COPY under way fails with its connection', async () => {
    // The zip's bytes go out while its files' COPYs run: refusing them, a few chunks in, is a client going away.
    // Were the COPY's error left without a listener, it would be an uncaught exception: this run would fail.
    for (const acceptedChunks of [0, 1, 2, 3]) {
      let chunks = 0
      const hungUp = new Writable({
        write(_chunk, _encoding, callback) {
          chunks += 1
          callback(chunks > acceptedChunks ? new Error('client went away') : null)
        },
      })
      await expect(writeRegionalFeed(stack.database.admin, () => hungUp)).rejects.toThrow()
    }
    expect((await download()).length).toBeGreaterThan(0)
  })

  it('answers 304 to the ETag it gave until a transit write commits; writes elsewhere leave it current', async () => {
    const url = new URL('/transit/feeds/regional.zip', stack.services.gatewayUrl)
    const conditional = (etag: string) => fetch(url, { headers: { 'if-none-match': etag } })
    const fresh = await fetch(url)
    const etag = fresh.headers.get('etag') ?? ''
    expect(etag).toMatch(/^W\/"transit-\d+-[0-9a-f]{12}-f\d+"$/)
    await fresh.arrayBuffer()

    const current = await conditional(etag)
    expect(current.status).toBe(304)
    expect(current.headers.get('etag')).toBe(etag)
    expect((await current.arrayBuffer()).byteLength).toBe(0)
    // The strong form of the same tag, and a list holding it, name the same copy (weak comparison).
    expect((await conditional(`"x", ${etag.slice(2)}`)).status).toBe(304)

    const admin = stack.database.admin
    await sql`update disaster.shelter set name = name where id = (select id from disaster.shelter limit 1)`.execute(
      admin,
    )
    expect((await conditional(etag)).status).toBe(304)

    // A stop of an active feed renamed: the feed the client holds is no longer what the API would build.
    const stop = await admin
      .selectFrom('transit.gtfsStop as s')
      .innerJoin('transit.feedVersion as v', 'v.id', 's.feedVersionId')
      .where('v.status', '=', 'ACTIVE')
      .select(['s.feedVersionId', 's.stopId', 's.stopName'])
      .orderBy('s.stopId')
      .executeTakeFirstOrThrow()
    const rename = (name: string) =>
      sql`update transit.gtfs_stop set stop_name = ${name}
          where feed_version_id = ${stop.feedVersionId} and stop_id = ${stop.stopId}`.execute(admin)
    await rename(`${stop.stopName}（仮）`)
    try {
      const changed = await conditional(etag)
      expect(changed.status).toBe(200)
      expect(changed.headers.get('etag')).not.toBe(etag)
      const path = join(dir, 'renamed.zip')
      await writeFile(path, Buffer.from(await changed.arrayBuffer()))
      expect((await rowsOf(path, 'stops.txt')).map((row) => row['stop_name'])).toContain(`${stop.stopName}（仮）`)
    } finally {
      await rename(stop.stopName)
    }
  })

  it('tells databases apart in the ETag: another one, counting its own transit versions, never matches', async () => {
    const other = await createEmptyDatabase()
    try {
      await migrateScratch(other)
      const [ours, theirs] = [await tagOf(stack.database.admin), await tagOf(other.db)]
      const databaseOf = (tag: string) => tag.split('-')[2]
      expect(databaseOf(ours)).toMatch(/^[0-9a-f]{12}$/)
      expect(databaseOf(theirs)).not.toBe(databaseOf(ours))
      expect(await tagOf(stack.database.admin)).toBe(ours)
    } finally {
      await other.drop()
    }
  })

  it('builds one version once: GETs of a version being built wait for it and are sent the copy kept', async () => {
    const url = new URL('/transit/feeds/regional.zip', stack.services.gatewayUrl)
    await touchTransit()
    const { answers } = await withStopsLocked(async () => {
      const pending = [fetch(url), fetch(url), fetch(url)]
      await expect.poll(waitingBuilds, { timeout: 10_000 }).toBe(1)
      await sleep(300)
      expect(await waitingBuilds()).toBe(1)
      return { answers: Promise.all(pending) }
    })
    const bodies = await Promise.all(
      (await answers).map(async (answer) => {
        expect(answer.status).toBe(200)
        return { length: answer.headers.get('content-length'), bytes: Buffer.from(await answer.arrayBuffer()) }
      }),
    )
    // One was the build, streamed; the two that waited were sent the copy kept of it.
    expect(bodies.filter((body) => body.length === null)).toHaveLength(1)
    for (const body of bodies) expect(body.bytes.equals(bodies[0]?.bytes ?? Buffer.alloc(0))).toBe(true)
  })

  it('builds two versions at once at most: a third gets 503, Retry-After; a 304 comes; publishers wait', async () => {
    const url = new URL('/transit/feeds/regional.zip', stack.services.gatewayUrl)
    const admin = stack.database.admin
    // A version with no copy kept: each GET needs a build.
    await touchTransit()
    let downloaded: Promise<unknown> = Promise.resolve()
    let releasedAt = 0
    const { building } = await withStopsLocked(async () => {
      // Every build copies the stops: while this lock is held, each build waits in its COPY, in its slot. Two
      // versions (a transit write between the GETs), so two builds.
      const held = [fetch(url)]
      await expect.poll(waitingBuilds, { timeout: 10_000 }).toBe(1)
      await touchOperator()
      held.push(fetch(url))
      await expect.poll(waitingBuilds, { timeout: 10_000 }).toBe(2)

      await touchOperator()
      const refused = await fetch(url)
      expect(refused.status).toBe(503)
      expect(refused.headers.get('retry-after')).toBe('5')
      const { errors } = (await refused.json()) as { errors: { extensions: { code: string } }[] }
      expect(errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE')
      // A client holding the current feed is answered without a slot (and without the lock: the tag is a version).
      const current = await tagOf(admin)
      expect((await fetch(url, { headers: { 'if-none-match': current } })).status).toBe(304)

      // The publisher, told to come back, does, and gets the feed once the two builds are done.
      const started = Date.now()
      downloaded = regionalGtfs.download(createGatewayClient(url.href, stack.publisherToken)).then(async (answer) => {
        if (answer === 'unchanged') throw new Error('asked unconditionally, the publisher was told 304')
        expect((await buffer(answer.body)).byteLength).toBeGreaterThan(0)
        return Date.now() - started
      })
      await sleep(500)
      releasedAt = Date.now() - started
      return { building: Promise.all(held) }
    })
    for (const response of await building) {
      expect(response.status).toBe(200)
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0)
    }
    // It was refused while the slots were held, and asked again only after the Retry-After.
    expect(await downloaded).toBeGreaterThanOrEqual(releasedAt + 4000)
  })

  it('serves the copy kept of its version to a plain GET, with its length, without building it again', async () => {
    const url = new URL('/transit/feeds/regional.zip', stack.services.gatewayUrl)
    await touchTransit()
    const built = await fetch(url)
    expect(built.headers.get('content-length')).toBeNull()
    const bytes = Buffer.from(await built.arrayBuffer())
    // Kept once the client has it all; a build would now wait for the lock, a kept copy does not.
    await expect
      .poll(async () => {
        const kept = await withStopsLocked(() => fetchSoon(url))
        return kept?.headers.get('content-length')
      })
      .toBe(String(bytes.length))
    const kept = await withStopsLocked(async () => {
      const answer = await fetch(url)
      return { etag: answer.headers.get('etag'), bytes: Buffer.from(await answer.arrayBuffer()) }
    })
    expect(kept.etag).toBe(built.headers.get('etag'))
    expect(kept.bytes.equals(bytes)).toBe(true)

    // A transit write: the next GET builds the new version (it waits for the lock like any build).
    await touchTransit()
    const rebuilt = await buildWaitingForTheLock(url)
    expect(rebuilt.headers.get('etag')).not.toBe(kept.etag)
    await rebuilt.arrayBuffer()
  })

  it('keeps nothing of a build whose client went away: the next GET builds it', async () => {
    const url = new URL('/transit/feeds/regional.zip', stack.services.gatewayUrl)
    await touchTransit()
    const gone = new AbortController()
    await withStopsLocked(async () => {
      const first = fetch(url, { signal: gone.signal }).catch(() => undefined)
      await expect.poll(waitingBuilds, { timeout: 10_000 }).toBe(1)
      gone.abort()
      await first
    })
    const next = await buildWaitingForTheLock(url)
    expect(next.status).toBe(200)
    expect(next.headers.get('content-length')).toBeNull()
    expect((await next.arrayBuffer()).byteLength).toBeGreaterThan(0)
  })
})
