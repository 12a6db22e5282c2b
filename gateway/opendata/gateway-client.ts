import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { print, type DocumentNode } from 'graphql'
/**
 * The publisher's only way to data: public GraphQL queries POSTed to the gateway WITHOUT a token,
 * exactly as every anonymous caller would send them. Whatever the API hides from anonymous callers
 * (restricted fields, other towns' drafts) therefore cannot reach a published file.
 */
export interface GatewayClient {
  /** The gateway's GraphQL URL, e.g. http://127.0.0.1:4000/graphql. */
  url: string
  query<TData, TVariables extends Variables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData>
  /** Every node of a cursor connection, page by page (only one page is held at a time); a null connection is empty. */
  paginate<TData, TVariables extends Variables, TNode>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: Omit<TVariables, 'first' | 'after'>,
    connectionOf: (data: TData) => Connection<TNode> | null | undefined,
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

export function createGatewayClient(url: string): GatewayClient {
  async function query<TData, TVariables extends Variables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    const response = await fetch(url, {
      method: 'POST',
      // Apollo's CSRF prevention wants a non-simple content type; no Authorization header, ever.
      headers: { 'content-type': 'application/json', 'x-request-id': 'opendata-publisher' },
      body: JSON.stringify({ query: textOf(document), variables: variables ?? {} }),
    })
    const body = (await response.json()) as { data?: TData; errors?: { message: string }[] }
    if (!response.ok || body.errors?.length || body.data === undefined) {
      throw new PublicQueryError(
        `public query failed (${response.status}): ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`,
      )
    }
    return body.data
  }
  async function* paginate<TData, TVariables extends Variables, TNode>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: Omit<TVariables, 'first' | 'after'>,
    connectionOf: (data: TData) => Connection<TNode> | null | undefined,
  ): AsyncGenerator<TNode> {
    let after: string | null = null
    do {
      const pageVariables = { ...variables, first: PAGE_SIZE, after } as unknown as TVariables
      const page = connectionOf(await query(document, pageVariables))
      if (!page) return
      yield* page.nodes
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
    } while (after)
  }
  return { url, query, paginate }
}
