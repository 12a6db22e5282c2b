/**
 * A write's result as stored with its idempotency key, and back. Results are the models the resolvers render
 * (rows, with timestamps as Date objects): plain JSON would turn a Date into a string, and the resolver that
 * formats it (`iso(row.createdAt)`) would then answer a retry differently from the first attempt. So a Date is
 * stored tagged and revived as a Date; `undefined` properties are dropped, which a resolver treats like null.
 */
const DATE_TAG = '$idempotent:date'

export function encodeResult(value: unknown): string {
  return JSON.stringify(value ?? null, function (this: Record<string, unknown>, key: string, inner: unknown) {
    // `this[key]` is the value before Date#toJSON turned it into a string.
    const original = this[key]
    return original instanceof Date ? { [DATE_TAG]: original.toISOString() } : inner
  })
}

export function decodeResult(text: string): unknown {
  return JSON.parse(text, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const tagged = (inner as Record<string, unknown>)[DATE_TAG]
    return typeof tagged === 'string' && Object.keys(inner).length === 1 ? new Date(tagged) : inner
  })
}
