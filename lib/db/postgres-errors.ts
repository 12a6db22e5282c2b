import { badUserInput, conflict, forbidden } from '../errors.js'

interface PostgresErrorLike {
  code: string
  message?: string
  constraint?: string
}

function isPostgresError(error: unknown): error is PostgresErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    /^[0-9A-Z]{5}$/.test(error.code)
  )
}

/**
 * Translates the PostgreSQL errors a client can cause into client errors, at the repository
 * boundary. The messages never include SQL or the server's wording; anything unknown is returned
 * unchanged and later masked as INTERNAL_SERVER_ERROR.
 */
export function translatePostgresError(error: unknown): unknown {
  if (!isPostgresError(error)) return error
  switch (error.code) {
    case '23505':
      return conflict('A record with the same identity already exists.', constraintDetail(error))
    case '23503':
      return badUserInput('The input refers to a record that does not exist.', constraintDetail(error))
    case '23514':
    case '23502':
    case '22P02':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
      return badUserInput('The input has a value the database cannot accept.', constraintDetail(error))
    case '42501':
      // Row-level security refused the write: the second fence behind the service checks. The same
      // code also means a missing GRANT (a deployment fault, not the caller's): that one stays
      // unknown and is masked, instead of telling the caller the record is another town's.
      if (!/row-level security|append-only/.test(error.message ?? '')) return error
      return forbidden('You may not change this record: it belongs to another municipality.')
    case '40001':
    case '40P01':
      return conflict('The record was changed concurrently; retry the operation.')
    default:
      return error
  }
}

function constraintDetail(error: PostgresErrorLike) {
  return error.constraint ? { details: { constraint: error.constraint } } : {}
}
