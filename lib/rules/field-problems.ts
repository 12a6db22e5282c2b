import type { z } from 'zod'

/** One value a rule refused: the field's path (`name`, `months.3.boardings`) and why. */
export interface FieldProblem {
  field: string
  message: string
}

export type FieldCheck<T> = { ok: true; data: T } | { ok: false; problems: FieldProblem[] }

/**
 * Runs an entity's rules and names every refused field by its path, the same way for a mutation's input
 * and an importer's row, so both report the same field name for the same bad value.
 */
export function checkFields<S extends z.ZodType>(
  schema: S,
  value: unknown,
  options: { indexStyle?: 'dot' | 'bracket' } = {},
): FieldCheck<z.output<S>> {
  const result = schema.safeParse(value)
  if (result.success) return { ok: true, data: result.data }
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      field: fieldPath(issue.path, options.indexStyle ?? 'dot'),
      message: issue.message,
    })),
  }
}

/**
 * `months.3.boardings` (dot, the historical default) or `months[3].boardings` (bracket, the JavaScript
 * spelling clients can paste into code). Opt-in so existing clients' paths stay stable.
 */
function fieldPath(path: readonly PropertyKey[], indexStyle: 'dot' | 'bracket'): string {
  return path.reduce<string>((joined, segment) => {
    if (typeof segment === 'number' && indexStyle === 'bracket') return `${joined}[${segment}]`
    return joined === '' ? String(segment) : `${joined}.${String(segment)}`
  }, '')
}
