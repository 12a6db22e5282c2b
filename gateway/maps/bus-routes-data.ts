import { querySubgraph } from '../embed/subgraph-query.js'

/**
 * Bus routes as lines on a map, read anonymously from the transit subgraph (public data only): each route of the
 * towns' active feeds with its patterns, drawn along the feed's shape where it has one, else along the stops of
 * the pattern in order. Patterns that share a path are drawn once.
 */

export interface MapRoute {
  /** operator id | route_id: unique across feeds. */
  id: string
  name: string
  operator: string
  /** `#rrggbb` from route_color, or null (the map's default colour). */
  color: string | null
  /** Distinct stops served by the route's patterns. */
  stopCount: number
  isSample: boolean
  /** One polyline per distinct path: [latitude, longitude] pairs. */
  paths: [number, number][][]
}

interface Point {
  latitude: number
  longitude: number
}
export interface ApiRoute {
  routeId: string
  shortName: string | null
  longName: string | null
  color: string | null
  operator: { id: string; name: string; isSample: boolean }
  patterns: { stops: { stopId: string; location: Point }[]; shape: { points: Point[] } | null }[]
}
interface Page {
  _entities: ({ routes: { nodes: ApiRoute[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null)[]
}

// `_entities` is how a subgraph is asked about an entity it extends (Municipality): one request for every town.
const QUERY = `query MapRoutes($towns: [_Any!]!, $after: String) {
  _entities(representations: $towns) { ... on Municipality {
    routes(first: 200, after: $after) {
      nodes { routeId shortName longName color operator { id name isSample }
        patterns { stops { stopId location { latitude longitude } } shape { points { latitude longitude } } } }
      pageInfo { hasNextPage endCursor }
    } } }
}`

/** A region has tens of routes; the cap bounds a runaway feed, not the map. */
const MAX_PAGES = 5

const HEX = /^[0-9a-fA-F]{6}$/

function pathsOf(route: ApiRoute): [number, number][][] {
  const seen = new Set<string>()
  const paths: [number, number][][] = []
  for (const pattern of route.patterns) {
    const points = pattern.shape?.points.length ? pattern.shape.points : pattern.stops.map((stop) => stop.location)
    const path = points.map((point): [number, number] => [point.latitude, point.longitude])
    const key = JSON.stringify(path)
    if (path.length < 2 || seen.has(key)) continue
    seen.add(key)
    paths.push(path)
  }
  return paths
}

/** One route of the API as the map draws it (exported for its test: which path a pattern is drawn along). */
export function mapRouteOf(route: ApiRoute): MapRoute {
  const stops = new Set(route.patterns.flatMap((pattern) => pattern.stops.map((stop) => stop.stopId)))
  return {
    id: `${route.operator.id}|${route.routeId}`,
    name: [route.shortName, route.longName].filter(Boolean).join(' ') || route.routeId,
    operator: route.operator.name,
    color: route.color && HEX.test(route.color) ? `#${route.color}` : null,
    stopCount: stops.size,
    isSample: route.operator.isSample,
    paths: pathsOf(route),
  }
}

type Entity = Page['_entities'][number]

const representation = (code: string) => ({ __typename: 'Municipality', code })

async function entities(transitUrl: string, towns: readonly string[], after: string | null): Promise<Entity[]> {
  const data = await querySubgraph<Page>(transitUrl, QUERY, { towns: towns.map(representation), after })
  return data._entities
}

/** The routes of the towns' operators (each once, though several towns list it), ordered by operator and name. */
export async function readMapRoutes(transitUrl: string, towns: readonly string[]): Promise<MapRoute[]> {
  const routes = new Map<string, MapRoute>()
  const add = (entity: Entity) => {
    for (const route of entity?.routes.nodes ?? [])
      routes.set(`${route.operator.id}|${route.routeId}`, mapRouteOf(route))
  }
  // Every town's first page in one request; a town with more routes than a page then pages on its own.
  const first = await entities(transitUrl, towns, null)
  first.forEach(add)
  for (const [index, entity] of first.entries()) {
    let page = entity?.routes.pageInfo
    const town = towns[index]
    for (let count = 1; town && page?.hasNextPage && count < MAX_PAGES; count += 1) {
      const [next] = await entities(transitUrl, [town], page.endCursor)
      add(next ?? null)
      page = next?.routes.pageInfo
    }
  }
  return [...routes.values()].sort(
    (a, b) => a.operator.localeCompare(b.operator, 'ja') || a.name.localeCompare(b.name, 'ja'),
  )
}
