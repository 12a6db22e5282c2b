import { CamelCasePlugin, Kysely, PostgresDialect, type Transaction } from 'kysely'
import pg from 'pg'
import type { DB } from '../../codegen/db.js'

export type { DB }
export type Database = Kysely<DB>
/** Repository functions take this first, so the caller decides whether they run inside a transaction. */
export type Executor = Kysely<DB> | Transaction<DB>

// Calendar dates stay 'YYYY-MM-DD' strings: turning them into JS Dates shifts them across time zones.
const DATE_OID = 1082
const INT8_OID = 20
const NUMERIC_OID = 1700
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (value: string) => value
    // Counts and yen amounts stay far below 2^53.
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value)
    return pg.types.getTypeParser(oid, format)
  },
} as pg.CustomTypesConfig

export interface DatabaseOptions {
  url: string
  poolMax?: number
  /** Shows up in pg_stat_activity, so an operator can tell the subgraphs' connections apart. */
  applicationName?: string
  /** Called with the SQL text of every statement Kysely runs; tests use it to count statements. */
  onQuery?: (sql: string) => void
  /** `statement_timeout` for every connection, in milliseconds (0 = none). */
  statementTimeoutMs?: number
  /** Errors of idle pooled connections (e.g. the server restarting); the pool replaces the connection. */
  onIdleError?: (error: Error) => void
}

export function createPool(options: DatabaseOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    application_name: options.applicationName ?? 'minamisorachi',
    types: typeParsers,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  })
  // Without a listener, an idle connection dropped by the server (restart, Ctrl-C reaching
  // PostgreSQL first) would crash the whole process.
  pool.on('error', options.onIdleError ?? (() => {}))
  return pool
}

export function createDatabase(options: DatabaseOptions): Database {
  const onQuery = options.onQuery
  return new Kysely<DB>({
    dialect: new PostgresDialect({ pool: createPool(options) }),
    plugins: [new CamelCasePlugin()],
    ...(onQuery ? { log: (event) => onQuery(event.query.sql) } : {}),
  })
}
