import { sql, type SelectQueryBuilder } from 'kysely'
import type { DB, Executor } from './database.js'
import { preparedQuery } from './prepared-query.js'

export interface OrderTerm {
  column: string
  descending?: boolean
}

/** `s.stop_id` inside the ranked subquery is plain `stop_id` outside it. */
const unqualified = (column: string) => column.split('.').at(-1) ?? column

const orderList = (terms: readonly OrderTerm[], name: (column: string) => string = (column) => column) =>
  sql.join(terms.map((term) => sql`${sql.ref(name(term.column))} ${sql.raw(term.descending ? 'desc' : 'asc')}`))

/**
 * One page for every parent in one statement: numbers the filtered rows within each parent
 * (`row_number() over (partition by …)`) and keeps the first `limit + 1` of each, the extra row
 * telling the connection whether another page follows.
 *
 * Columns may be qualified (`s.municipalityCode`) where the joined tables share a name; the outer
 * query uses the bare name. `rows` is the caller's typed query (table, filters, the cursor condition); the result
 * rows are exactly its rows, so the cast at the end only restates what the subquery selects.
 */
export function pagePerParent<D extends DB, TB extends keyof D, O>(
  db: Executor,
  rows: SelectQueryBuilder<D, TB, O>,
  options: { parent: string; order: readonly OrderTerm[]; limit: number },
): Promise<O[]> {
  return pagePerParentQuery(db, rows, { ...options, rowsPerParent: options.limit + 1 }).execute() as Promise<O[]>
}

/**
 * `pagePerParent`'s statement, not run: `rowsPerParent` rows per parent (a page's `limit + 1`), for a statement
 * compiled once (lib/db/prepared-query.ts), where it is a parameter.
 */
export function pagePerParentQuery<D extends DB, TB extends keyof D, O>(
  db: Executor,
  rows: SelectQueryBuilder<D, TB, O>,
  options: { parent: string; order: readonly OrderTerm[]; rowsPerParent: number },
) {
  const ranked = rows
    .select(
      sql<number>`row_number() over (partition by ${sql.ref(options.parent)} order by ${orderList(options.order)})`.as(
        'rowNumber',
      ),
    )
    .as('page')
  return db
    .selectFrom(ranked)
    .selectAll()
    .where(sql.ref('rowNumber'), '<=', options.rowsPerParent)
    .orderBy(sql`${sql.ref(unqualified(options.parent))}, ${orderList(options.order, unqualified)}`)
}

/**
 * How many rows each parent has in `rows` (the list's filters, without its cursor condition), in one
 * statement: `select parent, count(*) … group by parent`. Parents with no rows are absent.
 */
export function countPerParent<D extends DB, TB extends keyof D, O>(
  rows: SelectQueryBuilder<D, TB, O>,
  parent: string,
): Promise<{ key: string; count: number }[]> {
  return rows
    .clearSelect()
    .clearOrderBy()
    .select([sql<string>`${sql.ref(parent)}`.as('key'), sql<number>`count(*)::int`.as('count')])
    .groupBy(sql.ref(parent))
    .execute() as unknown as Promise<{ key: string; count: number }[]>
}

/** How many rows `rows` (a list's filters, without its cursor condition) has, in one statement. */
export async function countRows<D extends DB, TB extends keyof D, O>(rows: SelectQueryBuilder<D, TB, O>) {
  const [row] = (await rows
    .clearSelect()
    .clearOrderBy()
    .select(sql<number>`count(*)::int`.as('count'))
    .execute()) as { count: number }[]
  return row?.count ?? 0
}

/**
 * One page of `rows`, newest first, after the cursor `createdAt|id` (the keyset of connections over rows with
 * `created_at` and `id`): `limit + 1` rows, the extra one telling the connection whether another page follows.
 */
export function newestFirstPage<D extends DB, TB extends keyof D, O>(
  rows: SelectQueryBuilder<D, TB, O>,
  page: { afterKey?: string | null | undefined; limit: number },
): Promise<O[]> {
  let query = rows
  if (page.afterKey) {
    const [createdAt = '', id = ''] = page.afterKey.split('|')
    query = query.where(sql<boolean>`(created_at, id) < (${createdAt}::timestamptz, ${id}::uuid)`)
  }
  return query
    .orderBy(sql.ref('createdAt'), 'desc')
    .orderBy(sql.ref('id'), 'desc')
    .limit(page.limit + 1)
    .execute()
}

/**
 * The first page of every parent, as `pagePerParent` reads it, in a statement compiled once and prepared
 * (lib/db/prepared-query.ts): the hot read of a list (no cursor) pays no query building and no planning per call.
 * `rows` is the list's query without the parents' filter (added here as SQL's `ANY` over one array parameter, so
 * the text does not depend on how many parents a batch has) and without a cursor; a later page goes through
 * `pagePerParent`. `name` names the prepared statement (unique in the process).
 */
export function firstPagePerParent<D extends DB, TB extends keyof D, O>(
  name: string,
  rows: (db: Executor) => SelectQueryBuilder<D, TB, O>,
  options: { parent: string; order: readonly OrderTerm[] },
): (db: Executor, parentIds: readonly string[], limit: number) => Promise<O[]> {
  const statement = preparedQuery<{ parentIds: readonly string[]; rowsPerParent: number }, O>(name, (db, param) =>
    pagePerParentQuery(db, rows(db).where(sql<boolean>`${sql.ref(options.parent)} = ANY(${param('parentIds')})`), {
      ...options,
      rowsPerParent: param('rowsPerParent'),
    }),
  )
  return (db, parentIds, limit) => statement.run(db, { parentIds, rowsPerParent: limit + 1 })
}
