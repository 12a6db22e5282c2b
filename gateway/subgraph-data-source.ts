import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway'
import { GraphQLError } from 'graphql'
import type { GatewayContext } from './context.js'

type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[]
}

/**
 * Forwards the caller's `Authorization` and the request id to every subgraph. Subgraphs verify the
 * token again themselves; the gateway never sends a derived identity they would have to trust.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Context is absent for the gateway's own requests (health checks); those go out anonymous.
    if (!('requestId' in context)) return
    if (context.authorization) request.http?.headers.set('authorization', context.authorization)
    request.http?.headers.set('x-request-id', context.requestId)
  }

  /**
   * A subgraph that answers with a non-2xx status (401 for an anonymous write, 500 for a masked
   * failure) would otherwise reach the client as "401: Unauthorized" with `extensions.response`
   * holding the subgraph's internal URL and raw body. The client gets the subgraph's own first error
   * instead (message and extensions: formatError still masks unknown codes), and never the address.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response)
    const { response: internal, ...extensions } = error.extensions
    const body = (internal as { body?: unknown } | undefined)?.body as SubgraphErrorBody | undefined
    const first = typeof body === 'object' && body !== null && Array.isArray(body.errors) ? body.errors[0] : undefined
    if (first && typeof first.message === 'string' && typeof first.extensions?.['code'] === 'string') {
      return new GraphQLError(first.message, { extensions: first.extensions })
    }
    return new GraphQLError(error.message, { extensions })
  }
}
