/**
 * GTFS files are UTF-8 (a BOM is allowed). Japanese feeds are still sometimes saved as Shift_JIS
 * (CP932) by spreadsheet software, or as UTF-16 ("Unicode text"): both are refused by name, so the
 * data officer knows what to re-save as, instead of getting mojibake or a wall of column errors.
 */

export class WrongEncoding extends Error {
  constructor(readonly encoding: string) {
    super(`is encoded as ${encoding}, not UTF-8: save it as UTF-8 (with or without BOM) and upload again`)
  }
}

/** UTF-16 by its byte-order mark, or by the NUL bytes that ASCII text has in UTF-16 and never in UTF-8. */
export function utf16Of(head: Uint8Array): string | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'UTF-16LE'
  if (head[0] === 0xfe && head[1] === 0xff) return 'UTF-16BE'
  const probe = head.subarray(0, 4096)
  const nul = probe.indexOf(0)
  if (nul < 0) return null
  return nul % 2 === 1 ? 'UTF-16LE' : 'UTF-16BE'
}

/**
 * Whether bytes that are not UTF-8 read as Shift_JIS: every byte above 0x7F is a half-width katakana
 * (0xA1–0xDF) or the lead of a valid two-byte pair.
 */
export function looksLikeShiftJis(bytes: Uint8Array): boolean {
  let pairs = 0
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0
    if (lead < 0x80 || (lead >= 0xa1 && lead <= 0xdf)) continue
    const trail = bytes[i + 1]
    if (trail === undefined) return pairs > 0
    const isLead = (lead >= 0x81 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xfc)
    const isTrail = (trail >= 0x40 && trail <= 0x7e) || (trail >= 0x80 && trail <= 0xfc)
    if (!isLead || !isTrail) return false
    pairs++
    i++
  }
  return pairs > 0
}

/** Names the encoding of bytes a strict UTF-8 decoder refused. */
export const encodingOf = (bytes: Uint8Array) =>
  looksLikeShiftJis(bytes) ? 'Shift_JIS (CP932)' : 'an encoding other than UTF-8'
