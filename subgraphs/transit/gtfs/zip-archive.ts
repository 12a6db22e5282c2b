import { stat } from 'node:fs/promises'
import { PassThrough, type Readable } from 'node:stream'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import type { FeedImportLimits } from '../../../lib/feed-import-limits.js'
import { badUserInput, payloadTooLarge } from '../../../lib/errors.js'

/**
 * A GTFS zip opened for random access: the central directory is read once, and each file is then
 * streamed on demand, so a validator can read files in dependency order without holding any of
 * them in memory. Sizes are checked against the limits before a byte is inflated (yauzl verifies
 * that no entry inflates to more than it declares), and `abort` destroys every open stream at once.
 */
export interface ZipArchive {
  /** Base names of the file entries (GTFS files are known by name; a top folder is ignored). */
  names: string[]
  /** Uncompressed size of an entry by base name. */
  sizeOf: (name: string) => number
  open: (name: string) => Promise<Readable>
  /** Stops every stream being read (the client went away); later reads fail. */
  abort: (reason: Error) => void
  close: () => void
}

export type ZipLimits = Pick<
  FeedImportLimits,
  'maxEntries' | 'maxEntryBytes' | 'maxArchiveBytes' | 'maxCompressionRatio'
>

/** For zips we wrote ourselves (tests, the merged regional feed). */
export const TRUSTED_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: Number.MAX_SAFE_INTEGER,
  maxArchiveBytes: Number.MAX_SAFE_INTEGER,
  maxCompressionRatio: Number.MAX_SAFE_INTEGER,
}

/** Ratios are only meaningful once an entry is big enough to matter (a tiny header-only file compresses oddly). */
const RATIO_FLOOR_BYTES = 1024 * 1024

const promisify =
  <T>(register: (callback: (error: Error | null, value?: T) => void) => void) =>
  () =>
    new Promise<T>((resolve, reject) => {
      register((error, value) => {
        if (error || value === undefined) reject(error ?? new Error('no value'))
        else resolve(value)
      })
    })

/** yauzl's words for an entry whose name leaves the folder it is extracted to. */
const ESCAPING_NAME = /^(invalid relative path|absolute path|invalid characters in fileName): (.*)$/

function refusalOf(error: Error): Error {
  const escaping = ESCAPING_NAME.exec(error.message)
  if (escaping)
    return badUserInput(
      `The zip has an entry named ${JSON.stringify(escaping[2])}, which points outside the archive; ` +
        'such a zip is refused whole and nothing was imported.',
    )
  return error
}

function checkEntry(entry: Entry, limits: ZipLimits, total: number) {
  const name = JSON.stringify(entry.fileName)
  if (entry.uncompressedSize > limits.maxEntryBytes)
    throw payloadTooLarge(
      `${name} is ${entry.uncompressedSize} bytes uncompressed, more than the limit of ${limits.maxEntryBytes}.`,
    )
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize)
  if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio)
    throw payloadTooLarge(
      `${name} inflates ${Math.round(ratio)}:1, more than the limit of ${limits.maxCompressionRatio}:1 (a zip bomb?).`,
    )
  if (total + entry.uncompressedSize > limits.maxArchiveBytes)
    throw payloadTooLarge(`The zip inflates to more than ${limits.maxArchiveBytes} bytes, the limit.`)
}

function listEntries(zip: ZipFile, limits: ZipLimits): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>()
    let count = 0
    let total = 0
    zip.on('entry', (entry: Entry) => {
      try {
        if (++count > limits.maxEntries) throw payloadTooLarge(`The zip has more than ${limits.maxEntries} entries.`)
        checkEntry(entry, limits, total)
        total += entry.uncompressedSize
        // Feeds are sometimes zipped with a top folder; GTFS files are identified by their base name.
        const base = entry.fileName.split('/').at(-1) ?? entry.fileName
        if (!entry.fileName.endsWith('/')) {
          const twin = entries.get(base)
          if (twin)
            throw badUserInput(
              `The zip has two files named ${base} (${twin.fileName} and ${entry.fileName}): which one is the feed's?`,
            )
          entries.set(base, entry)
        }
        zip.readEntry()
      } catch (error) {
        zip.close()
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
    zip.once('end', () => {
      resolve(entries)
    })
    zip.once('error', (error: Error) => {
      reject(refusalOf(error))
    })
    zip.readEntry()
  })
}

async function archiveOf(zip: ZipFile, limits: ZipLimits, zipBytes: number): Promise<ZipArchive> {
  const entries = await listEntries(zip, limits)
  const total = [...entries.values()].reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  if (total > RATIO_FLOOR_BYTES && total / Math.max(1, zipBytes) > limits.maxCompressionRatio) {
    zip.close()
    throw payloadTooLarge(
      `The zip inflates ${Math.round(total / zipBytes)}:1, more than the limit of ${limits.maxCompressionRatio}:1.`,
    )
  }
  const open = new Set<Readable>()
  let aborted: Error | null = null
  return {
    names: [...entries.keys()],
    sizeOf: (name) => entries.get(name)?.uncompressedSize ?? 0,
    open: async (name) => {
      if (aborted) throw aborted
      const entry = entries.get(name)
      if (!entry) throw new Error(`${name} is not in the archive`)
      const source = await promisify<Readable>((callback) => {
        zip.openReadStream(entry, callback)
      })()
      // yauzl replaces destroy() on its streams with a cleanup that only unpipes: a stream destroyed
      // that way never ends, and a reader awaiting it would wait for ever. Readers get a PassThrough
      // that destroys like any stream; its end runs yauzl's cleanup.
      const stream = new PassThrough()
      source.once('error', (error: Error) => stream.destroy(error))
      source.pipe(stream)
      open.add(stream)
      stream.once('close', () => {
        open.delete(stream)
        source.unpipe(stream)
        source.destroy()
      })
      return stream
    },
    abort: (reason) => {
      aborted = reason
      for (const stream of open) stream.destroy(reason)
      zip.close()
    },
    close: () => {
      if (zip.isOpen) zip.close()
    },
  }
}

/** Refusals of the zip itself (not a zip, entries escaping it, limits) come back as 4xx errors. */
const notAZip = (fileName: string) => (error: unknown) => {
  const refusal = error instanceof Error ? refusalOf(error) : null
  if (refusal && refusal !== error) throw refusal
  throw badUserInput(`${fileName} is not a zip archive.`)
}

export async function openZipFile(
  path: string,
  limits: ZipLimits = TRUSTED_ZIP_LIMITS,
  fileName = 'The upload',
): Promise<ZipArchive> {
  const zip = await promisify<ZipFile>((callback) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, callback)
  })().catch(notAZip(fileName))
  return archiveOf(zip, limits, (await stat(path)).size)
}

export async function openZipBuffer(
  buffer: Buffer,
  limits: ZipLimits = TRUSTED_ZIP_LIMITS,
  fileName = 'The upload',
): Promise<ZipArchive> {
  const zip = await promisify<ZipFile>((callback) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, callback)
  })().catch(notAZip(fileName))
  return archiveOf(zip, limits, buffer.length)
}
