/** Edit distance (Levenshtein) between two short strings: column and file names. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/**
 * The known name a misspelled one most likely meant: within two edits (three for long names), or
 * the known name it is a prefix or an extension of (`shape_dist_travel` → `shape_dist_traveled`).
 */
export function closestName(name: string, known: readonly string[]): string | null {
  const lower = name.toLowerCase()
  let best: string | null = null
  let bestDistance = Infinity
  for (const candidate of known) {
    const distance = editDistance(lower, candidate)
    const allowed = candidate.length > 12 ? 3 : 2
    const partial = candidate.length - lower.length <= 4 && (candidate.startsWith(lower) || lower.startsWith(candidate))
    const score = partial && lower.length >= 6 ? Math.min(distance, 1) : distance
    if ((score <= allowed || partial) && score < bestDistance) {
      best = candidate
      bestDistance = score
    }
  }
  return best
}
