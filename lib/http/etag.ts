/**
 * Whether a precondition header's list of entity tags names `etag` (RFC 9110 §8.8.3.2): `If-None-Match` compares
 * weakly (`W/"x"` and `"x"` name the same tag), `If-Match` strongly (a weak tag on either side never matches).
 * `*` alone names any current representation. The open-data files' tags are strong, the regional feed's weak.
 */
export function etagListMatches(header: string | undefined, etag: string, comparison: 'strong' | 'weak'): boolean {
  if (header === undefined) return false
  if (header.trim() === '*') return true
  const opaque = (tag: string) => tag.replace(/^W\//, '')
  return header.split(',').some((candidate) => {
    const tag = candidate.trim()
    if (comparison === 'weak') return opaque(tag) === opaque(etag)
    return !tag.startsWith('W/') && !etag.startsWith('W/') && tag === etag
  })
}
