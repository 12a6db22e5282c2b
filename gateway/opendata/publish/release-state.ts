import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { unlessMissing } from '../../../lib/fs/missing-file.js'

/**
 * What a release keeps for the next one to compare against, under `.state/` (not listed in the manifest, not in the
 * bulk zip): a table's row digests (`<dataset>.tsv`, row-digests.ts), a file dataset's ETag (`<dataset>.etag`).
 */
export const stateFile = (releaseDir: string, datasetId: string, extension: 'tsv' | 'etag') =>
  join(releaseDir, '.state', `${datasetId}.${extension}`)

/** Keeps the ETag the API gave a file dataset's file (nothing when it gave none). */
export async function saveFileTag(releaseDir: string, datasetId: string, etag: string | null): Promise<void> {
  if (etag === null) return
  const path = stateFile(releaseDir, datasetId, 'etag')
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${etag}\n`)
}

/** The ETag a release kept for a file dataset, or null (none kept, or a release from before ETags). */
export async function loadFileTag(releaseDir: string, datasetId: string): Promise<string | null> {
  const text = await unlessMissing(() => readFile(stateFile(releaseDir, datasetId, 'etag'), 'utf8'), '')
  return text.trim() || null
}
