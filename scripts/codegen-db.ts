/**
 * Regenerates `codegen/db.ts` (the Kysely database types) and `sql/schema.sql` (the schema snapshot) from a
 * freshly migrated throw-away database, so both always describe exactly what `sql/migrations/` creates.
 */
import { execFileSync } from 'node:child_process'
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres.js'
import { migrateToLatest } from '../lib/db/migrate.js'
import { SCHEMA_SNAPSHOT_FILE } from '../lib/db/schema-dump/snapshot-file.js'
import { dumpSchema } from '../lib/db/schema-dump/dump-schema.js'
import { createLogger } from '../lib/logger.js'
import { projectPath } from '../lib/paths.js'

/**
 * lib/ may not import codegen/, so lib/db/database.ts declares an empty `DB` and this generated file fills
 * it in (declaration merging): the tables reach every Kysely instance without lib/ depending on codegen/.
 */
const REGISTER_TABLES = `
type GeneratedTables = DB;

declare module "../lib/db/database.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends GeneratedTables {}
}
`

const logger = createLogger('warn', 'codegen-db')
const dir = await mkdtemp(join(tmpdir(), 'codegen-db-'))
const server = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port: 0, logger, persistent: false })
try {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: server.adminUrl() }) }),
  })
  try {
    await migrateToLatest(db)
    await writeFile(SCHEMA_SNAPSHOT_FILE, await dumpSchema(db))
  } finally {
    await db.destroy()
  }
  execFileSync(
    projectPath('node_modules', '.bin', 'kysely-codegen'),
    [
      '--dialect=postgres',
      '--camel-case',
      '--date-parser=string',
      '--numeric-parser=number',
      '--type-mapping={"int8":"number"}',
      '--default-schema=public',
      '--include-pattern=(app|agreement|disaster|transit|ict).*',
      `--out-file=${projectPath('codegen', 'db.ts')}`,
      `--url=${server.adminUrl()}`,
      '--log-level=warn',
    ],
    { stdio: 'inherit' },
  )
  await appendFile(projectPath('codegen', 'db.ts'), REGISTER_TABLES)
} finally {
  await server.stop()
  await rm(dir, { recursive: true, force: true })
}
