import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { print, type FormattedExecutionResult } from 'graphql'
import { publisherTokenSource, type ServiceTokenSource } from '../../lib/auth/service-tokens.js'
import { createTokenVerifier, signToken, type TokenSettings } from '../../lib/auth/tokens.js'
import type { StaffRole } from '../../lib/auth/viewer.js'
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js'
import { createLogger } from '../../lib/logger.js'
import { startServices, type RunningServices, type ServicesOptions } from '../../all-in-one/start-services.js'
import type { TestDatabase } from './database.js'
import { postJson } from './post-json.js'

export const TEST_TOKEN_SETTINGS = {
  secret: 'test-secret-that-is-long-enough-for-hs256-0123456789',
  issuer: 'minamisorachi-federation',
  audience: 'minamisorachi-api',
} satisfies TokenSettings

/** Every SQL statement the subgraphs ran, so tests can assert how many an operation costs. */
export class StatementRecorder {
  private statements: { subgraph: SubgraphName; sql: string }[] = []
  record = (subgraph: SubgraphName, sql: string) => void this.statements.push({ subgraph, sql })
  reset = () => void (this.statements = [])
  count = (subgraph?: SubgraphName) => this.list(subgraph).length
  list = (subgraph?: SubgraphName) =>
    this.statements.filter((s) => !subgraph || s.subgraph === subgraph).map((s) => s.sql)
}

export interface GraphQLResponse<TData> {
  status: number
  headers: Headers
  body: FormattedExecutionResult<TData>
}

export interface TestStack {
  services: RunningServices
  database: TestDatabase
  statements: StatementRecorder
  /** POSTs an operation to `url` (the gateway unless a subgraph's URL is given). */
  graphql<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
    options?: { token?: string; authorization?: string; url?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TData>>
  token(municipality: string, roles?: StaffRole[]): Promise<string>
  /** GETs `/metrics` of the gateway (or of `url`'s server) as a metrics service account. */
  metrics(url?: string): Promise<Response>
  /** The open-data publisher's service account (what `publishRelease` sends as `token`). */
  publisherToken: ServiceTokenSource
  stop(): Promise<void>
}

/** What a test may change about the stack; none = the worker's shared stack (shared-stack.ts). */
export type StackOverrides = Pick<
  ServicesOptions,
  | 'uploadLimitBytes'
  | 'feedImportLimits'
  | 'rateLimit'
  | 'queryLimits'
  | 'subgraphTimeoutMs'
  | 'writeTimeoutMs'
  | 'persistedOperations'
  | 'openData'
  | 'responseCache'
  | 'subgraphDedup'
  | 'corsAllowedOrigins'
  | 'embed'
  | 'events'
  | 'addressPolicy'
>

/** Four subgraphs and the gateway over `database`; `stop()` stops them and drops the database. */
export async function startOwnStack(overrides: StackOverrides, database: TestDatabase): Promise<TestStack> {
  const statements = new StatementRecorder()
  const publisherToken = publisherTokenSource(TEST_TOKEN_SETTINGS)
  const services = await startServices({
    databaseUrls: database.roleUrls,
    verifyToken: createTokenVerifier(TEST_TOKEN_SETTINGS),
    logger: createLogger(process.env['TEST_LOG_LEVEL'] ?? 'silent', 'test'),
    host: '127.0.0.1',
    gatewayPort: 0,
    subgraphPorts: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>,
    poolMax: 4,
    onQuery: statements.record,
    responseCache: { maxBytes: 16 * 1024 * 1024, httpMaxAgeSeconds: 0 },
    publisherToken,
    ...overrides,
  })
  const stop = async () => {
    await services.stop()
    await database.drop()
  }
  return stackOver({ services, database, statements, publisherToken, stop })
}

/** The test-facing handle of running services over `database`. */
export function stackOver(
  parts: Pick<TestStack, 'services' | 'database' | 'statements' | 'publisherToken' | 'stop'>,
): TestStack {
  const { services } = parts
  return {
    ...parts,
    graphql: graphqlClient(services.gatewayUrl),
    metrics: async (url = services.gatewayUrl) =>
      fetch(new URL('/metrics', url), { headers: { authorization: `Bearer ${await metricsToken()}` } }),
    token: (municipality, roles = ['editor']) =>
      signToken(TEST_TOKEN_SETTINGS, { subject: `test-${municipality}`, municipality, roles }),
  }
}

/** A Prometheus scraper's token (service account with role `metrics`). */
export const metricsToken = () => signToken(TEST_TOKEN_SETTINGS, { subject: 'prometheus', roles: ['metrics'] })

/** Typed documents printed once each: the same few documents are sent thousands of times. */
const printed = new WeakMap<object, string>()
const textOf = (document: TypedDocumentNode<unknown, never> | string) => {
  if (typeof document === 'string') return document
  const text = printed.get(document) ?? print(document)
  printed.set(document, text)
  return text
}

/** POSTs operations as JSON to `gatewayUrl` (or `options.url`), with a token when given. */
function graphqlClient(gatewayUrl: string): TestStack['graphql'] {
  return async (document, variables, options = {}) => {
    const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined)
    const response = await postJson(options.url ?? gatewayUrl, JSON.stringify({ query: textOf(document), variables }), {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
      ...options.headers,
    })
    return { ...response, body: response.body as FormattedExecutionResult<never> }
  }
}
