/**
 * Municipal CSV files come as UTF-8 (with or without BOM) or Shift_JIS (Excel's default in Japan).
 * A byte sequence that is valid UTF-8 is read as UTF-8; anything else as Shift_JIS (Windows-31J).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'shift_jis' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' }
  } catch (error) {
    if (hasBom) throw error
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' }
  }
}
