import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../test/support/database.js'
import { DataVersions } from './data-versions.js'

describe('DataVersions.current()', () => {
  /** Reads that complete when told to (oldest first), each returning its number. */
  function controlledReads(concurrentReads = 2) {
    const pending: (() => void)[] = []
    let started = 0
    const read = () => {
      started += 1
      const value = `read ${started}`
      return new Promise<string>((resolve) =>
        pending.push(() => {
          resolve(value)
        }),
      )
    }
    return {
      versions: new DataVersions(read, undefined, concurrentReads),
      finishOldest: () => pending.shift()?.(),
      started: () => started,
    }
  }
  /** Lets a launch scheduled for the end of a turn of the event loop (setImmediate) happen, and what it settles. */
  const nextTurn = async () => {
    for (let turn = 0; turn < 3; turn += 1) await new Promise<void>((resolve) => setImmediate(resolve))
  }

  it('never answers a caller with a read that started before it asked', async () => {
    const { versions, finishOldest, started } = controlledReads(1)
    const early = versions.current()
    const alsoEarly = versions.current()
    await nextTurn()
    // The callers of one turn share one read.
    expect(started()).toBe(1)
    // Arrive while read 1 runs: read 1 may predate a write these callers have seen, so they wait for read 2.
    const late = versions.current()
    const later = versions.current()
    await nextTurn()
    expect(started()).toBe(1)
    finishOldest()
    expect(await early).toBe('read 1')
    expect(await alsoEarly).toBe('read 1')
    await nextTurn()
    expect(started()).toBe(2)
    finishOldest()
    expect(await late).toBe('read 2')
    expect(await later).toBe('read 2')
    expect(started()).toBe(2)
  })

  it('starts a read for new callers while another is under way, up to the concurrent reads', async () => {
    const { versions, finishOldest, started } = controlledReads(2)
    const first = versions.current()
    await nextTurn()
    const second = versions.current()
    await nextTurn()
    // A second read, not a wait for the first to end: a caller waits for its own read only.
    expect(started()).toBe(2)
    const third = versions.current()
    await nextTurn()
    expect(started()).toBe(2)
    finishOldest()
    expect(await first).toBe('read 1')
    await nextTurn()
    expect(started()).toBe(3)
    finishOldest()
    finishOldest()
    expect(await second).toBe('read 2')
    expect(await third).toBe('read 3')
  })

  it('passes a failed read to its callers and tries again for the next', async () => {
    let calls = 0
    const versions = new DataVersions(() => {
      calls += 1
      return calls === 1 ? Promise.reject(new Error('database unreachable')) : Promise.resolve('back')
    })
    await expect(versions.current()).rejects.toThrow('database unreachable')
    expect(await versions.current()).toBe('back')
  })

  it('reads app.data_version through the pool and sees a write that returned before the call', async () => {
    const database = await createTestDatabase()
    const pool = new pg.Pool({ connectionString: database.roleUrls.gateway, max: 2 })
    const versions = DataVersions.fromPool(pool)
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => versions.current()))
      expect(new Set(answers).size).toBe(1)
      expect(answers[0]).toMatch(/^\d+@[\d.]+ agreement:\d+,disaster:\d+,ict:\d+,transit:\d+$/)
      const admin = new pg.Client({ connectionString: database.adminUrl })
      await admin.connect()
      try {
        await admin.query(`UPDATE app.data_version SET version = version + 1 WHERE domain = 'ict'`)
        // Read after the write returned: it sees it.
        expect(await versions.current()).not.toBe(answers[0])
      } finally {
        await admin.end()
      }
    } finally {
      await versions.close()
      await database.drop()
    }
  })

  it('tells apart two databases whose counters are equal, and names the server start', async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()])
    const readers = [first, second].map((database) =>
      DataVersions.fromPool(new pg.Pool({ connectionString: database.roleUrls.gateway, max: 1 })),
    )
    const admin = new pg.Client({ connectionString: second.adminUrl })
    await admin.connect()
    try {
      // The second database counts as far as the first: as one restored from it, or made alike, would.
      const counters = new pg.Client({ connectionString: first.adminUrl })
      await counters.connect()
      const { rows } = await counters.query<{ domain: string; version: string }>('SELECT * FROM app.data_version')
      await counters.end()
      for (const { domain, version } of rows)
        await admin.query('UPDATE app.data_version SET version = $2 WHERE domain = $1', [domain, version])
      const [ofFirst, ofSecond] = await Promise.all(readers.map((reader) => reader.current()))
      expect(ofFirst?.split(' ')[1]).toBe(ofSecond?.split(' ')[1])
      expect(ofFirst).not.toBe(ofSecond)
      const { rows: started } = await admin.query<{ epoch: string }>(
        'SELECT extract(epoch FROM pg_postmaster_start_time())::text AS epoch',
      )
      expect(ofSecond?.split(' ')[0]?.split('@')[1]).toBe(started[0]?.epoch)
    } finally {
      await admin.end()
      await Promise.all(readers.map((reader) => reader.close()))
      await Promise.all([first.drop(), second.drop()])
    }
  })
})

describe('app.data_version', () => {
  let database: TestDatabase
  const clients: pg.Client[] = []
  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end()))
    await database.drop()
  })

  async function connect(url: string) {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    clients.push(client)
    return client
  }
  let admin: pg.Client
  beforeAll(async () => {
    admin = await connect(database.adminUrl)
  })
  const versionOf = async (domain: string) => {
    const { rows } = await admin.query<{ version: string }>('SELECT version FROM app.data_version WHERE domain = $1', [
      domain,
    ])
    return Number(rows[0]?.version)
  }
  /** A disaster write as the subgraph's own role, as an editor of 由仁町. */
  async function disasterWriter() {
    const client = await connect(database.roleUrls.disaster)
    return {
      begin: async () => {
        await client.query('BEGIN')
        await client.query(
          `SELECT set_config('app.role', 'editor', true), set_config('app.municipality_code', '014273', true)`,
        )
      },
      setLevel: (level: string) =>
        client.query(
          `INSERT INTO disaster.response_status (municipality_code, ` +
            `headquarters_level, recorded_by) VALUES ('014273', $1, 'test')`,
          [level],
        ),
      commit: () => client.query('COMMIT'),
      rollback: () => client.query('ROLLBACK'),
    }
  }

  it('is tracked on every table of the four domain schemas', async () => {
    const { rows } = await admin.query<{ table: string }>(`
      SELECT c.oid::regclass::text AS table
        FROM pg_class c
       WHERE c.relnamespace::regnamespace::text IN ('agreement', 'disaster', 'transit', 'ict')
         AND c.relkind IN ('r', 'p') AND NOT c.relispartition
         AND NOT EXISTS (SELECT FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'note_data_change')`)
    expect(rows).toEqual([])
    const { rows: tracked } = await admin.query<{ count: string }>(
      `SELECT count(*) FROM pg_trigger WHERE tgname = 'note_data_change'`,
    )
    expect(Number(tracked[0]?.count)).toBeGreaterThan(40)
  })

  it('rises once per committed transaction of the domain, not per statement, and not on rollback', async () => {
    const writer = await disasterWriter()
    const [disaster, transit] = [await versionOf('disaster'), await versionOf('transit')]
    await writer.begin()
    await writer.setLevel('CAUTION')
    await writer.setLevel('ALERT')
    expect(await versionOf('disaster')).toBe(disaster)
    await writer.commit()
    expect(await versionOf('disaster')).toBe(disaster + 1)
    await writer.begin()
    await writer.setLevel('NONE')
    await writer.rollback()
    expect(await versionOf('disaster')).toBe(disaster + 1)
    expect(await versionOf('transit')).toBe(transit)
  })

  it('does not make a writer wait for another one still open (a long import)', async () => {
    const [long, short] = [await disasterWriter(), await disasterWriter()]
    const before = await versionOf('disaster')
    await long.begin()
    await long.setLevel('ALERT')
    await short.begin()
    await short.setLevel('CAUTION')
    await short.commit()
    expect(await versionOf('disaster')).toBe(before + 1)
    await long.commit()
    expect(await versionOf('disaster')).toBe(before + 2)
  })

  it('is all the gateway role can read', async () => {
    const gateway = await connect(database.roleUrls.gateway)
    const { rows } = await gateway.query('SELECT domain FROM app.data_version ORDER BY domain')
    expect(rows.map((row: { domain: string }) => row.domain)).toEqual(['agreement', 'disaster', 'ict', 'transit'])
    await expect(gateway.query('SELECT 1 FROM disaster.shelter LIMIT 1')).rejects.toThrow(/permission denied/)
    await expect(gateway.query('UPDATE app.data_version SET version = 0')).rejects.toThrow(/permission denied/)
    await expect(gateway.query('SELECT 1 FROM app.pending_data_change')).rejects.toThrow(/permission denied/)
  })
})
