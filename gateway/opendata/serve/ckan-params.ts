/**
 * Action parameters as CKAN reads them: from the query string (strings) on GET or a JSON body on
 * POST. A bad value is a Validation Error naming the field, as CKAN reports it.
 */

export class CkanError extends Error {
  constructor(
    readonly type: 'Not Found Error' | 'Validation Error' | 'Search Query Error' | 'Search Error' | 'Bad Request',
    message: string,
    readonly status: number,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message)
  }
}

/** CKAN's NotFound: `Not found`, or `Not found: <detail>` when the action gives one. */
export const notFound = (detail?: string) =>
  new CkanError('Not Found Error', detail ? `Not found: ${detail}` : 'Not found', 404)
export const invalid = (field: string, message: string) =>
  new CkanError('Validation Error', `${field}: ${message}`, 409, { [field]: [message] })

export type Params = Record<string, unknown>

export function stringParam(params: Params, name: string): string | undefined {
  const value = params[name]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  throw invalid(name, 'must be a string')
}

export function requiredString(params: Params, name: string): string {
  const value = stringParam(params, name)
  if (value === undefined) throw invalid(name, 'Missing value')
  return value
}

export function intParam(
  params: Params,
  name: string,
  fallback: number,
  bounds: { min: number; max?: number },
): number {
  const raw = params[name]
  if (raw === undefined || raw === null || raw === '') return fallback
  const value =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN
  if (!Number.isInteger(value)) throw invalid(name, 'Invalid integer')
  if (value < bounds.min) throw invalid(name, `Must be ${bounds.min} or more`)
  // CKAN caps rows at its maximum rather than refusing a larger number.
  return bounds.max !== undefined ? Math.min(value, bounds.max) : value
}

export function boolParam(params: Params, name: string, fallback: boolean): boolean {
  const raw = params[name]
  if (raw === undefined || raw === null || raw === '') return fallback
  if (typeof raw === 'boolean') return raw
  if (typeof raw === 'string' && ['true', 'false', '1', '0', 'yes', 'no'].includes(raw.toLowerCase())) {
    return ['true', '1', 'yes'].includes(raw.toLowerCase())
  }
  throw invalid(name, 'must be true or false')
}

/** A list sent as a JSON array (`facet.field=["tags"]`, the CKAN way) or as an array in a POST body. */
export function listParam(params: Params, name: string): string[] | undefined {
  const raw = params[name]
  if (raw === undefined || raw === null || raw === '') return undefined
  let value: unknown = raw
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw)
    } catch {
      throw invalid(name, 'must be a JSON list of strings')
    }
  }
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string'))
    throw invalid(name, 'must be a list of strings')
  return value
}

/** CKAN's `limit`/`offset` paging of list actions. */
export function sliceOf<T>(items: T[], params: Params, maxLimit?: number): T[] {
  const offset = intParam(params, 'offset', 0, { min: 0 })
  const given = params['limit'] === undefined ? undefined : intParam(params, 'limit', 0, { min: 0 })
  const limit = maxLimit === undefined ? given : Math.min(given ?? maxLimit, maxLimit)
  return items.slice(offset, limit === undefined ? undefined : offset + limit)
}
