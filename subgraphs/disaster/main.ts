/**
 * The disaster subgraph on its own:
 * `DATABASE_URL=postgres://disaster_svc:…@host/db PORT=… node dist/subgraphs/disaster/main.js`.
 */
import { runSubgraphMain } from '../../lib/process/run-subgraph.js'
import { DEFAULT_SUBGRAPH_URLS } from '../../gateway/subgraph-urls.js'
import { createDisasterSubgraph } from './server.js'

runSubgraphMain('disaster', Number(new URL(DEFAULT_SUBGRAPH_URLS.disaster).port), createDisasterSubgraph)
