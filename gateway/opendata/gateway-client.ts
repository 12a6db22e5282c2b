/**
 * The publisher's only way to data: public GraphQL queries POSTed to the gateway WITHOUT a token,
 * exactly as every anonymous caller would send them. Whatever the API hides from anonymous callers
 * (restricted fields, other towns' drafts) therefore cannot reach a published file.
 */
export interface GatewayClient {
  /** The gateway's GraphQL URL, e.g. http://127.0.0.1:4000/graphql. */
  url: string
  query<T>(document: string, variables?: Record<string, unknown>): Promise<T>
  /** Every node of a cursor connection, page by page (only one page is held at a time). */
  paginate<T>(
    document: string,
    variables: Record<string, unknown>,
    connectionOf: (data: never) => Connection<T>,
  ): AsyncGenerator<T>
}

export interface Connection<T> {
  nodes: T[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

export class PublicQueryError extends Error {
  override name = 'PublicQueryError'
}

const PAGE_SIZE = 200

export function createGatewayClient(url: string): GatewayClient {
  async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(url, {
      method: 'POST',
      // Apollo's CSRF prevention wants a non-simple content type; no Authorization header, ever.
      headers: { 'content-type': 'application/json', 'x-request-id': 'opendata-publisher' },
      body: JSON.stringify({ query: document, variables }),
    })
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] }
    if (!response.ok || body.errors?.length || body.data === undefined) {
      throw new PublicQueryError(
        `public query failed (${response.status}): ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`,
      )
    }
    return body.data
  }
  async function* paginate<T>(
    document: string,
    variables: Record<string, unknown>,
    connectionOf: (data: never) => Connection<T>,
  ) {
    let after: string | null = null
    do {
      const page: Connection<T> = connectionOf(
        (await query(document, { ...variables, first: PAGE_SIZE, after })) as never,
      )
      yield* page.nodes
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
    } while (after)
  }
  return { url, query, paginate: (document, variables, connectionOf) => paginate(document, variables, connectionOf) }
}

const registered = new Set<string>()

/**
 * Declares a document the publisher sends (at module load, next to the dataset that uses it), so
 * `npm run codegen` can add every one of them to the persisted-operation safelist: publishing keeps
 * working when the gateway runs with PERSISTED_OPERATIONS_ONLY=1.
 */
export function publicQuery(document: string): string {
  registered.add(document)
  return document
}

export const registeredPublicQueries = (): readonly string[] => [...registered]
