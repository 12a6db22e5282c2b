/** The ict subgraph on its own: `DATABASE_URL=postgres://ict_svc:…@host/db PORT=… node dist/subgraphs/ict/main.js`. */
import { runSubgraphMain } from '../../lib/process/run-subgraph.js'
import { DEFAULT_SUBGRAPH_URLS } from '../../gateway/subgraph-urls.js'
import { createIctSubgraph } from './server.js'

runSubgraphMain('ict', Number(new URL(DEFAULT_SUBGRAPH_URLS.ict).port), createIctSubgraph)
