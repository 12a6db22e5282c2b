import { z } from 'zod'
import { HAZARD_LABELS, type Hazard } from './hazard-labels.js'
import { isServedTown } from '../opendata/serve/towns.js'

/**
 * The query parameters of the widgets, validated before anything is read: a bad one is a 400 page that names
 * it (the town's web master pasting a snippet is the reader), never a half-rendered widget.
 */

export interface EmbedTheme {
  theme: 'light' | 'dark'
  /** A validated `#rrggbb` or `#rgb` colour. */
  accent: string
}

const required = (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : 'must be given once')

const theme = {
  theme: z.enum(['light', 'dark'], { error: 'must be light or dark' }).default('light'),
  accent: z
    .string()
    .regex(/^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex colour such as #0b5cad or 0b5cad')
    .transform((value) => (value.startsWith('#') ? value : `#${value}`))
    .default('#0b5cad'),
}

const sheltersParams = z.object({
  town: z.string({ error: required }).refine(isServedTown, 'must be the 6-digit code of a town this platform serves'),
  hazard: z
    .string()
    .transform((value) => value.toUpperCase())
    .refine(
      (value): value is Hazard => value in HAZARD_LABELS,
      `must be one of ${Object.keys(HAZARD_LABELS).join(', ')}`,
    )
    .optional(),
  ...theme,
})

const departuresParams = z.object({
  operator: z.uuid({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be an operator id') }),
  stop: z.string({ error: required }).min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  ...theme,
})

export type SheltersParams = EmbedTheme & { town: string; hazard?: Hazard | undefined }
export type DeparturesParams = EmbedTheme & { operator: string; stop: string }

/** A parameter that is missing or malformed: `parameter` is its name in the query string. */
export class EmbedParamError extends Error {
  constructor(
    readonly parameter: string,
    problem: string,
  ) {
    super(`${parameter}: ${problem}`)
  }
}

/** A well-formed parameter naming something the API does not know (a stop not in the feed): a 404 page. */
export class EmbedNotFoundError extends EmbedParamError {}

function parse<T>(schema: z.ZodType<T>, query: unknown): T {
  const result = schema.safeParse(query)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw new EmbedParamError(String(issue?.path[0] ?? 'query'), issue?.message ?? 'is invalid')
}

export const parseSheltersParams = (query: unknown): SheltersParams => parse(sheltersParams, query)
export const parseDeparturesParams = (query: unknown): DeparturesParams => parse(departuresParams, query)
