import type { Readable } from 'node:stream'
import yauzl, { type Entry, type ZipFile } from 'yauzl'

/**
 * A GTFS zip opened for random access: the central directory is read once, and each file is then
 * streamed on demand, so a validator can read files in dependency order without holding any of
 * them in memory.
 */
export interface ZipArchive {
  names: string[]
  open: (name: string) => Promise<Readable>
  close: () => void
}

const promisify =
  <T>(register: (callback: (error: Error | null, value?: T) => void) => void) =>
  () =>
    new Promise<T>((resolve, reject) =>
      register((error, value) =>
        error || value === undefined ? reject(error ?? new Error('no value')) : resolve(value),
      ),
    )

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>()
    zip.on('entry', (entry: Entry) => {
      // Feeds are sometimes zipped with a top folder; GTFS files are identified by their base name.
      if (!entry.fileName.endsWith('/')) entries.set(entry.fileName.split('/').at(-1) ?? entry.fileName, entry)
      zip.readEntry()
    })
    zip.once('end', () => resolve(entries))
    zip.once('error', reject)
    zip.readEntry()
  })
}

async function archiveOf(zip: ZipFile): Promise<ZipArchive> {
  const entries = await listEntries(zip)
  return {
    names: [...entries.keys()],
    open: (name) => {
      const entry = entries.get(name)
      if (!entry) return Promise.reject(new Error(`${name} is not in the archive`))
      return promisify<Readable>((callback) => zip.openReadStream(entry, callback))()
    },
    close: () => zip.close(),
  }
}

export async function openZipFile(path: string): Promise<ZipArchive> {
  return archiveOf(
    await promisify<ZipFile>((callback) => yauzl.open(path, { lazyEntries: true, autoClose: false }, callback))(),
  )
}

export async function openZipBuffer(buffer: Buffer): Promise<ZipArchive> {
  return archiveOf(await promisify<ZipFile>((callback) => yauzl.fromBuffer(buffer, { lazyEntries: true }, callback))())
}
