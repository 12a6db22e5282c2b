import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway'
import type { GatewayContext } from './context.js'

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
}
