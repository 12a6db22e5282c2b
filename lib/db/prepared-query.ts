import {
  CamelCasePlugin,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Compilable,
  type UnknownRow,
} from 'kysely'
import { preparedRows, type DB, type Executor } from './database.js'

/**
 * Builds and compiles queries without a connection (Kysely's "query building without execution"), with the same
 * CamelCasePlugin as the platform's databases, so the text is what `db.selectFrom(…).execute()` would send.
 */
const compiler = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
  plugins: [new CamelCasePlugin()],
})

/** Result rows as Kysely's CamelCasePlugin hands them out (nested objects, e.g. `to_jsonb(…)`, too). */
class RowKeys extends CamelCasePlugin {
  readonly camelCased = (row: UnknownRow): UnknownRow => this.mapRow(row)
}
const rowKeys = new RowKeys()

/** Where a run-time value goes in the compiled statement: the parameter of that name. */
class Param {
  constructor(readonly key: string) {}
}

/** Per call: the named parameter's value; every other parameter is a constant of the text. */
type ParameterSource = { kind: 'param'; key: string } | { kind: 'constant'; value: unknown }

export interface PreparedQuery<P, R> {
  /** The statement's name on every connection (unique per text in the process) and its compiled text. */
  readonly name: string
  readonly text: string
  run: (db: Executor, params: P) => Promise<R[]>
}

/**
 * A Kysely query built and compiled ONCE, at first use, and run as a named prepared statement (`preparedRows`): per
 * call, no query builder, no plugin pass over the tree, no compilation, and PostgreSQL neither parses nor (after
 * its first executions, once a generic plan is no worse) plans it again. `build` writes the query as usual, with
 * `param('key')` wherever a value of the call goes; the text must not depend on the values, so a list of keys is one
 * array parameter compared with SQL's `ANY`, not `in (…)`. Rows come back as Kysely would return them (camelCased
 * keys, nested objects too).
 */
export function preparedQuery<P extends Record<string, unknown>, R>(
  name: string,
  build: (db: Kysely<DB>, param: <K extends keyof P & string>(key: K) => P[K]) => Compilable<R>,
): PreparedQuery<P, R> {
  let compiled: { text: string; sources: ParameterSource[] } | undefined
  const compile = () => {
    // Each Param stands in for a value; Kysely passes values through to `parameters` untouched.
    const query = build(compiler, (key) => new Param(key) as P[typeof key]).compile()
    const sources = query.parameters.map((value): ParameterSource =>
      value instanceof Param ? { kind: 'param', key: value.key } : { kind: 'constant', value },
    )
    return { text: query.sql, sources }
  }
  return {
    name,
    get text() {
      return (compiled ??= compile()).text
    },
    run: async (db, params) => {
      const { text, sources } = (compiled ??= compile())
      const values = sources.map((source) => (source.kind === 'param' ? params[source.key] : source.value))
      const rows = await preparedRows<UnknownRow>(db, { name, text }, values)
      return rows.map(rowKeys.camelCased) as R[]
    },
  }
}
