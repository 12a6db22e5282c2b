import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { randomUUID } from 'node:crypto'
import { print, type DocumentNode } from 'graphql'
import type { ServiceTokenSource } from '../../lib/auth/service-tokens.js'
import { NodesSplitter } from './nodes-splitter.js'
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

/** What a GraphQL answer's JSON holds. */
interface Answer<TData> {
  data?: TData
  errors?: { message: string }[]
}

/** The answer's data, or the error a failed answer (an HTTP error, GraphQL errors, no data) fails the publish with. */
function dataOf<TData>(status: number, ok: boolean, answer: Answer<TData>): TData {
  if (!ok || answer.errors?.length || answer.data === undefined) {
    throw new PublicQueryError(
      `public query failed (${status}): ${answer.errors?.map((error) => error.message).join('; ') ?? 'no data'}`,
    )
  }
  return answer.data
}

/**
 * Stands in the answer's nodes array while the rest of the answer before it is read (NodesSplitter `findHead`): the
 * connection the caller names must hold it alone, or the array found was not the connection's.
 */
const NODES_PLACEHOLDER = `\u0000opendata-nodes-${randomUUID()}`

/**
 * One page of a connection as its answer arrives: `data` is the answer with the connection's nodes left out (its
 * `pageInfo` is there: the operations ask for it before `nodes`), `nodes` hands them out as they are read (one
 * `JSON.parse` each) and fails at the end if the answer carried errors after its data or was cut
 * short. An answer without a nodes array (a null connection, an error) is read whole.
 */
interface Page<TData> {
  data: TData
  nodes: (() => AsyncGenerator) | null
  cancel: () => Promise<void>
}

async function readPage<TData>(
  response: Response,
  connectionOf: (data: TData) => Connection<unknown> | null | undefined,
): Promise<Page<TData>> {
  const { status, ok } = response
  if (!ok || !response.body) return wholePage(dataOf(status, ok, (await response.json()) as Answer<TData>))
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const decoder = new TextDecoder()
  const splitter = new NodesSplitter()
  const cancel = () => reader.cancel().catch(() => undefined)
  try {
    let head: string | null = null
    while (head === null) {
      const chunk = await reader.read()
      splitter.push(chunk.done ? decoder.decode() : decoder.decode(chunk.value, { stream: true }))
      if (chunk.done) return wholePage(dataOf(status, ok, JSON.parse(splitter.whole()) as Answer<TData>))
      head = splitter.findHead(NODES_PLACEHOLDER)
    }
    const data = dataOf(status, ok, JSON.parse(head) as Answer<TData>)
    checkPlaceholder(connectionOf(data))
    async function* nodes() {
      try {
        yield* splitter.nodes()
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          splitter.push(decoder.decode(chunk.value, { stream: true }))
          yield* splitter.nodes()
        }
        splitter.push(decoder.decode())
        yield* splitter.nodes()
        dataOf(status, ok, splitter.finish() as Answer<TData>)
      } finally {
        await cancel()
      }
    }
    return { data, nodes, cancel }
  } catch (error) {
    await cancel()
    throw error
  }
}

const wholePage = <TData>(data: TData): Page<TData> => ({ data, nodes: null, cancel: () => Promise.resolve() })

/**
 * The nodes array found must be the connection's (which then holds the placeholder alone) and come after its
 * `pageInfo`; emptied of the placeholder, as its nodes are handed out apart.
 */
function checkPlaceholder(connection: Connection<unknown> | null | undefined): void {
  const found = connection?.pageInfo && connection.nodes.length === 1 && connection.nodes[0] === NODES_PLACEHOLDER
  if (!connection || !found) throw new Error(`a nodes array that is not its connection's, or before its pageInfo`)
  connection.nodes = []
}

export function createGatewayClient(url: string, token: ServiceTokenSource): GatewayClient {
  const post = async (document: DocumentNode, variables: Variables | undefined) =>
    fetch(url, {
      method: 'POST',
      // Apollo's CSRF prevention wants a non-simple content type.
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'opendata-publisher',
        authorization: `Bearer ${await token()}`,
      },
      body: JSON.stringify({ query: textOf(document), variables: variables ?? {} }),
    })
  async function query<TData, TVariables extends Variables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    const response = await post(document, variables)
    return dataOf(response.status, response.ok, (await response.json()) as Answer<TData>)
  }
  async function* paginate<TData, TVariables extends Variables, TNode>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: Omit<TVariables, 'first' | 'after'>,
    connectionOf: (data: TData) => Connection<TNode> | null | undefined,
    from: { after?: string | null; pageSize?: number } = {},
  ): AsyncGenerator<TNode> {
    const pageAfter = (after: string | null) => {
      const first = from.pageSize ?? PAGE_SIZE
      const page = post(document, { ...variables, first, after }).then((response) => readPage(response, connectionOf))
      // Marked handled at once: a page that fails while the caller is still writing the one before is not an
      // unhandled rejection (which would end the process); its error is thrown where it is awaited.
      page.catch(() => undefined)
      return page
    }
    // The next page is asked for as soon as this one's cursor is known — its pageInfo, which the answer carries
    // before its nodes —, before this one's nodes are read: the platform answers it while the caller writes these.
    // At most two pages are open and neither is held whole: this one's nodes are parsed one at a time as they are
    // handed out, and the coming one waits unread (but for its head) in the connection until its turn.
    let coming: Promise<Page<TData>> | null = pageAfter(from.after ?? null)
    let current: Page<TData> | null = null
    try {
      while (coming) {
        current = await coming
        coming = null
        const page = connectionOf(current.data)
        if (!page) return
        const after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
        if (after) coming = pageAfter(after)
        yield* (current.nodes ? current.nodes() : page.nodes) as AsyncIterable<TNode>
      }
    } finally {
      await current?.cancel()
      // A caller that stops early leaves the page asked for ahead unread: its answer is dropped, not left open.
      void coming?.then(
        (page) => page.cancel(),
        () => undefined,
      )
    }
  }
  return { url, query, paginate }
}
