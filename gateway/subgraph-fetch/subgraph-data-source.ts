import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway'
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface'
import { GraphQLError, OperationTypeNode } from 'graphql'
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_REQUEST_HEADER,
  requestFingerprintOf,
} from '../../lib/idempotency/idempotency-key.js'
import type { GatewayContext } from '../context.js'
import type { InFlightFetches, SubgraphAnswer } from './in-flight-fetches.js'
import { uniqueRepresentations } from './unique-representations.js'

/** How long an idle kept-alive connection to a subgraph stays open (the agent destroys it then). */
const IDLE_CONNECTION_MS = 60_000

export interface SubgraphDataSourceOptions {
  url: string
  /** A hung subgraph must not hold the caller forever: the rest of the result still comes back. */
  timeoutMs: number
  /** Shares identical anonymous queries in flight at once; absent = every fetch is sent. */
  inFlight?: InFlightFetches | undefined
}

interface GraphQLBody {
  data?: Record<string, unknown> | null
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[]
  extensions?: Record<string, unknown>
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * How the gateway calls a subgraph: one POST with the caller's `Authorization` and request id
 * (subgraphs verify the token again themselves; the gateway never sends a derived identity they
 * would have to trust). Written for this gateway instead of extending Apollo's RemoteGraphQLDataSource,
 * so that identical anonymous queries can share one fetch (`InFlightFetches`) and so that the answer is
 * parsed per request from shared text; an `_entities` fetch asks for each distinct entity once
 * (unique-representations.ts).
 *
 * The POST goes out with `http.request` over kept-alive connections, not `fetch`: every gateway operation makes at
 * least one such hop, and `fetch` spends about half a millisecond of CPU more per call (web streams, a `Request`
 * and a `Response` object, a `Headers` per side).
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly request: typeof httpRequest
  private readonly agent: HttpAgent
  /** The subgraph's URL taken apart once: given as a string, `http.request` parsed it again on every fetch. */
  private readonly target: { protocol: string; hostname: string; port: string; path: string }

  constructor(private readonly options: SubgraphDataSourceOptions) {
    const url = new URL(options.url)
    const secure = url.protocol === 'https:'
    // `hostname` keeps an IPv6 literal's brackets, which http.request does not take.
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1')
    this.target = { protocol: url.protocol, hostname, port: url.port, path: `${url.pathname}${url.search}` }
    this.request = secure ? httpsRequest : httpRequest
    // An idle connection is closed here before the subgraph's server closes it (Fastify's keepAliveTimeout: 72 s), so
    // a request never goes out on a socket the server is closing at that moment (ECONNRESET).
    const agentOptions = { keepAlive: true, timeout: IDLE_CONNECTION_MS }
    this.agent = secure ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions)
  }

  /** A shared fetch carries the x-request-id of the request that sent it: the subgraph logs it once. */
  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { query, variables, operationName } = options.request
    const unique = uniqueRepresentations(variables)
    const body = JSON.stringify({ query, variables: unique?.variables ?? variables, operationName })
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    // Only a client's operation has a caller (its enum kind is not exported); the gateway's own requests go out
    // anonymous.
    const incoming = 'incomingRequestContext' in options ? options : undefined
    const caller = incoming?.context
    if (caller?.authorization) headers['authorization'] = caller.authorization
    if (caller) headers['x-request-id'] = caller.requestId
    // The key goes with a fingerprint of the client's whole operation: the subgraph stores both with the write.
    if (caller?.idempotencyKey && incoming) {
      const { source, request } = incoming.incomingRequestContext
      headers[IDEMPOTENCY_KEY_HEADER] = caller.idempotencyKey
      headers[IDEMPOTENCY_REQUEST_HEADER] = requestFingerprintOf({ ...request, query: source })
    }
    const send = () => this.send(body, headers)
    // Only anonymous queries: a signed-in caller may see what others may not, and a write is never repeated or merged.
    const inFlight =
      caller && !caller.authorization && incoming.incomingRequestContext.operation.operation === OperationTypeNode.QUERY
        ? this.options.inFlight
        : undefined
    const answer =
      inFlight && caller ? await inFlight.share(`${this.options.url}\n${body}`, caller.arrivedAt, send) : await send()
    return unique ? unique.expand(responseOf(answer)) : responseOf(answer)
  }

  /**
   * Rejects on a refused connection, a reset, or once `timeoutMs` has passed (the request is then destroyed). The
   * deadline is a timer cleared with the answer: with `AbortSignal.timeout` every fetch's timer ran its full course
   * and, where the signal was still alive, built its abort reason (a DOMException, with a stack), ~1 % of the
   * gateway's time under load.
   */
  private send(body: string, headers: Record<string, string>): Promise<SubgraphAnswer> {
    return new Promise((resolve, reject) => {
      // Called only from the request's events, which come after `deadline` is set below.
      const fail = (error: Error) => {
        clearTimeout(deadline)
        reject(error)
      }
      const outgoing = this.request(
        {
          ...this.target,
          method: 'POST',
          agent: this.agent,
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('error', fail)
          response.on('close', () => {
            if (!response.complete) fail(new Error(`subgraph answer ended before its end (${response.statusCode})`))
          })
          response.on('end', () => {
            clearTimeout(deadline)
            resolve({
              status: response.statusCode ?? 0,
              statusText: response.statusMessage ?? '',
              body: Buffer.concat(chunks).toString('utf8'),
            })
          })
        },
      )
      const deadline = setTimeout(() => {
        outgoing.destroy(new Error(`subgraph did not answer within ${this.options.timeoutMs} ms`))
      }, this.options.timeoutMs)
      outgoing.on('error', fail)
      outgoing.end(body)
    })
  }
}

function parsed(answer: SubgraphAnswer): unknown {
  try {
    return JSON.parse(answer.body)
  } catch {
    return undefined
  }
}

function responseOf(answer: SubgraphAnswer): GatewayGraphQLResponse {
  const body = parsed(answer)
  if (answer.status < 200 || answer.status > 299) throw errorOf(answer, body)
  if (!isObject(body)) throw new Error(`subgraph answered ${answer.status} without a JSON object`)
  return body
}

/**
 * A subgraph that answers with a non-2xx status (401 for an anonymous write, 500 for a masked failure)
 * reaches the client as the subgraph's own first error (message and extensions: formatError still masks
 * unknown codes) — never as "401: Unauthorized" with the subgraph's internal URL and raw body.
 */
function errorOf(answer: SubgraphAnswer, body: unknown): GraphQLError {
  const first =
    isObject(body) && Array.isArray((body as GraphQLBody).errors) ? (body as GraphQLBody).errors?.[0] : undefined
  if (first && typeof first.message === 'string' && typeof first.extensions?.['code'] === 'string') {
    return new GraphQLError(first.message, { extensions: first.extensions })
  }
  const code = answer.status === 401 ? 'UNAUTHENTICATED' : answer.status === 403 ? 'FORBIDDEN' : undefined
  return new GraphQLError(`${answer.status}: ${answer.statusText}`, { extensions: code ? { code } : {} })
}
