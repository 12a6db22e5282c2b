/** Map.groupBy is Node 21+; this is the same for Node 20. Groups keep the input order. */
export function groupBy<K, V>(items: Iterable<V>, keyOf: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

/** The named fields of `changes` that are set (not undefined): what a partial update writes, and nothing else. */
export function definedFields<T extends object, K extends keyof T>(
  changes: T,
  keys: readonly K[],
): { [P in K]?: Exclude<T[P], undefined> } {
  const picked: { [P in K]?: Exclude<T[P], undefined> } = {}
  for (const key of keys) {
    const value = changes[key]
    if (value !== undefined) picked[key] = value as Exclude<T[K], undefined>
  }
  return picked
}
