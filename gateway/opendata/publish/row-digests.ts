import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { isMissingFile } from '../../../lib/fs/missing-file.js'
import { DigestTable } from './digest-table.js'
import { FileSink } from './file-sink.js'
import { stateFile as releaseStateFile } from './release-state.js'

/**
 * Per dataset, `key<TAB>digest` of every published row, kept inside each release (under `.state/`,
 * not listed in the manifest) so the next release can count rows added, changed and removed.
 */
const stateFile = (releaseDir: string, datasetId: string) => releaseStateFile(releaseDir, datasetId, 'tsv')

export async function saveRowDigests(releaseDir: string, datasetId: string, digests: Map<string, string>) {
  const sink = await FileSink.open(stateFile(releaseDir, datasetId))
  for (const [key, digest] of digests)
    await sink.write(`${key.replaceAll('\t', ' ').replaceAll('\n', ' ')}\t${digest}\n`)
  await sink.close()
}

export async function loadRowDigests(releaseDir: string, datasetId: string): Promise<Map<string, string> | null> {
  const digests = new Map<string, string>()
  const kept = await readRowDigests(releaseDir, datasetId, (key, digest) => {
    digests.set(key, digest)
  })
  return kept ? digests : null
}

/** Hands each `key<TAB>digest` of a release's state file to `add`; false when the release kept none. */
async function readRowDigests(
  releaseDir: string,
  datasetId: string,
  add: (key: string, digest: string) => void,
): Promise<boolean> {
  try {
    const lines = createInterface({ input: createReadStream(stateFile(releaseDir, datasetId)), crlfDelay: Infinity })
    for await (const line of lines) {
      const tab = line.lastIndexOf('\t')
      if (tab > 0) add(line.slice(0, tab), line.slice(tab + 1))
    }
    return true
  } catch (error) {
    if (isMissingFile(error)) return false
    throw error
  }
}

/** Where a table's row digests go while it is written (`RowDigestWriter`). */
export interface RowDigestSink {
  add(key: string, digest: string): Promise<void>
}

/**
 * A table's row digests, written to this release's state file as the rows come and counted against the previous
 * release's at once: only the previous release's digests are held in memory (as 64-bit hashes, digest-table.ts),
 * never this one's (a row's key identifies it, so each key comes once).
 */
export class RowDigestWriter implements RowDigestSink {
  private readonly counts = { added: 0, changed: 0 }

  private constructor(
    private readonly sink: FileSink,
    /** The previous release's digests; what is not met by the end was removed. */
    private readonly previous: DigestTable | null,
  ) {}

  static async open(releaseDir: string, datasetId: string, previousDir: string | null): Promise<RowDigestWriter> {
    const previous = new DigestTable()
    const kept = previousDir
      ? await readRowDigests(previousDir, datasetId, (key, digest) => {
          previous.add(key, digest)
        })
      : false
    return new RowDigestWriter(await FileSink.open(stateFile(releaseDir, datasetId)), kept ? previous : null)
  }

  async add(key: string, digest: string): Promise<void> {
    await this.sink.write(`${key.replaceAll('\t', ' ').replaceAll('\n', ' ')}\t${digest}\n`)
    const seen = this.previous?.meet(key, digest) ?? 'added'
    if (seen !== 'unchanged') this.counts[seen]++
  }

  /** Closes the state file; the rows added, changed and removed since the previous release. */
  async close(): Promise<{ added: number; changed: number; removed: number }> {
    await this.sink.close()
    return this.previous
      ? { ...this.counts, removed: this.previous.unmet }
      : { added: this.counts.added, changed: 0, removed: 0 }
  }
}

export function countChanges(previous: Map<string, string> | null, current: Map<string, string>) {
  if (!previous) return { added: current.size, changed: 0, removed: 0 }
  let added = 0
  let changed = 0
  for (const [key, digest] of current) {
    const before = previous.get(key)
    if (before === undefined) added++
    else if (before !== digest) changed++
  }
  let removed = 0
  for (const key of previous.keys()) if (!current.has(key)) removed++
  return { added, changed, removed }
}
