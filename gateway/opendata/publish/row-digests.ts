import { createReadStream } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { FileSink } from './file-sink.js'

/**
 * Per dataset, `key<TAB>digest` of every published row, kept inside each release (under `.state/`,
 * not listed in the manifest) so the next release can count rows added, changed and removed.
 */
const stateFile = (releaseDir: string, datasetId: string) => join(releaseDir, '.state', `${datasetId}.tsv`)

export async function saveRowDigests(releaseDir: string, datasetId: string, digests: Map<string, string>) {
  const sink = await FileSink.open(stateFile(releaseDir, datasetId))
  for (const [key, digest] of digests)
    await sink.write(`${key.replaceAll('\t', ' ').replaceAll('\n', ' ')}\t${digest}\n`)
  await sink.close()
}

export async function loadRowDigests(releaseDir: string, datasetId: string): Promise<Map<string, string> | null> {
  const digests = new Map<string, string>()
  try {
    const lines = createInterface({ input: createReadStream(stateFile(releaseDir, datasetId)), crlfDelay: Infinity })
    for await (const line of lines) {
      const tab = line.lastIndexOf('\t')
      if (tab > 0) digests.set(line.slice(0, tab), line.slice(tab + 1))
    }
    return digests
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
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
