/**
 * The transit subgraph on its own:
 * `DATABASE_URL=postgres://transit_svc:…@host/db PORT=… node dist/subgraphs/transit/main.js`.
 */
import { runSubgraphMain } from '../../lib/process/run-subgraph.js'
import { DEFAULT_SUBGRAPH_URLS } from '../../gateway/subgraph-urls.js'
import { createTransitSubgraph } from './server.js'

runSubgraphMain('transit', Number(new URL(DEFAULT_SUBGRAPH_URLS.transit).port), createTransitSubgraph)
