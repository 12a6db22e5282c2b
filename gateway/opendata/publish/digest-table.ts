/**
 * The previous release's row digests while a table is counted against them: per row, 64 bits of a hash of its key and
 * 64 bits of a hash of its digest, in typed arrays (16 bytes a row plus a state byte, outside the JavaScript heap).
 *
 * Why not a `Map` of the two strings: a re-publish at the nationwide scale data holds ~260k rows' digests at once (the
 * three shelter tables are one unit), ~50 MB of live heap as strings, and V8's headroom over a live set that size
 * took the publisher's peak RSS from ~260 to ~410 MiB. Here it is ~8 MiB.
 *
 * Two keys whose 64-bit hashes agree count as one row (odds about n²/2⁶⁵: ~10⁻⁹ at 400k rows), and so do two digests;
 * the table only feeds the added/changed/removed counts, never what is published.
 */
export class DigestTable {
  /** Four words a slot: the key's hash (two), the digest's hash (two). */
  private slots: Uint32Array
  /** Per slot: EMPTY, UNMET (in the previous release, not met yet) or MET. */
  private states: Uint8Array
  private used = 0
  private unmetCount = 0

  constructor(expectedRows = 0) {
    let capacity = 1024
    while (capacity < expectedRows * 2) capacity *= 2
    this.slots = new Uint32Array(capacity * 4)
    this.states = new Uint8Array(capacity)
  }

  /** Rows of the previous release not met yet (at the end: the rows removed since). */
  get unmet(): number {
    return this.unmetCount
  }

  /** Adds a row of the previous release. */
  add(key: string, digest: string): void {
    if ((this.used + 1) * 2 > this.states.length) this.grow()
    hash64(key)
    const [keyHigh, keyLow] = [hashHigh, hashLow]
    const slot = this.find(keyHigh, keyLow)
    if (this.states[slot] === EMPTY) {
      this.used++
      this.unmetCount++
    }
    hash64(digest)
    this.put(slot, keyHigh, keyLow, UNMET)
  }

  /** Meets a row of this release: `added` (not in the previous one), `changed`, or `unchanged`. */
  meet(key: string, digest: string): 'added' | 'changed' | 'unchanged' {
    hash64(key)
    const slot = this.find(hashHigh, hashLow)
    if (this.states[slot] !== UNMET) return 'added'
    this.states[slot] = MET
    this.unmetCount--
    hash64(digest)
    const at = slot * 4
    return this.slots[at + 2] === hashHigh && this.slots[at + 3] === hashLow ? 'unchanged' : 'changed'
  }

  /** The slot holding this key hash, or the empty one where it would go (linear probing). */
  private find(keyHigh: number, keyLow: number): number {
    const mask = this.states.length - 1
    let slot = (keyLow ^ keyHigh) & mask
    while (this.states[slot] !== EMPTY) {
      const at = slot * 4
      if (this.slots[at] === keyHigh && this.slots[at + 1] === keyLow) return slot
      slot = (slot + 1) & mask
    }
    return slot
  }

  /** Writes a slot: the key hash given, the digest's from the last hash64. */
  private put(slot: number, keyHigh: number, keyLow: number, state: number): void {
    const at = slot * 4
    this.slots[at] = keyHigh
    this.slots[at + 1] = keyLow
    this.slots[at + 2] = hashHigh
    this.slots[at + 3] = hashLow
    this.states[slot] = state
  }

  private grow(): void {
    const { slots, states } = this
    this.slots = new Uint32Array(slots.length * 2)
    this.states = new Uint8Array(states.length * 2)
    for (let slot = 0; slot < states.length; slot++) {
      const state = states[slot] ?? EMPTY
      if (state === EMPTY) continue
      const at = slot * 4
      const [keyHigh, keyLow] = [slots[at] ?? 0, slots[at + 1] ?? 0]
      hashHigh = slots[at + 2] ?? 0
      hashLow = slots[at + 3] ?? 0
      this.put(this.find(keyHigh, keyLow), keyHigh, keyLow, state)
    }
  }
}

const EMPTY = 0
const UNMET = 1
const MET = 2

/** The two 32-bit lanes (unsigned) of the last hash64: module state, so a row's hash allocates nothing. */
let hashHigh = 0
let hashLow = 0

/**
 * A 64-bit string hash into hashHigh/hashLow: cyrb53 by bryc (public domain), both 32-bit lanes kept whole. Not
 * cryptographic; fast (two multiplications per UTF-16 unit) and well mixed, which is all the table needs.
 */
function hash64(text: string): void {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ unit, 2654435761)
    h2 = Math.imul(h2 ^ unit, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  hashHigh = h1 >>> 0
  hashLow = h2 >>> 0
}
