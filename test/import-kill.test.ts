import { createReadStream } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signToken } from '../lib/auth/tokens.js'
import { createDatabase, type Database } from '../lib/db/database.js'
import { sampleUuid } from '../lib/sample/deterministic.js'
import { writeSyntheticFeed } from '../subgraphs/transit/gtfs/synthetic-feed.js'
import { startPlatformOnOwnCluster, type OwnPlatform } from './support/own-platform.js'
import type { PlatformProcess } from './support/platform-process.js'
import { TEST_TOKEN_SETTINGS } from './support/stack.js'
import { untilCopyingStopTimes } from './support/transit-feed.js'

let own: OwnPlatform
let admin: Database
let platform: PlatformProcess
let dir: string
beforeAll(async () => {
  own = await startPlatformOnOwnCluster('import-kill')
  ;({ platform, dir } = own)
  admin = createDatabase({ url: own.postgres.adminUrl(), poolMax: 2 })
})
afterAll(async () => {
  await admin.destroy()
  await own.stop()
})

const snapshot = async () => ({
  versions: await admin.selectFrom('transit.feedVersion').select(['id', 'status']).orderBy('id').execute(),
  stopTimes: Number(
    (await sql<{ n: string }>`select count(*) as n from transit.gtfs_stop_time`.execute(admin)).rows[0]?.n,
  ),
  // The killed import's own stop_times table (migration 0124) must be gone with its transaction.
  stopTimeTables: (
    await sql<{ name: string }>`select relname as name from pg_class
      where relnamespace = 'transit_stop_times'::regnamespace and relkind = 'r' order by 1`.execute(admin)
  ).rows.map((row) => row.name),
})

describe('an import killed midway', () => {
  it(
    'leaves no partial data: the platform process dies during the COPY and the previous version stays active',
    { timeout: 120_000 },
    async () => {
      const path = join(dir, 'feed.zip')
      await writeSyntheticFeed(path, { routes: 20, tripsPerRoute: 200, stopsPerRoute: 50 })
      const before = await snapshot()
      const token = await signToken(TEST_TOKEN_SETTINGS, {
        subject: 'kill-test',
        municipality: '014303',
        roles: ['editor'],
      })

      const upload = fetch(new URL(`/transit/feeds/${sampleUuid('operator:014303')}`, platform.gatewayUrl), {
        method: 'PUT',
        headers: { 'content-type': 'application/zip', authorization: `Bearer ${token}` },
        body: Readable.toWeb(createReadStream(path)) as ReadableStream,
        duplex: 'half',
      }).then(
        (response) => response.status,
        () => 'connection lost',
      )
      // Wait until the import is writing rows inside its transaction, then kill the whole platform.
      await untilCopyingStopTimes(admin)
      await platform.kill()
      expect(await upload).toBe('connection lost')

      // PostgreSQL rolls the transaction back when the connection drops.
      while (
        Number(
          (
            await sql<{
              n: string
            }>`select count(*) as n from pg_stat_activity where datname = current_database()
              and usename = 'transit_svc'`.execute(admin)
          ).rows[0]?.n,
        ) > 0
      ) {
        await sleep(50)
      }
      expect(await snapshot()).toEqual(before)
      expect(
        before.versions.find((version) => version.id === sampleUuid(`feed:${sampleUuid('operator:014303')}`))?.status,
      ).toBe('ACTIVE')
    },
  )
})
