import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'

/** The closed set of error codes a client can see. Anything else is masked as INTERNAL_SERVER_ERROR. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  // A write that could not finish in its time budget and was rolled back: nothing was written, retry it.
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/**
 * Codes produced by GraphQL itself (parse/validation) or Apollo Server that are safe to pass
 * through: their messages describe the client's document, never our internals.
 */
const PASS_THROUGH_CODES = new Set<string>([
  ...ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'DOWNSTREAM_SERVICE_ERROR',
])

interface ErrorOptions {
  /** Path of the offending input field, e.g. `input.capacity`. */
  field?: string
  /** HTTP status to use when the error aborts the whole request (context creation). */
  httpStatus?: number
  details?: Record<string, unknown>
}

function appError(code: ErrorCode, message: string, options: ErrorOptions = {}): GraphQLError {
  const error = new GraphQLError(message, {
    extensions: {
      code,
      ...(options.field ? { field: options.field } : {}),
      ...(options.details ?? {}),
      ...(options.httpStatus ? { http: { status: options.httpStatus } } : {}),
    },
  })
  // An answer to the client, not a fault: no stack trace. graphql-js reads `stack` when it adds the path to a
  // resolver's error, and formatting the trace cost more than the rest of a refusal; formatError drops it anyway.
  Object.defineProperty(error, 'stack', { value: `GraphQLError: ${message}`, writable: true, configurable: true })
  return error
}

export const badUserInput = (message: string, options?: ErrorOptions) => appError('BAD_USER_INPUT', message, options)
export const unauthenticated = (message: string) => appError('UNAUTHENTICATED', message, { httpStatus: 401 })
export const forbidden = (message: string) => appError('FORBIDDEN', message)
export const notFound = (message: string) => appError('NOT_FOUND', message)
export const payloadTooLarge = (message: string) => appError('PAYLOAD_TOO_LARGE', message, { httpStatus: 413 })
export const conflict = (message: string, options?: ErrorOptions) => appError('CONFLICT', message, options)
export const serviceUnavailable = (message: string) => appError('SERVICE_UNAVAILABLE', message)

export function errorCodeOf(error: unknown): string | undefined {
  const code = error instanceof GraphQLError ? error.extensions['code'] : undefined
  return typeof code === 'string' ? code : undefined
}

/**
 * Apollo `formatError` shared by the gateway and every subgraph: known codes pass through unchanged,
 * anything else (a bug, a database error) becomes INTERNAL_SERVER_ERROR with an `errorId` that is
 * logged together with the original error, so operators can find it and clients learn nothing.
 */
export function createErrorFormatter(logger: Pick<Logger, 'error'>) {
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code']
    // Apollo labels every unexpected error INTERNAL_SERVER_ERROR before this runs, so that code alone
    // proves nothing; only an error a subgraph already masked (it carries an errorId) passes through.
    const alreadyMasked = code === 'INTERNAL_SERVER_ERROR' && typeof formatted.extensions?.['errorId'] === 'string'
    if ((typeof code === 'string' && PASS_THROUGH_CODES.has(code)) || alreadyMasked) {
      const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {}
      return { ...formatted, extensions }
    }
    // Apollo Server's own refusals of a malformed request (a persisted-query hash that does not match
    // its query, an unsupported persisted-query version) carry an HTTP 4xx but no code: the client's
    // mistake, described in the client's terms — not an unexpected error to mask and log as one.
    // (Duck-typed: Apollo's GraphQLError may come from another copy of graphql than ours.)
    const error = (typeof original === 'object' && original !== null ? original : {}) as {
      message?: unknown
      extensions?: Record<string, unknown>
    }
    const status = (error.extensions?.['http'] as { status?: unknown } | undefined)?.status
    if (
      code === 'INTERNAL_SERVER_ERROR' &&
      error.extensions?.['code'] === undefined &&
      typeof error.message === 'string' &&
      typeof status === 'number' &&
      status >= 400 &&
      status < 500
    ) {
      return { message: error.message, extensions: { code: 'BAD_REQUEST' } }
    }
    const errorId = randomUUID()
    logger.error({ err: original, errorId, path: formatted.path }, 'unexpected error')
    return {
      message: `Internal server error (errorId ${errorId})`,
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    }
  }
}
