import { createHash } from 'node:crypto'

/**
 * Sample data must be the same on every machine and every run (tests and docs refer to it), so
 * it comes from a seeded generator and name-derived ids, never from Math.random or gen_random_uuid.
 */
export function seededRandom(seed: string) {
  // mulberry32 over a 32-bit hash of the seed: small, fast and good enough for sample data.
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  }
}

/** A UUID derived from a name (version-5 layout over SHA-256), stable across runs. */
export function sampleUuid(name: string): string {
  const hex = createHash('sha256').update(`minamisorachi-sample:${name}`).digest('hex')
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16)
  const groups = [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    variant + hex.slice(17, 20),
    hex.slice(20, 32),
  ]
  return groups.join('-')
}
