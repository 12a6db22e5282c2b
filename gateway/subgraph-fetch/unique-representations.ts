import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface'

/**
 * An `_entities` fetch sent with each representation once. Apollo Gateway asks for an entity once per place it
 * appears in the answer: the system matrix's 20 rows × 1,741 towns made 34,820 representations of 1,741
 * municipalities, a 1.6 MB body the agreement subgraph refused (1 MiB limit), and the joint procurement finder's
 * groups 29,568. The subgraph is asked for each distinct one; its answer is spread back to every place, in the order
 * the gateway expects — a copy per repeat, as the gateway merges later fetches into these objects — and an error
 * about one entity is reported at each of its places.
 */
export interface UniqueRepresentations {
  variables: Record<string, unknown>
  expand: (response: GatewayGraphQLResponse) => GatewayGraphQLResponse
}

/** The fetch's variables with repeated representations removed, or null when none repeats (or it is no `_entities`). */
export function uniqueRepresentations(variables: Record<string, unknown> | undefined): UniqueRepresentations | null {
  const representations = variables?.['representations']
  if (!Array.isArray(representations) || representations.length < 2) return null
  const indexOfKey = new Map<string, number>()
  const unique: unknown[] = []
  // placesOf[u]: where the u-th distinct representation stood in the gateway's list.
  const placesOf: number[][] = []
  representations.forEach((representation: unknown, place) => {
    const key = JSON.stringify(representation)
    let index = indexOfKey.get(key)
    if (index === undefined) {
      index = unique.length
      indexOfKey.set(key, index)
      unique.push(representation)
      placesOf.push([])
    }
    placesOf[index]?.push(place)
  })
  if (unique.length === representations.length) return null
  return {
    variables: { ...variables, representations: unique },
    expand: (response) => spread(response, placesOf, representations.length),
  }
}

function spread(response: GatewayGraphQLResponse, placesOf: number[][], count: number): GatewayGraphQLResponse {
  const entities: unknown = response.data?.['_entities']
  const data =
    response.data && Array.isArray(entities)
      ? { ...response.data, _entities: spreadEntities(entities, placesOf, count) }
      : response.data
  const errors = response.errors?.flatMap((error) => {
    const path = error.path ?? []
    const index = path[0] === '_entities' ? path[1] : undefined
    if (typeof index !== 'number') return [error]
    return (placesOf[index] ?? []).map((place) => ({ ...error, path: ['_entities', place, ...path.slice(2)] }))
  })
  return { ...response, ...(data !== undefined && { data }), ...(errors && { errors }) }
}

function spreadEntities(entities: readonly unknown[], placesOf: number[][], count: number): unknown[] {
  const spreadOut = new Array<unknown>(count).fill(null)
  placesOf.forEach((places, index) => {
    const entity = entities[index] ?? null
    places.forEach((place, nth) => {
      spreadOut[place] = nth === 0 || entity === null ? entity : structuredClone(entity)
    })
  })
  return spreadOut
}
