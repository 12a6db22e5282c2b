import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { OpenDataTownsDocument, type OpenDataTownsQuery } from '../../../codegen/opendata-operations.js'
import type { Connection, GatewayClient } from '../gateway-client.js'

export type Town = OpenDataTownsQuery['municipalities'][number]

/** The agreement's parties in signing order: whose consent an amendment needs. */
export async function partyTowns(gateway: GatewayClient): Promise<Town[]> {
  return (await gateway.query(OpenDataTownsDocument)).municipalities
}

/** `1` where a flag applies, empty otherwise: the 自治体標準 convention. */
export const flag = (value: boolean) => (value ? '1' : '')

/** Towns per page of a towns-and-their-rows query: 50 towns with up to 200 rows each (10,000 rows) per answer. */
export const TOWNS_PER_PAGE = 50
/** Rows per town in a page of towns (`$rows`; a variable, as page sizes are, so it adds no query cost). */
const ROWS_PER_TOWN = 200

/**
 * Every node of a per-town connection, town after town in the served order (`servedMunicipalities`: the parties in
 * signing order, then the towns of the other 圏域 by code; up to 1,741 nationwide), page after page, with one query
 * per page of towns rather than one per town. `document` pages through `servedMunicipalities` and
 * asks each town for the first `$rows` of its rows (`rowsOf`; the subgraph answers a whole page of towns with one SQL
 * statement, its connection loader); a town with more rows than that continues with `more`, the per-town query,
 * from its cursor. Rows of one town come together, in the connection's own order.
 */
export async function* eachTownsRows<
  TData,
  TVariables extends { rows?: number | null },
  TTown extends { code: string },
  TNode,
>(
  gateway: GatewayClient,
  document: TypedDocumentNode<TData, TVariables>,
  townsOf: (data: TData) => Connection<TTown>,
  rowsOf: (town: TTown) => Connection<TNode> | null | undefined,
  more: (code: string, after: string) => AsyncIterable<TNode>,
): AsyncGenerator<TNode> {
  const variables = { rows: ROWS_PER_TOWN } as Omit<TVariables, 'first' | 'after'>
  for await (const town of gateway.paginate(document, variables, townsOf, {
    pageSize: TOWNS_PER_PAGE,
  })) {
    const rows = rowsOf(town)
    if (!rows) continue
    yield* rows.nodes
    const { hasNextPage, endCursor } = rows.pageInfo
    if (hasNextPage && endCursor) yield* more(town.code, endCursor)
  }
}

/** The rows of `rows` that `keep` keeps, as they come. */
export async function* only<T>(rows: AsyncIterable<T>, keep: (row: T) => boolean): AsyncGenerator<T> {
  for await (const row of rows) if (keep(row)) yield row
}
