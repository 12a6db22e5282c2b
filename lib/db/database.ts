import {
  CamelCasePlugin,
  CompiledQuery,
  Kysely,
  PostgresDialect,
  type KyselyConfig,
  type PostgresPool,
  type PostgresPoolClient,
  type Transaction,
} from 'kysely'
import pg from 'pg'

/**
 * The database's tables as Kysely sees them. lib/ sits below codegen/ and imports nothing from it, so
 * this interface starts empty and the generated `codegen/db.ts` (kysely-codegen's output, written from
 * the migrated database by scripts/codegen-db.ts) fills it in by declaration merging: every program that
 * type-checks this code includes codegen/ (tsconfig.json), so the tables are always there.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by codegen/db.ts (see above)
export interface DB {}
export type Database = Kysely<DB>
/** Repository functions take this first, so the caller decides whether they run inside a transaction. */
export type Executor = Kysely<DB> | Transaction<DB>

// Calendar dates stay 'YYYY-MM-DD' strings: turning them into JS Dates shifts them across time zones.
const { DATE, INT8, NUMERIC } = pg.types.builtins
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser(oid, format): (value: string) => unknown {
    if (oid === DATE) return (value: string) => value
    // Counts and yen amounts stay far below 2^53.
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value)
    // pg-types declares its parsers as returning `any`; each returns a parsed value.
    return pg.types.getTypeParser(oid, format) as (value: string) => unknown
  },
}

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
  // PostgreSQL first) would crash the whole process. Once the pool is ending, a lost connection is the shutdown we
  // asked for: `end()` resolves when its idle connections have been told to close, not when they have, so a
  // PostgreSQL stopped right after (npm start's) may still end one of them first.
  const onIdleError = options.onIdleError
  pool.on('error', (error) => {
    if (!pool.ending) onIdleError?.(error)
  })
  // The same for a connection that is checked out but between statements (inside a transaction)
  // when the server goes away: the pool listens only to idle ones. The failure then surfaces as the
  // error of that connection's next query, where the request handles it.
  pool.on('connect', (client) => client.on('error', () => {}))
  return pool
}

const pools = new WeakMap<Database, { pool: pg.Pool; onQuery: ((sql: string) => void) | undefined }>()

export function createDatabase(options: DatabaseOptions): Database {
  const pool = createPool(options)
  const db = new PoolEndingKysely(kyselyConfig(pool, options.onQuery), pool)
  pools.set(db, { pool, onQuery: options.onQuery })
  return db
}

/** One read statement with a fixed text, run by `preparedRows`; `name` must be unique per text in the process. */
export interface PreparedRead {
  name: string
  /** Parameters as `$1`, `$2`…; result columns named as the rows' fields (`as "tripId"`), as Kysely returns them. */
  text: string
}

/**
 * Runs a read as a named (prepared) statement when `db` is the pool: each connection parses and plans it once, and
 * PostgreSQL then keeps a generic plan for it once that is no worse than the planned ones (its own choice, after
 * five executions), so a hot read no longer pays planning on every call — the departures statement planned in
 * ~3 ms and ran in ~1 ms. Counted by `onQuery` like every other statement. Inside a transaction or a dedicated
 * session (no pool of its own) it runs through Kysely, unnamed.
 */
export async function preparedRows<R>(db: Executor, statement: PreparedRead, values: unknown[]): Promise<R[]> {
  const own = pools.get(db)
  if (!own) return (await db.executeQuery(CompiledQuery.raw(statement.text, values))).rows as R[]
  own.onQuery?.(statement.text)
  const result = await own.pool.query({ name: statement.name, text: statement.text, values })
  return result.rows as R[]
}

/**
 * Kysely ends its pool only if it ran a statement itself (its driver starts on first use): a pool used only through
 * `preparedRows` (the transit subgraph's departures) stayed open after `destroy()`, and a PostgreSQL stopped next
 * (npm start's) then ended its connections under it. This one ends the pool either way.
 */
class PoolEndingKysely extends Kysely<DB> {
  readonly #pool: pg.Pool

  constructor(config: KyselyConfig, pool: pg.Pool) {
    super(config)
    this.#pool = pool
  }

  override async destroy(): Promise<void> {
    await super.destroy()
    if (!this.#pool.ending) await this.#pool.end()
  }
}

function kyselyConfig(pool: PostgresPool, onQuery: ((sql: string) => void) | undefined): KyselyConfig {
  return {
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    ...(onQuery
      ? {
          log: (event) => {
            onQuery(event.query.sql)
          },
        }
      : {}),
  }
}

/**
 * Runs `work` with one pooled connection seen two ways: as Kysely (transactions, typed queries,
 * audit) and as the raw pg client (COPY, which Kysely cannot express). Everything runs on the same
 * session, so a COPY issued inside Kysely's transaction is part of it.
 */
export async function withDedicatedConnection<T>(
  db: Database,
  work: (session: Database, client: pg.PoolClient) => Promise<T>,
  onQuery?: (sql: string) => void,
): Promise<T> {
  const pool = pools.get(db)?.pool
  if (!pool) throw new Error('withDedicatedConnection needs a database made by createDatabase')
  const client = await pool.connect()
  // Kysely "releases" after each query or transaction; the connection is ours until work ends.
  const borrowed = { query: client.query.bind(client), release: () => {} } as PostgresPoolClient
  const session = new Kysely<DB>(
    kyselyConfig({ connect: () => Promise.resolve(borrowed), end: () => Promise.resolve() }, onQuery),
  )
  try {
    const result = await work(session, client)
    client.release()
    return result
  } catch (error) {
    // A failure may leave the session mid-protocol (an aborted COPY): the connection is discarded.
    client.release(error instanceof Error ? error : true)
    throw error
  }
}
