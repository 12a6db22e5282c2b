/**
 * Municipal CSV files come as UTF-8 (with or without BOM) or Shift_JIS (Excel's default in Japan).
 * A byte sequence that is valid UTF-8 is read as UTF-8; anything else as Shift_JIS (Windows-31J). A UTF-16
 * file (Excel's "Unicode text") and a file with a UTF-8 BOM that is not UTF-8 are refused, named.
 */
export type DecodedText = { text: string; encoding: 'utf-8' | 'shift_jis' } | { problem: string }

export function decodeText(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'the file is UTF-16 (a byte-order mark says so): save it as CSV UTF-8 or Shift_JIS' }
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' }
  } catch {
    if (hasBom) return { problem: 'the file starts with a UTF-8 byte-order mark but is not valid UTF-8' }
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' }
  }
}
