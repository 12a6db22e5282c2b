import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { print, type DocumentNode } from 'graphql'
import type { ServiceTokenSource } from '../../lib/auth/service-tokens.js'
/**
 * The publisher's only way to data: public GraphQL queries POSTed to the gateway under the publisher's own
 * service account (role `publisher`). That account reads exactly what an anonymous caller reads — restricted
 * fields stay null for it, row-level security gives it the anonymous rows — so nothing restricted can reach a
 * published file; the token only gives it a rate-limit bucket of its own instead of its address's shared one.
 */
export interface GatewayClient {
  /** The gateway's GraphQL URL, e.g. http://127.0.0.1:4000/graphql. */
  url: string
  query<TData, TVariables extends Variables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData>
  /**
   * Every node of a cursor connection, page by page, the next page asked for while this one's nodes are read (at
   * most two pages held); a null connection is empty.
   * `from.after` starts after a cursor the caller already has; `from.pageSize` asks for smaller pages than the
   * maximum (200), for pages whose nodes carry connections of their own.
   */
  paginate<TData, TVariables extends Variables, TNode>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: Omit<TVariables, 'first' | 'after'>,
    connectionOf: (data: TData) => Connection<TNode> | null | undefined,
    from?: { after?: string | null; pageSize?: number },
  ): AsyncGenerator<TNode>
}

type Variables = Record<string, unknown>

export interface Connection<T> {
  nodes: T[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

export class PublicQueryError extends Error {
  override name = 'PublicQueryError'
}

const PAGE_SIZE = 200

/**
 * The text sent for a document: graphql-js's canonical print, the same text the persisted-operation safelist
 * holds for gateway/opendata/**\/*.graphql (scripts/persisted-operations.ts), so publishing works under
 * PERSISTED_OPERATIONS_ONLY=1.
 */
const printed = new WeakMap<DocumentNode, string>()
function textOf(document: DocumentNode): string {
  let text = printed.get(document)
  if (text === undefined) {
    text = print(document)
    printed.set(document, text)
  }
  return text
}

export function createGatewayClient(url: string, token: ServiceTokenSource): GatewayClient {
  async function query<TData, TVariables extends Variables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    const response = await fetch(url, {
      method: 'POST',
      // Apollo's CSRF prevention wants a non-simple content type.
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'opendata-publisher',
        authorization: `Bearer ${await token()}`,
      },
      body: JSON.stringify({ query: textOf(document), variables: variables ?? {} }),
    })
    const body = (await response.json()) as { data?: TData; errors?: { message: string }[] }
    if (!response.ok || body.errors?.length || body.data === undefined) {
      throw new PublicQueryError(
        `public query failed ` +
          `(${response.status}): ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`,
      )
    }
    return body.data
  }
  async function* paginate<TData, TVariables extends Variables, TNode>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: Omit<TVariables, 'first' | 'after'>,
    connectionOf: (data: TData) => Connection<TNode> | null | undefined,
    from: { after?: string | null; pageSize?: number } = {},
  ): AsyncGenerator<TNode> {
    const pageAfter = (after: string | null) => {
      const page = query(document, { ...variables, first: from.pageSize ?? PAGE_SIZE, after } as unknown as TVariables)
      // Marked handled at once: a page that fails while the caller is still writing the one before is not an
      // unhandled rejection (which would end the process); its error is thrown where it is awaited.
      page.catch(() => undefined)
      return page
    }
    // The next page is asked for as soon as this one's cursor is known, before this one's nodes are handed out: the
    // platform answers it while the caller writes these (at most two pages held: this one and the one coming).
    let coming: Promise<TData> | null = pageAfter(from.after ?? null)
    while (coming) {
      const page = connectionOf(await coming)
      coming = null
      if (!page) return
      const after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
      if (after) coming = pageAfter(after)
      yield* page.nodes
    }
  }
  return { url, query, paginate }
}
