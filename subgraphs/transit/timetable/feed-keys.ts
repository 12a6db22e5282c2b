/**
 * GTFS ids are unique only within a feed version: `(feedVersionId, id)` addresses a stop, route,
 * trip or shape. As a string key (DataLoader keys, cursors) it is `version|id`.
 */
export interface FeedKey {
  feedVersionId: string
  id: string
}

export const feedKey = (feedVersionId: string, id: string) => `${feedVersionId}|${id}`

export function parseFeedKey(key: string): FeedKey {
  const separator = key.indexOf('|')
  return { feedVersionId: key.slice(0, separator), id: key.slice(separator + 1) }
}

export const isFeedKey = (key: string) => /^[0-9a-f-]{36}\|.{1,200}$/.test(key)

/** The keys as two parallel arrays, for `unnest($1::uuid[], $2::text[])`: one statement for any number of keys. */
export function keyColumns(keys: readonly string[]) {
  const parsed = keys.map(parseFeedKey)
  return { versions: parsed.map((key) => key.feedVersionId), ids: parsed.map((key) => key.id) }
}
