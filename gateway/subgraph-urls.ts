import { subgraphUrlOverride, SUBGRAPH_NAMES, type Config, type SubgraphName } from '../lib/config.js'

export const DEFAULT_GATEWAY_PORT = 4000

/**
 * The URLs written into the composed supergraph: where the subgraphs listen when each runs alone
 * with its default port. `AGREEMENT_URL` etc. (or the all-in-one start) override them at run time.
 */
export const DEFAULT_SUBGRAPH_URLS: Record<SubgraphName, string> = {
  agreement: 'http://127.0.0.1:4001/graphql',
  disaster: 'http://127.0.0.1:4002/graphql',
  transit: 'http://127.0.0.1:4003/graphql',
  ict: 'http://127.0.0.1:4004/graphql',
}

export function subgraphUrlsFromConfig(config: Config): Record<SubgraphName, string> {
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, subgraphUrlOverride(config, name) ?? DEFAULT_SUBGRAPH_URLS[name]]),
  ) as Record<SubgraphName, string>
}
