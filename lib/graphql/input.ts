import { z } from 'zod'
import { badUserInput } from '../errors.js'

/**
 * Validates a mutation's input with zod and reports every problem by its field path
 * (`input.endsOn: must not be before input.startsOn`), so a client can point at the field.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root = 'input',
  options: { indexStyle?: 'dot' | 'bracket' } = {},
): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => ({
    field: fieldPath(root, issue.path, options.indexStyle ?? 'dot'),
    message: issue.message,
  }))
  const [first] = problems
  throw badUserInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
    ...(first ? { field: first.field } : {}),
    details: { problems },
  })
}

/**
 * `input.months.3.boardings` (dot, the historical default) or `input.months[3].boardings` (bracket,
 * the JavaScript spelling clients can paste into code). Opt-in so existing clients' paths stay stable.
 */
function fieldPath(root: string, path: readonly PropertyKey[], indexStyle: 'dot' | 'bracket'): string {
  return path.reduce<string>(
    (joined, segment) =>
      typeof segment === 'number' && indexStyle === 'bracket'
        ? `${joined}[${segment}]`
        : `${joined}.${String(segment)}`,
    root,
  )
}

/** Reusable field rules, so every subgraph words the same problem the same way. */
export const inputRules = {
  text: (max: number) =>
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(max, `must be at most ${max} characters`)
      .refine((v) => !v.includes('\u0000'), 'must not contain NUL characters'),
  optionalText: (max: number) =>
    z
      .string()
      .trim()
      .max(max, `must be at most ${max} characters`)
      .refine((v) => !v.includes('\u0000'), 'must not contain NUL characters'),
  isoDate: z.iso.date('must be a date as YYYY-MM-DD'),
  httpUrl: z
    .string()
    .max(2000, 'must be at most 2000 characters')
    .url('must be an absolute URL')
    .refine((v) => /^https?:\/\//i.test(v), 'must start with http:// or https://'),
}

/**
 * A numeric query argument within [min, max] (an integer unless `integer` is false), or
 * BAD_USER_INPUT naming the argument.
 */
export function argumentInRange(value: number, field: string, min: number, max: number, integer = true): number {
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw badUserInput(`${field} must be ${integer ? 'an integer ' : ''}between ${min} and ${max}, got ${value}.`, {
      field,
    })
  }
  return value
}
