/**
 * Merges per-entity resolver maps type by type. A bare object spread would let a second `Query`
 * silently replace the first; here two maps defining the same field is an error at start-up.
 */
type ResolverMap = Record<string, object | undefined>

export function mergeResolvers<T extends ResolverMap>(...maps: T[]): T {
  const merged: Record<string, Record<string, unknown>> = {}
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      if (!fields) continue
      const target = (merged[typeName] ??= {})
      for (const [fieldName, resolver] of Object.entries(fields)) {
        if (fieldName in target) throw new Error(`Resolver ${typeName}.${fieldName} is defined twice`)
        target[fieldName] = resolver
      }
    }
  }
  return merged as T
}
