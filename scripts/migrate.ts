/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded server under
 * EMBEDDED_PG_DIR). `npm run seed` also loads the agreement and sample data if the database is empty.
 * Either sets the passwords of the login roles named by `<SERVICE>_DB_PASSWORD` (AGREEMENT_, DISASTER_,
 * TRANSIT_, ICT_, GATEWAY_), so a deployment (compose.yaml's `migrate`) can hand each service a known URL.
 */
import { loadConfig, serviceRolePasswordsOf } from '../lib/config.js'
import { createDatabase } from '../lib/db/database.js'
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.js'
import { migrateToLatest } from '../lib/db/migrate.js'
import { serviceRoleOf, setServiceRolePasswords } from '../lib/db/service-roles.js'
import { createLogger } from '../lib/logger.js'
import { runMain } from '../lib/process/shutdown.js'
import { seedIfEmpty } from '../all-in-one/seed.js'

runMain(async () => {
  const config = loadConfig()
  const logger = createLogger(config.LOG_LEVEL, 'migrate')
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, logger })
  const db = createDatabase({ url: config.DATABASE_URL ?? embedded?.adminUrl() ?? '', poolMax: 1 })
  try {
    const applied = await migrateToLatest(db)
    console.log(applied.length > 0 ? `applied ${applied.join(', ')}` : 'database is up to date')
    if (process.argv.includes('--seed')) {
      const { seeded } = await seedIfEmpty(db, { sampleData: config.SEED_SAMPLE_DATA })
      console.log(seeded ? 'seeded the agreement and sample data' : 'already seeded; left as it is')
    }
    const passwordsSet = await setServiceRolePasswords(db, serviceRolePasswordsOf(config))
    if (passwordsSet.length > 0) console.log(`set the passwords of ${passwordsSet.map(serviceRoleOf).join(', ')}`)
  } finally {
    await db.destroy()
    await embedded?.stop()
  }
})
