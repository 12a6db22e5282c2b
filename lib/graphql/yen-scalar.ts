import { GraphQLError, GraphQLScalarType, Kind } from 'graphql'

/**
 * `Yen`: an amount of money in whole yen, serialised as a JSON number that is always a safe integer
 * (|n| ≤ 2^53 − 1, about 9 × 10^15 yen). GraphQL's `Int` is 32-bit: a sum over 2^31 yen (about 21 億円, one
 * large project's fiscal year) broke it with a 500. Input: a JSON integer or a decimal string ("2147483648").
 * Which range an input may have is the entity's rule (e.g. 0 – 2,147,483,647 for a project's total).
 */
function toYen(value: unknown): number {
  const number =
    typeof value === 'bigint'
      ? Number(value)
      : typeof value === 'string' && /^-?\d{1,16}$/.test(value)
        ? Number(value)
        : value
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || !isExact(value, number)) {
    throw new GraphQLError(
      `Yen must be a whole number of yen between -9007199254740991 and 9007199254740991, got ${describe(value)}`,
    )
  }
  return number
}

/** A bigint or string beyond 2^53 would be rounded by Number(): refused rather than silently changed. */
const isExact = (value: unknown, number: number) =>
  typeof value === 'number' || BigInt(number) === BigInt(value as bigint | string)

const describe = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value))

export const YenScalar = new GraphQLScalarType<number, number>({
  name: 'Yen',
  serialize: toYen,
  parseValue: toYen,
  parseLiteral(ast) {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return toYen(ast.value)
    throw new GraphQLError(`Yen must be an integer or a decimal string, got a ${ast.kind} literal`)
  },
})
