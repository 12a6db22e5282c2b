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

/** A page of served towns (`servedMunicipalities`), each with the first `$rows` of its rows. */
type TownsPageDocument<TTown> = TypedDocumentNode<
  { servedMunicipalities: Connection<TTown> },
  { first?: number | null; after?: string | null; rows?: number | null }
>

/**
 * Every node of a per-town connection, town after town in the served order (`servedMunicipalities`: the parties in
 * signing order, then the towns of the other 圏域 by code; up to 1,741 nationwide), page after page, with one query
 * per page of towns rather than one per town. `towns` pages through `servedMunicipalities` and asks each town
 * (`code`, `name`) for the first `$rows` of its rows (`rowsOf`; the subgraph answers a whole page of towns with one
 * SQL statement, its connection loader); a town with more rows than that continues with `more`, the per-town query
 * (`$code`), from its cursor (`moreRowsOf`). Rows of one town come together, in the connection's own order, each
 * with its town.
 */
export async function* eachTownsRows<TTown extends Town, TNode, TMore, TMoreVariables extends { code: string }>(
  gateway: GatewayClient,
  queries: {
    towns: TownsPageDocument<TTown>
    rowsOf: (town: TTown) => Connection<TNode> | null | undefined
    more: TypedDocumentNode<TMore, TMoreVariables>
    moreRowsOf: (data: TMore) => Connection<TNode> | null | undefined
  },
): AsyncGenerator<{ town: Town; node: TNode }> {
  const { towns, rowsOf, more, moreRowsOf } = queries
  const pages = gateway.paginate(towns, { rows: ROWS_PER_TOWN }, (data) => data.servedMunicipalities, {
    pageSize: TOWNS_PER_PAGE,
  })
  for await (const served of pages) {
    const rows = rowsOf(served)
    if (!rows) continue
    const town = { code: served.code, name: served.name }
    for (const node of rows.nodes) yield { town, node }
    const { hasNextPage, endCursor } = rows.pageInfo
    if (!hasNextPage || !endCursor) continue
    const variables = { code: town.code } as Omit<TMoreVariables, 'first' | 'after'>
    for await (const node of gateway.paginate(more, variables, moreRowsOf, { after: endCursor })) yield { town, node }
  }
}

/**
 * A town's record with its town as `municipality`: the town is the page's, so the query need not ask each row for
 * it (one entity fetch from the agreement subgraph less per page, and its merge).
 */
export const withTown = <TNode>({ town, node }: { town: Town; node: TNode }) => ({ ...node, municipality: town })

/** Each item of `items` through `map`, as they come. */
export async function* mapped<T, U>(items: AsyncIterable<T>, map: (item: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield map(item)
}
