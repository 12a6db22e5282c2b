/**
 * One anonymous GraphQL read against a subgraph, as the server-rendered pages do (gateway/situation too):
 * the widgets show only public data, so they ask as anonymous and need no plan through the gateway.
 */
export async function querySubgraph<TData>(url: string, query: string, variables: object): Promise<TData> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  })
  const body = (await response.json()) as { data?: TData | null; errors?: { message: string }[] }
  if (!body.data) throw new Error(`subgraph query: HTTP ${response.status} ${body.errors?.[0]?.message ?? ''}`)
  return body.data
}
