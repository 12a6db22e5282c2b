import { todayInJapan } from '../../../lib/business-date.js'
import { badUserInput } from '../../../lib/errors.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'

/** Validates an `asOf` argument (YYYY-MM-DD); absent means today. */
export function parseAsOf(asOf: string | null | undefined, field = 'asOf'): string {
  if (asOf === null || asOf === undefined) return todayInJapan()
  const parsed = fieldRules.isoDate.safeParse(asOf)
  if (!parsed.success) {
    throw badUserInput(`${field}: ${parsed.error.issues[0]?.message ?? 'must be a date as YYYY-MM-DD'}`, { field })
  }
  return parsed.data
}
