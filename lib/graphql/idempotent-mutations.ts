import { defaultFieldResolver, responsePathAsArray, type GraphQLSchema } from 'graphql'
import type { SubgraphName } from '../config.js'
import { fingerprintOf, type IdempotencyRequest, type IdempotentField } from '../idempotency/idempotency-key.js'

interface KeyedContext {
  idempotency?: IdempotencyRequest | undefined
}

/**
 * Gives every mutation field of a subgraph its share of the request's `Idempotency-Key`: when the request has a
 * key, the field's resolver gets a copy of the context with `idempotentField` set (its scope: subgraph and response
 * path; its fingerprint: field name and arguments), which the write path claims with the write. Done once here on
 * the built schema, so no resolver — and no mutation added later — has to remember it.
 */
export function scopeMutationsForIdempotency(schema: GraphQLSchema, subgraph: SubgraphName): void {
  const fields = schema.getMutationType()?.getFields() ?? {}
  for (const field of Object.values(fields)) {
    const resolve = field.resolve ?? defaultFieldResolver
    field.resolve = (source, args: Record<string, unknown>, context: KeyedContext, info) => {
      if (!context.idempotency) return resolve(source, args, context, info)
      const idempotentField: IdempotentField = {
        request: context.idempotency,
        scope: `${subgraph}:${responsePathAsArray(info.path).join('.')}`,
        stepFingerprint: fingerprintOf({ field: info.fieldName, args }),
        writes: 0,
      }
      return resolve(source, args, { ...context, idempotentField }, info)
    }
  }
}
