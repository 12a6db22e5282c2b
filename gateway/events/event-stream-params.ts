import { z } from 'zod'
import { isEventType } from '../../lib/events/event-types.js'
import { isValidMunicipalityCode } from '../../lib/municipality-code.js'

/**
 * What a stream request may ask for: `town` (municipality codes), `types` (event types), both comma-separated or
 * repeated, and where to resume: the `Last-Event-ID` header a reconnecting EventSource sends, or `lastEventId`
 * in the query for a first connection that resumes from an id it stored.
 */
export interface StreamRequest {
  towns: string[]
  types: string[]
  /** Resume after this id; null: live events only. */
  lastEventId: number | null
}

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value])
      .flatMap((entry) => entry.split(','))
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  )

const eventId = z
  .string()
  .regex(/^\d{1,15}$/, 'must be an event id (a whole number)')
  .transform(Number)

const querySchema = z.object({
  // A filter: a well-formed code of a town the platform does not serve simply matches no event.
  town: list.refine((towns) => towns.every(isValidMunicipalityCode), {
    error: 'must be 6-digit 全国地方公共団体コード with their check digit (e.g. 012106)',
  }),
  types: list.refine((types) => types.every(isEventType), {
    error: 'must be event types such as shelter.opened (docs/events.md lists them)',
  }),
  lastEventId: eventId.optional(),
})

export function parseStreamRequest(
  query: unknown,
  lastEventIdHeader: string | string[] | undefined,
): { ok: true; request: StreamRequest } | { ok: false; problem: string } {
  const parsed = querySchema.safeParse(query ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, problem: `${issue?.path.join('.') ?? 'query'}: ${issue?.message ?? 'invalid'}` }
  }
  let resumeFrom = parsed.data.lastEventId ?? null
  if (typeof lastEventIdHeader === 'string' && lastEventIdHeader !== '') {
    const header = eventId.safeParse(lastEventIdHeader)
    if (!header.success) return { ok: false, problem: 'Last-Event-ID: must be an event id (a whole number)' }
    resumeFrom = header.data
  }
  return { ok: true, request: { towns: parsed.data.town, types: parsed.data.types, lastEventId: resumeFrom } }
}
