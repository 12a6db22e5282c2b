import { fold } from './field-values.js'
import { splitPrefecture } from './served-town-names.js'

/**
 * How a file's rows are recognised again on the next import. The source's own id first (ID / 共通ID / NO), compared
 * folded (NFKC, case) so `ＮＯ.１` and `no.1` are one id, though each is stored as written. Files without ids are
 * matched on the place: its name and address, normalised; a place whose name or address changed is still
 * recognised by its coordinates rounded to ~1 m (5 decimals: 1.1 m north–south, 0.8 m east–west here).
 */
export const idKey = (sourceId: string | null) => (sourceId === null ? null : fold(sourceId).toLowerCase())

const DASHES = /[‐‑‒–—―−ー－-]/g

/** Address without what files add or leave out: spaces, the prefecture (any of the 47), the 郡, the town's name, 番地. */
function addressKey(address: string, townName: string | null): string {
  let key = splitPrefecture(fold(address).replace(/\s+/g, '')).rest
  key = key.replace(/^[^市]+?郡(?=[^郡]+[町村])/, '')
  if (townName && key.startsWith(townName)) key = key.slice(townName.length)
  return key
    .replace(DASHES, '-')
    .replace(/番地?$/, '')
    .replace(/(\d)番地?(?=\d)/g, '$1-')
}

export function placeKey(row: { name: string; address: string }, townName: string | null): string {
  return `${fold(row.name).replace(/\s+/g, '').toLowerCase()}|${addressKey(row.address, townName)}`
}

export function coordinateKey(row: { latitude: number | null; longitude: number | null }): string | null {
  if (row.latitude === null || row.longitude === null) return null
  return `${row.latitude.toFixed(5)},${row.longitude.toFixed(5)}`
}
