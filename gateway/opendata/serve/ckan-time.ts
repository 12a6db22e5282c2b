/**
 * CKAN writes every timestamp as naive UTC ISO 8601 with microseconds (`2026-12-05T10:00:00.123456`):
 * Python's `datetime.isoformat()` of a UTC value without tzinfo. Its own parsers (`h.date_str_to_datetime`,
 * ckanext-harvest's string comparison of `metadata_modified`) expect exactly that, not a trailing `Z`.
 */
export function ckanTimestamp(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?(?:Z|[+-]00:?00)?$/.exec(iso)
  if (match) return `${match[1]}.${(match[2] ?? '').padEnd(6, '0')}`
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) throw new Error(`not an ISO 8601 timestamp: ${iso}`)
  return `${new Date(ms).toISOString().slice(0, 23)}000`
}

/** The later of two ISO 8601 instants (either may be absent). */
export function laterOf(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return Date.parse(a) >= Date.parse(b) ? a : b
}
