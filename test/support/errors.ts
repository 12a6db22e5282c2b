import type { FormattedExecutionResult } from 'graphql'

/** The `extensions.code` of each error in a response, in order. */
export const errorCodes = (body: FormattedExecutionResult<unknown>) =>
  (body.errors ?? []).map((error) => error.extensions?.['code'])
