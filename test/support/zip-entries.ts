import { createHash } from 'node:crypto'
import { pipeline } from 'node:stream/promises'
import yauzl from 'yauzl'

/**
 * The SHA-256 of each entry of a zip by its full path, in the zip's order (yauzl, which checks each entry's CRC
 * and sizes as it inflates): what a test compares with the files a zip was made from.
 */
export function zipEntryDigests(path: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) {
        reject(error)
        return
      }
      const digests = new Map<string, string>()
      zip.on('error', reject)
      zip.on('end', () => {
        resolve(digests)
      })
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) {
            reject(streamError)
            return
          }
          const hash = createHash('sha256')
          pipeline(stream, hash)
            .then(() => {
              digests.set(entry.fileName, hash.digest('hex'))
              zip.readEntry()
            })
            .catch(reject)
        })
      })
      zip.readEntry()
    })
  })
}
