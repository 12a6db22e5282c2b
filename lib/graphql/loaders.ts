import DataLoader from 'dataloader'
import { groupBy } from '../collections.js'

/**
 * The two DataLoader shapes every subgraph needs, written once. Each batch is one
 * `where key in (…)` query; results come back in key order with `null` / `[]` for missing keys.
 * Loaders are created per request (in createContext), never shared between callers.
 */

type KeyOf<K, V> = (row: V) => K
const cacheKey = <K>(key: K) => (typeof key === 'string' || typeof key === 'number' ? key : JSON.stringify(key))

/** One row (or null) per key. */
export function rowLoader<K, V>(fetch: (keys: readonly K[]) => Promise<readonly V[]>, keyOf: KeyOf<K, V>) {
  return new DataLoader<K, V | null, string | number>(
    async (keys) => {
      const byKey = new Map<string | number, V>()
      for (const row of await fetch(keys)) byKey.set(cacheKey(keyOf(row)), row)
      return keys.map((key) => byKey.get(cacheKey(key)) ?? null)
    },
    { cacheKeyFn: cacheKey },
  )
}

/** All rows (possibly none) per key, in the order the query returned them. */
export function groupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<readonly V[]>, keyOf: KeyOf<K, V>) {
  return new DataLoader<K, V[], string | number>(
    async (keys) => {
      const byKey = groupBy(await fetch(keys), (row) => cacheKey(keyOf(row)))
      return keys.map((key) => byKey.get(cacheKey(key)) ?? [])
    },
    { cacheKeyFn: cacheKey },
  )
}

/**
 * For references the database guarantees (foreign keys): a missing row is a broken invariant,
 * reported as an internal error rather than a silently null non-null field.
 */
export async function required<V>(pending: V | null | Promise<V | null>, what: string): Promise<V> {
  const value = await pending
  if (value === null) throw new Error(`Integrity error: ${what} does not exist`)
  return value
}
