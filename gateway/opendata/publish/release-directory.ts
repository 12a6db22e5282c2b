import { mkdir, readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { unlessMissing } from '../../../lib/fs/missing-file.js'
import { releaseManifestSchema, type ReleaseManifest } from '../release-manifest.js'

/**
 * The open-data directory: `releases/<id>/` (immutable once renamed into place), `current` (a
 * symlink to the served release) and `releases/.partial-<id>/` while a publisher is writing.
 *
 * Publishing writes aside and switches with two renames, each atomic on POSIX: the finished folder
 * into `releases/`, then a fresh symlink over `current`. A publisher killed at any moment leaves
 * `current` on the previous, untouched release; its partial folder is removed by the next run.
 */
export class ReleaseDirectory {
  constructor(readonly root: string) {}

  private get releases() {
    return join(this.root, 'releases')
  }

  releasePath(releaseId: string) {
    return join(this.releases, releaseId)
  }

  /** The id of the release `current` points to, or null before the first publish. */
  async currentReleaseId(): Promise<string | null> {
    const target = await unlessMissing(() => readlink(join(this.root, 'current')), null)
    return target?.split('/').at(-1) ?? null
  }

  async currentManifest(): Promise<ReleaseManifest | null> {
    const id = await this.currentReleaseId()
    if (!id) return null
    return releaseManifestSchema.parse(JSON.parse(await readFile(join(this.releasePath(id), 'manifest.json'), 'utf8')))
  }

  /** A new, empty partial folder; leftovers of interrupted publishers are removed first. */
  async beginRelease(releaseId: string): Promise<string> {
    await mkdir(this.releases, { recursive: true })
    for (const entry of await readdir(this.releases)) {
      if (entry.startsWith('.partial-')) await rm(join(this.releases, entry), { recursive: true, force: true })
    }
    const partial = join(this.releases, `.partial-${releaseId}`)
    await mkdir(partial)
    return partial
  }

  /** Moves the finished partial folder into place and points `current` at it. */
  async commitRelease(releaseId: string, partial: string): Promise<void> {
    await rename(partial, this.releasePath(releaseId))
    const link = join(this.root, `.current-${releaseId}`)
    await symlink(join('releases', releaseId), link)
    await rename(link, join(this.root, 'current'))
  }
}

/** Release ids sort by time: 20261125T100102123Z. */
export const newReleaseId = (now = new Date()) => now.toISOString().replace(/[-:.]/g, '')
