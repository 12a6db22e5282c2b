import type { FastifyError, FastifyInstance } from 'fastify'
import { randomUUID } from 'node:crypto'

/** Codes of errors raised by the HTTP layer, before any GraphQL runs (body too large, rate limited, bad JSON). */
const HTTP_ERROR_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'BAD_REQUEST',
  429: 'RATE_LIMITED',
}

/**
 * Errors that stop a request before Apollo sees it get the same shape as GraphQL errors
 * (`{"errors":[{"message","extensions":{"code"}}]}`), so a client parses one format. Client errors
 * keep Fastify's message (it describes the request, e.g. "Body is not valid JSON"); anything else is
 * masked with an errorId that is logged with the real error, as formatError does for GraphQL.
 */
export function registerHttpErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status =
      typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500
    if (status < 500) {
      const message = status === 413 ? `Request body is larger than ${bodyLimit} bytes.` : error.message
      return reply
        .code(status)
        .send({ errors: [{ message, extensions: { code: HTTP_ERROR_CODES[status] ?? 'BAD_REQUEST' } }] })
    }
    const errorId = randomUUID()
    request.log.error({ err: error, errorId }, 'unexpected HTTP error')
    return reply.code(status).send({
      errors: [
        {
          message: `Internal server error (errorId ${errorId})`,
          extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
        },
      ],
    })
  })
}
