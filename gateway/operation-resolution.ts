import type { ApolloServerPlugin, BaseContext } from '@apollo/server'
import { GraphQLError } from 'graphql'

/**
 * A plain Apollo Server answers an `operationName` that names no operation of the document (or a
 * document with several operations and no name) with HTTP 400 OPERATION_RESOLUTION_FAILURE. Behind a
 * gateway the same request reaches Apollo Gateway's executor, which throws — and Apollo Server turns
 * a thrown executor error into HTTP 500 INTERNAL_SERVER_ERROR. This refuses the request before
 * execution, with the answer a client's mistake deserves.
 */
export function operationResolutionPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation, request }) => {
          if (operation) return Promise.resolve()
          const message = request.operationName
            ? `Unknown operation named ${JSON.stringify(request.operationName)}.`
            : 'Must provide operation name if query contains multiple operations.'
          return Promise.reject(
            new GraphQLError(message, {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
            }),
          )
        },
      }),
  }
}
