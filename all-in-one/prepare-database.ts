import type { ServiceName } from '../lib/config.js'
import { createDatabase } from '../lib/db/database.js'
import { migrateToLatest } from '../lib/db/migrate.js'
import { issueServiceRoleUrls } from '../lib/db/service-roles.js'
import type { Logger } from '../lib/logger.js'
import { seedIfEmpty } from './seed.js'

/**
 * Brings a database to the state the services expect, as its administrator: migrations, the seed
 * on first start, fresh passwords for the services' login roles. Returns each service's URL (subgraphs and gateway).
 */
export async function prepareDatabase(
  adminUrl: string,
  options: { sampleData: boolean; logger: Logger },
): Promise<Record<ServiceName, string>> {
  const admin = createDatabase({ url: adminUrl, poolMax: 2, applicationName: 'minamisorachi-admin' })
  try {
    const applied = await migrateToLatest(admin)
    const { seeded } = await seedIfEmpty(admin, { sampleData: options.sampleData })
    options.logger.info({ migrationsApplied: applied, seeded }, 'database ready')
    return await issueServiceRoleUrls(admin, adminUrl)
  } finally {
    await admin.destroy()
  }
}
