/**
 * One anonymous GraphQL read against a subgraph, as the server-rendered pages do (gateway/situation too):
 * the widgets show only public data, so they ask as anonymous and need no plan through the gateway.
 */

/** What a 503 asks the browser (and a frame's reload) to wait: a restarting subgraph is back within this. */
export const RETRY_AFTER_SECONDS = 30

/**
 * The subgraph did not answer (refused, timed out, or a 5xx without data): the page cannot be drawn now but
 * will be soon, so callers answer 503 with Retry-After rather than a 500 that reads like a bug.
 */
export class SubgraphUnavailableError extends Error {
  constructor(cause: unknown) {
    super('subgraph unavailable', { cause })
  }
}

export async function querySubgraph<TData>(url: string, query: string, variables: object): Promise<TData> {
  let response: Response
  let body: { data?: TData | null; errors?: { message: string }[] }
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    })
    body = (await response.json()) as typeof body
  } catch (error) {
    throw new SubgraphUnavailableError(error)
  }
  if (body.data) return body.data
  const message = `subgraph query: HTTP ${response.status} ${body.errors?.[0]?.message ?? ''}`
  throw response.status >= 500 ? new SubgraphUnavailableError(new Error(message)) : new Error(message)
}

/** A cursor connection's page as the pages read it: its nodes and where the next page starts. */
export interface SubgraphPage<T> {
  nodes: T[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

/**
 * Every node of a connection, page after page, through `querySubgraph`: `query` takes `$after` and `connectionOf`
 * picks the connection from its answer (typed by the caller's parameter, as `querySubgraph`'s answer is).
 */
export async function queryAllPages<TNode>(
  url: string,
  query: string,
  connectionOf: (data: never) => SubgraphPage<TNode>,
): Promise<TNode[]> {
  const nodes: TNode[] = []
  let after: string | null = null
  do {
    const page = connectionOf(await querySubgraph<never>(url, query, { after }))
    nodes.push(...page.nodes)
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
  } while (after !== null)
  return nodes
}
