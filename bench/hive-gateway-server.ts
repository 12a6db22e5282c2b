/**
 * The comparison gateway for `npm run bench`: @graphql-hive/gateway (GraphQL Hive's federation
 * gateway) serving our composed supergraph from its own process, as ours runs in its own. Given the
 * supergraph SDL with the running subgraphs' URLs already written into @join__graph (SUPERGRAPH_PATH)
 * and PORT. Defaults otherwise, minus what would serve pages or talk to the internet (landing page,
 * GraphiQL; no usage reporting is configured), so it is Hive as a user would deploy it.
 *
 * HIVE_UPSTREAM_DEDUPLICATION=off turns off one default that matters under a benchmark's load of
 * identical requests: Hive's HTTP executor merges identical subgraph requests in flight at the same
 * time into one, so 16 connections asking the same thing cost the subgraphs about one request.
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { parse, type DocumentNode } from 'graphql'

/** The part of @graphql-hive/gateway used here. */
interface HiveGatewayModule {
  createGatewayRuntime: (config: {
    supergraph: DocumentNode
    logging: 'error'
    landingPage: false
    graphiql: false
    transportEntries?: Record<string, { options: { deduplicateInflightRequests: boolean } }>
  }) => {
    (request: IncomingMessage, response: ServerResponse): void
    dispose(): Promise<void> | void
  }
}
// Imported by a non-literal name so the compiler does not load its declarations: they include
// @whatwg-node/fetch's `/// <reference lib="dom" />`, which puts the DOM's fetch types into the whole
// program and breaks Node's (Buffer request bodies) in gateway/ and the tests.
const hiveGatewayPackage: string = '@graphql-hive/gateway'
const { createGatewayRuntime } = (await import(hiveGatewayPackage)) as HiveGatewayModule

const supergraphPath = process.env['SUPERGRAPH_PATH']
const port = Number(process.env['PORT'])
if (!supergraphPath || !Number.isInteger(port) || port <= 0) throw new Error('set SUPERGRAPH_PATH and PORT')

const runtime = createGatewayRuntime({
  supergraph: parse(readFileSync(supergraphPath, 'utf8')),
  logging: 'error',
  landingPage: false,
  graphiql: false,
  ...(process.env['HIVE_UPSTREAM_DEDUPLICATION'] === 'off'
    ? { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }
    : {}),
})
const server = createServer(runtime)
server.listen(port, '127.0.0.1')
process.once('SIGTERM', () => {
  server.close()
  void Promise.resolve(runtime.dispose()).finally(() => process.exit(0))
})
