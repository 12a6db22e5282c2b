import type { z } from 'zod'
import { badUserInput } from '../errors.js'
import { checkFields } from '../rules/field-problems.js'

/**
 * Validates a mutation's input with the entity's rules and reports every problem by its field path
 * (`input.endsOn: must not be before input.startsOn`), so a client can point at the field.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root = 'input',
  options: { indexStyle?: 'dot' | 'bracket' } = {},
): z.output<S> {
  const checked = checkFields(schema, value, options)
  if (checked.ok) return checked.data
  const problems = checked.problems.map((problem) => ({
    field: problem.field === '' ? root : `${root}${problem.field.startsWith('[') ? '' : '.'}${problem.field}`,
    message: problem.message,
  }))
  const [first] = problems
  throw badUserInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
    ...(first ? { field: first.field } : {}),
    details: { problems },
  })
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
