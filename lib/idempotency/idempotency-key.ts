import { createHash } from 'node:crypto'
import { badUserInput } from '../errors.js'
import { IDEMPOTENCY_KEY_MAX_LENGTH } from '../limits.js'

/**
 * `Idempotency-Key` on a mutation (issue #17): the client names one attempt of a request, and every retry of it
 * carries the same key. The gateway forwards the key to the subgraphs together with a fingerprint of the client's
 * whole request (`x-idempotency-request`), so a subgraph knows a retry from a different request under the same key
 * even when the gateway splits one operation into several subgraph fetches.
 */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key'
export const IDEMPOTENCY_REQUEST_HEADER = 'x-idempotency-request'

/** The key of one request and the fingerprint of that request (document, operation name, variables). */
export interface IdempotencyRequest {
  key: string
  requestFingerprint: string
}

/**
 * The key scoped to one mutation field of the operation (set per field by lib/graphql/idempotent-mutations.ts):
 * `scope` names the field by subgraph and response path, `stepFingerprint` identifies the field and its arguments.
 * `writes` counts the write transactions the field has run, so a field with two writes has two steps.
 */
export interface IdempotentField {
  request: IdempotencyRequest
  scope: string
  stepFingerprint: string
  writes: number
}

/** One write transaction's share of the key: what the write path claims and completes. */
export interface WriteStep {
  key: string
  requestFingerprint: string
  step: string
  stepFingerprint: string
}

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/
const FINGERPRINT = /^[0-9a-f]{64}$/

/**
 * The key of an `Idempotency-Key` header, or undefined when none was sent. The draft standard spells it as a
 * structured-field string (`"8e03978e-…"`); a bare token (Stripe's spelling) is accepted as well.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined
  const raw = Array.isArray(header) ? header : [header]
  if (raw.length !== 1) throw badIdempotencyKey('send exactly one Idempotency-Key header')
  const value = (raw[0] ?? '').trim()
  const key = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value
  if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH || !PRINTABLE_ASCII.test(key)) {
    throw badIdempotencyKey(`it must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters without spaces`)
  }
  return key
}

/** A request fingerprint forwarded by the gateway, or undefined when the header is absent. */
export function parseRequestFingerprint(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined
  if (typeof header !== 'string' || !FINGERPRINT.test(header)) {
    throw badUserInput(`Header ${IDEMPOTENCY_REQUEST_HEADER} must be a lowercase hex SHA-256.`, {
      field: IDEMPOTENCY_REQUEST_HEADER,
      httpStatus: 400,
    })
  }
  return header
}

function badIdempotencyKey(reason: string) {
  return badUserInput(`Header Idempotency-Key is not valid: ${reason}.`, {
    field: IDEMPOTENCY_KEY_HEADER,
    httpStatus: 400,
  })
}

/** JSON with object keys sorted at every level: equal values give equal text, whatever order they were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const record = inner as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]),
    )
  })
}

/** SHA-256 (hex) of a value's canonical JSON. */
export function fingerprintOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex')
}

/** The next write step of a field (the first write is `#1`), or undefined when the request has no key. */
export function nextWriteStep(field: IdempotentField | undefined): WriteStep | undefined {
  if (!field) return undefined
  field.writes += 1
  return {
    key: field.request.key,
    requestFingerprint: field.request.requestFingerprint,
    step: `${field.scope}#${field.writes}`,
    stepFingerprint: field.stepFingerprint,
  }
}

/** The fingerprint of a client's request: its document, the operation it runs and its variables. */
export function requestFingerprintOf(request: { query: string; operationName?: unknown; variables?: unknown }): string {
  return fingerprintOf({
    document: createHash('sha256').update(request.query).digest('hex'),
    operationName: typeof request.operationName === 'string' ? request.operationName : null,
    variables: request.variables ?? {},
  })
}
