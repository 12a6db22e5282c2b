import DataLoader from 'dataloader'
import { groupBy } from '../collections.js'
import { badUserInput } from '../errors.js'

/** Every list that can grow is a cursor connection with this hard maximum page size. */
export const MAX_PAGE_SIZE = 200
export const DEFAULT_PAGE_SIZE = 50

export interface PageArgs {
  first?: number | null
  after?: string | null
}

/** A validated page request: fetch `limit + 1` rows after the decoded sort key to learn whether more exist. */
export interface PageRequest {
  limit: number
  afterKey: string | null
}

export interface Connection<V> {
  nodes: V[]
  edges: { cursor: string; node: V }[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  /**
   * The number of items in the whole list (every page), counted only when a query selects `totalCount`:
   * graphql-js's default field resolver calls a function it finds under the field's name.
   */
  totalCount: () => Promise<number>
}

/**
 * The resolver-side shape of every `…Connection` type (the codegen plugin maps them all to it): the generated
 * type `T`, with `totalCount` as the lazy counter above instead of a number.
 */
export type CountedLazily<T extends { totalCount: number }> = Omit<T, 'totalCount'> & {
  totalCount: () => Promise<number>
}

/** Counts of a per-parent list for a batch of parents: parents with no rows may be missing. */
export type ParentCounts = readonly { key: string; count: number }[]

const CURSOR_PREFIX = 'c1:'
export const encodeCursor = (sortKey: string) => Buffer.from(CURSOR_PREFIX + sortKey, 'utf8').toString('base64url')

function decodeCursor(cursor: string, isValidSortKey: (key: string) => boolean): string {
  const decoded = /^[A-Za-z0-9_-]{1,400}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : ''
  const sortKey = decoded.slice(CURSOR_PREFIX.length)
  if (!decoded.startsWith(CURSOR_PREFIX) || !isValidSortKey(sortKey)) {
    throw badUserInput('after is not a cursor returned by this list (use its pageInfo.endCursor).', { field: 'after' })
  }
  return sortKey
}

/**
 * Validates `first` / `after`. `isValidSortKey` checks the decoded cursor against the list's sort
 * key format, so a forged cursor is a BAD_USER_INPUT rather than a database cast error.
 */
export function pageRequest(args: PageArgs, isValidSortKey: (key: string) => boolean): PageRequest {
  const limit = args.first ?? DEFAULT_PAGE_SIZE
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${limit}.`, { field: 'first' })
  }
  return { limit, afterKey: args.after ? decodeCursor(args.after, isValidSortKey) : null }
}

/**
 * A page of `limit + 1` fetched rows as a connection. `totalCount` runs the list's count (the same filters,
 * no cursor) only if the query asks for it, at most once.
 */
export function toConnection<V>(
  rows: readonly V[],
  page: PageRequest,
  sortKeyOf: (row: V) => string,
  totalCount: () => Promise<number>,
): Connection<V> {
  const nodes = rows.slice(0, page.limit)
  const edges = nodes.map((node) => ({ cursor: encodeCursor(sortKeyOf(node)), node }))
  return {
    nodes,
    edges,
    pageInfo: { hasNextPage: rows.length > page.limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: once(totalCount),
  }
}

/** A count asked for twice in one answer (aliases) runs once. */
function once(count: () => Promise<number>): () => Promise<number> {
  let pending: Promise<number> | undefined
  return () => (pending ??= count())
}

const cacheKey = (request: { key: string; page: PageRequest }) => `${request.key}|${JSON.stringify(request.page)}`

/**
 * The total count of a per-parent list for a whole batch of parents: one statement (`group by` the parent)
 * for every parent whose connection's `totalCount` was asked for in the same tick.
 */
function countLoader<K extends string>(count: (keys: readonly K[]) => Promise<ParentCounts>) {
  return new DataLoader<K, number>(async (keys) => {
    const counts = new Map<string, number>((await count(keys)).map((row) => [row.key, row.count]))
    return keys.map((key) => counts.get(key) ?? 0)
  })
}

/**
 * A connection per parent key (e.g. the shelters of each municipality) for a whole batch of parents:
 * keys asking for the same page are fetched with one statement (the repository returns at most
 * `limit + 1` rows per parent, e.g. with row_number() over a partition). `count` gives the totals of a
 * batch of parents in one statement too (lib/db/paging.ts `countPerParent`).
 */
export function connectionLoader<K extends string, V>(
  fetch: (keys: readonly K[], page: PageRequest) => Promise<readonly V[]>,
  keyOf: (row: V) => K,
  sortKeyOf: (row: V) => string,
  count: (keys: readonly K[]) => Promise<ParentCounts>,
) {
  const totals = countLoader(count)
  const connectionOf = (rows: readonly V[], key: K, page: PageRequest) =>
    toConnection(rows, page, sortKeyOf, () => totals.load(key))
  return new DataLoader<{ key: K; page: PageRequest }, Connection<V>, string>(
    async (requests) => {
      const batches = new Map<string, { page: PageRequest; keys: K[] }>()
      for (const { key, page } of requests) {
        const pageKey = JSON.stringify(page)
        const batch = batches.get(pageKey) ?? { page, keys: [] }
        batch.keys.push(key)
        batches.set(pageKey, batch)
      }
      const results = new Map<string, Connection<V>>()
      for (const { page, keys } of batches.values()) {
        const rowsByKey = groupBy(await fetch(keys, page), keyOf)
        for (const key of keys) results.set(cacheKey({ key, page }), connectionOf(rowsByKey.get(key) ?? [], key, page))
      }
      return requests.map((request) => results.get(cacheKey(request)) ?? connectionOf([], request.key, request.page))
    },
    { cacheKeyFn: cacheKey },
  )
}

/** The sort key of lists ordered by creation time then id: unique, so pages never skip or repeat. */
export const createdAtSortKey = (row: { createdAt: Date; id: string }) => `${row.createdAt.toISOString()}|${row.id}`
export const isCreatedAtSortKey = (key: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(
    key,
  )
