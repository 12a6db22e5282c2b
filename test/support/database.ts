import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { inject } from 'vitest'
import type { ServiceName } from '../../lib/config.js'
import { createDatabase, type Database } from '../../lib/db/database.js'

export interface TestDatabase {
  name: string
  /** Superuser connection to this database (bypasses row-level security: for setup and assertions). */
  admin: Database
  adminUrl: string
  /** Each service's login role (the four subgraphs and the gateway), on this database. */
  roleUrls: Record<ServiceName, string>
  drop: () => Promise<void>
}

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

/** A fresh database cloned from the migrated, seeded template: one per test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  return cloneTemplateAs(`test_${randomUUID().replaceAll('-', '').slice(0, 20)}`)
}

/**
 * Database `name` as a fresh clone of the template, dropping what was there (its connections are ended: pools
 * reconnect on their next query). The worker's shared stack keeps its database name from file to file this way.
 */
export async function cloneTemplateAs(name: string): Promise<TestDatabase> {
  const { adminUrl, template, roleUrls } = inject('postgres')
  const server = createDatabase({ url: adminUrl, poolMax: 1 })
  await sql`drop database if exists ${sql.id(name)} with (force)`.execute(server)
  await sql`create database ${sql.id(name)} template ${sql.id(template)}`.execute(server)
  await server.destroy()
  const admin = createDatabase({ url: withDatabase(adminUrl, name), poolMax: 2 })
  return {
    name,
    admin,
    adminUrl: withDatabase(adminUrl, name),
    roleUrls: Object.fromEntries(
      Object.entries(roleUrls).map(([service, url]) => [service, withDatabase(url, name)]),
    ) as Record<ServiceName, string>,
    drop: async () => {
      await admin.destroy()
      const server = createDatabase({ url: adminUrl, poolMax: 1 })
      await sql`drop database ${sql.id(name)} with (force)`.execute(server)
      await server.destroy()
    },
  }
}
