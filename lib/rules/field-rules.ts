import { z } from 'zod'

/**
 * Field rules every entity's `*.rules.ts` builds on, so every subgraph (and every importer) words the same
 * problem the same way. Each one has a database mirror in the CHECK constraints of the column that stores it.
 */
export const fieldRules = {
  /** Required text: trimmed, 1…max characters (CHECK length(…) BETWEEN 1 AND max). */
  text: (max: number) =>
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(max, `must be at most ${max} characters`)
      .refine((v) => !v.includes('\u0000'), 'must not contain NUL characters'),
  /** Optional text: trimmed, at most max characters (CHECK length(…) <= max). */
  optionalText: (max: number) =>
    z
      .string()
      .trim()
      .max(max, `must be at most ${max} characters`)
      .refine((v) => !v.includes('\u0000'), 'must not contain NUL characters'),
  /** A calendar date as YYYY-MM-DD (the column type date refuses anything else). */
  isoDate: z.iso
    .date('must be a date as YYYY-MM-DD')
    // ISO 8601 has a year 0000, PostgreSQL's date does not (it would fail in the database as a 500).
    .refine((v) => v >= '0001-01-01', 'must be a date from 0001-01-01 on'),
  /** An absolute http(s) URL (CHECK url ~* '^https?://' and length(url) <= 2000). */
  httpUrl: z
    .url('must be an absolute URL')
    .max(2000, 'must be at most 2000 characters')
    .refine((v) => /^https?:\/\//i.test(v), 'must start with http:// or https://'),
  /** A 取組内容 line of one policy field, e.g. `disaster-1`; the agreement subgraph owns the lines. */
  initiativeOf: (field: 'disaster' | 'transit' | 'ict', example: string) =>
    z.string().regex(new RegExp(`^${field}-\\d{1,2}$`), `must be an initiative of the ${field} field, e.g. ${example}`),
}
