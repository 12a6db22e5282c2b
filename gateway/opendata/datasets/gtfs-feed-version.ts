import { parse } from 'csv-parse/sync'
import { text } from 'node:stream/consumers'
import { promisify } from 'node:util'
import yauzl, { type Entry, type ZipFile } from 'yauzl'

/** feed_info.txt is one header and one row; anything much larger is not the file we wrote. */
const MAX_FEED_INFO_BYTES = 64 * 1024

/**
 * `feed_info.feed_version` of a GTFS zip on disk, or null when the zip has no feed_info.txt (or no row). Read from
 * the file itself, so what the release says of the feed is what the feed says of itself, whichever way the copy came
 * (built now, or the previous release's taken over after a 304).
 */
export async function gtfsFeedVersion(path: string): Promise<string | null> {
  const zip = await promisify<string, yauzl.Options, ZipFile>(yauzl.open)(path, { lazyEntries: true })
  try {
    const entry = await findEntry(zip, 'feed_info.txt')
    if (!entry) return null
    if (entry.uncompressedSize > MAX_FEED_INFO_BYTES)
      throw new Error(`${path}: feed_info.txt is ${entry.uncompressedSize} bytes, not a one-row file`)
    const stream = await promisify<Entry, NodeJS.ReadableStream>(zip.openReadStream.bind(zip))(entry)
    const rows = parse<Record<string, string>>(await text(stream), { bom: true, columns: true })
    return rows[0]?.['feed_version'] ?? null
  } finally {
    zip.close()
  }
}

/** The entry named `name` at the top of the zip, reading the central directory one entry at a time. */
function findEntry(zip: ZipFile, name: string): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      if (entry.fileName === name) resolve(entry)
      else zip.readEntry()
    })
    zip.on('end', () => {
      resolve(null)
    })
    zip.on('error', reject)
    zip.readEntry()
  })
}
