/**
 * The agreement subgraph on its own:
 * `DATABASE_URL=postgres://agreement_svc:…@host/db PORT=… node dist/subgraphs/agreement/main.js`.
 */
import { runSubgraphMain } from '../../lib/process/run-subgraph.js'
import { DEFAULT_SUBGRAPH_URLS } from '../../gateway/subgraph-urls.js'
import { createAgreementSubgraph } from './server.js'

runSubgraphMain('agreement', Number(new URL(DEFAULT_SUBGRAPH_URLS.agreement).port), createAgreementSubgraph)
