import { sql } from 'kysely'

export interface OrderTerm {
  column: string
  descending?: boolean
}

/**
 * `row_number() over (partition by … order by …)` as `rowNumber`: with an outer
 * `where rowNumber <= limit + 1` it fetches one page for every parent in one statement.
 */
export function rowNumberOver(partitionBy: string, ...orderBy: OrderTerm[]) {
  const terms = sql.join(orderBy.map((term) => sql`${sql.ref(term.column)} ${sql.raw(term.descending ? 'desc' : 'asc')}`))
  return sql<number>`row_number() over (partition by ${sql.ref(partitionBy)} order by ${terms})`.as('rowNumber')
}
