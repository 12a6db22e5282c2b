import type { FastifyReply } from 'fastify'
import { GraphQLError } from 'graphql'
import type { Logger } from '../logger.js'
import { createErrorFormatter } from '../errors.js'

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  SERVICE_UNAVAILABLE: 503,
}

/**
 * Answers a non-GraphQL route (an upload) with the same error shape and masking as /graphql:
 * `{ errors: [{ message, extensions: { code, … } }] }`, the status following the code, and anything
 * unexpected reduced to INTERNAL_SERVER_ERROR with an errorId that is logged.
 */
export function sendRestError(reply: FastifyReply, error: unknown, logger: Pick<Logger, 'error'>) {
  const formatted = createErrorFormatter(logger)(
    error instanceof GraphQLError ? error.toJSON() : { message: 'unexpected error' },
    error,
  )
  const { http: _http, ...extensions } = formatted.extensions ?? {}
  return reply
    .code(HTTP_STATUS[String(extensions['code'])] ?? 500)
    .send({ errors: [{ message: formatted.message, extensions }] })
}
