/**
 * `npm run seed:scale`: a separate database `minamisorachi_scale` on the same server (the embedded one under
 * EMBEDDED_PG_DIR, or DATABASE_URL's), migrated, seeded and filled with 1,741 municipalities, ~100 000 shelters and
 * 5M stop_times over 41 operators (all-in-one/scale/seed-scale.ts). Prints the time, the row counts, the database's
 * size on disk and the URL to start against it.
 */
import { sql } from 'kysely'
import { loadConfig } from '../lib/config.js'
import { createDatabase } from '../lib/db/database.js'
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.js'
import { createLogger } from '../lib/logger.js'
import { runMain } from '../lib/process/shutdown.js'
import { NATIONWIDE_SCALE, seedScale } from '../all-in-one/scale/seed-scale.js'

const SCALE_DATABASE = 'minamisorachi_scale'

/** What the data set holds, and its size on disk: the figures README and docs/scale-out.md quote. */
async function scaleFigures(url: string): Promise<string> {
  const db = createDatabase({ url, poolMax: 1 })
  try {
    const { rows } = await sql<Record<string, string>>`
      select (select count(*) from agreement.municipality)::text as municipalities,
             (select count(*) from agreement.region)::text as regions,
             (select count(*) from disaster.shelter)::text as shelters,
             (select count(*) from ict.system)::text as ict_systems,
             (select count(*) from transit.operator)::text as operators,
             (select count(*) from transit.gtfs_stop_time)::text as stop_times,
             pg_size_pretty(pg_database_size(current_database())) as database_size`.execute(db)
    return Object.entries(rows[0] ?? {})
      .map(([name, value]) => `${name} ${value}`)
      .join(', ')
  } finally {
    await db.destroy()
  }
}

runMain(async () => {
  const config = loadConfig()
  const logger = createLogger(config.LOG_LEVEL, 'seed-scale')
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, logger })
  try {
    const serverUrl = config.DATABASE_URL ?? embedded?.adminUrl() ?? ''
    const server = createDatabase({ url: serverUrl, poolMax: 1 })
    const exists = await sql`select 1 from pg_database where datname = ${SCALE_DATABASE}`.execute(server)
    if (exists.rows.length === 0) await sql`create database ${sql.id(SCALE_DATABASE)}`.execute(server)
    await server.destroy()
    const scaleUrl = new URL(serverUrl)
    scaleUrl.pathname = `/${SCALE_DATABASE}`
    const started = performance.now()
    await seedScale(scaleUrl.toString(), NATIONWIDE_SCALE, logger)
    console.log(`scale data ready in ${Math.round((performance.now() - started) / 1000)} s: database ${SCALE_DATABASE}`)
    console.log(await scaleFigures(scaleUrl.toString()))
    console.log(`start against it with DATABASE_URL=${scaleUrl.toString().replace(/:[^:@/]+@/, ':…@')} npm start`)
  } finally {
    await embedded?.stop()
  }
})
