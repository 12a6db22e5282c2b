import type { ExecutionResult } from 'graphql'

/** The `extensions.code` of each error in a response, in order. */
export const errorCodes = (body: ExecutionResult<unknown>) =>
  (body.errors ?? []).map((error) => error.extensions?.['code'])
