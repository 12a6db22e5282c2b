import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { sql } from 'kysely'
import type { ServiceName } from '../../lib/config.js'
import { createDatabase } from '../../lib/db/database.js'
import { startEmbeddedPostgres } from '../../lib/db/embedded-postgres.js'
import { createLogger } from '../../lib/logger.js'
import { prepareDatabase } from '../../all-in-one/prepare-database.js'
import { prepareEntryBundles } from './entry-bundles.js'

export const TEMPLATE_DATABASE = 'minamisorachi_template'

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { adminUrl: string; template: string; roleUrls: Record<ServiceName, string> }
  }
}

/**
 * Starts one real PostgreSQL for the whole test run and builds a template database (migrated and
 * seeded) that every test file clones: fast, and files cannot see each other's writes. Meanwhile, bundles the
 * entry points that tests start as processes of their own (entry-bundles.ts).
 */
export default async function setup(project: TestProject) {
  const logger = createLogger('warn', 'test')
  const bundling = prepareEntryBundles()
  const dir = await mkdtemp(join(tmpdir(), 'minamisorachi-test-'))
  const server = await startEmbeddedPostgres({
    dir: join(dir, 'pg'),
    port: 0,
    logger,
    persistent: false,
    durable: false,
  })
  const admin = createDatabase({ url: server.adminUrl(), poolMax: 1 })
  await sql`create database ${sql.id(TEMPLATE_DATABASE)}`.execute(admin)
  await admin.destroy()
  const roleUrls = await prepareDatabase(server.adminUrl(TEMPLATE_DATABASE), { sampleData: true, logger })
  project.provide('postgres', { adminUrl: server.adminUrl(), template: TEMPLATE_DATABASE, roleUrls })
  const removeBundles = await bundling
  return async () => {
    await removeBundles()
    await server.stop()
    await rm(dir, { recursive: true, force: true })
  }
}
