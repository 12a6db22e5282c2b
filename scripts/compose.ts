/**
 * Composes the four subgraph schemas into `codegen/supergraph.graphql` (what the gateway loads;
 * no introspection at start-up) and `codegen/api-schema.graphql` (the public schema clients see,
 * used for typed operations and documentation). Fails on any composition error or hint.
 */
import { composeServices } from '@apollo/composition'
import { writeFileSync } from 'node:fs'
import { printSchema } from 'graphql'
import { SUBGRAPH_NAMES } from '../lib/config.js'
import { readSubgraphSchema } from '../lib/graphql/subgraph-app.js'
import { projectPath } from '../lib/paths.js'
import { DEFAULT_SUBGRAPH_URLS } from '../gateway/subgraph-urls.js'

const result = composeServices(
  SUBGRAPH_NAMES.map((name) => ({ name, typeDefs: readSubgraphSchema(name), url: DEFAULT_SUBGRAPH_URLS[name] })),
)
if (result.errors) {
  for (const error of result.errors) console.error(`composition error: ${error.message}`)
  process.exit(1)
}
if (result.hints.length > 0) {
  for (const hint of result.hints) console.error(`composition hint (${hint.definition.code}): ${hint.message}`)
  process.exit(1)
}
writeFileSync(projectPath('codegen', 'supergraph.graphql'), result.supergraphSdl)
writeFileSync(
  projectPath('codegen', 'api-schema.graphql'),
  `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
)
console.log('composed codegen/supergraph.graphql and codegen/api-schema.graphql')
