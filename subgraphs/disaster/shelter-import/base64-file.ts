import { badUserInput } from '../../../lib/errors.js'
import { SHELTER_IMPORT_LIMITS } from './limits.js'

/** The file's bytes from `contentBase64`, refused before decoding when they could not fit `limitBytes`. */
export function decodeBase64File(content: string, limitBytes: number = SHELTER_IMPORT_LIMITS.fileBytes): Uint8Array {
  const compact = content.replace(/\s+/g, '')
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0
  if (Math.floor((compact.length * 3) / 4) - padding > limitBytes) {
    throw badUserInput(`The file is larger than the import limit of ${limitBytes.toLocaleString('en')} bytes.`, {
      field: 'contentBase64',
    })
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw badUserInput('contentBase64 is not base64.', { field: 'contentBase64' })
  }
  return Buffer.from(compact, 'base64')
}
