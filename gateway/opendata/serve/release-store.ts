import { readFile, readlink, realpath } from 'node:fs/promises'
import { basename, join, resolve, sep } from 'node:path'
import { isMissingFile } from '../../../lib/fs/missing-file.js'
import { releaseManifestSchema, type Distribution, type ReleaseManifest } from '../release-manifest.js'

/** A release as served: its manifest and the folder its file paths are relative to. */
export interface Release {
  manifest: ReleaseManifest
  dir: string
  /** Every servable file (dataset distributions and release-wide files) by manifest path. */
  files: ReadonlyMap<string, ServableFile>
}

export interface ServableFile {
  path: string
  mediaType: string
  byteSize: number
  sha256: string
  format: Distribution['format']
}

const RELEASE_ID = /^\d{8}T\d{6}\d{3}Z$/
/** Parsed manifests kept in memory; releases are immutable, so an entry never goes stale. */
const CACHE_LIMIT = 8

export class ReleaseNotFoundError extends Error {
  override name = 'ReleaseNotFoundError'
}

/**
 * Reads releases from an OPENDATA_DIR laid out by the publisher: `releases/<releaseId>/manifest.json`
 * and `current`, a symlink to `releases/<releaseId>` that the publisher switches atomically.
 *
 * `current` is read on every request (one readlink, no file read) so a new release is served as soon
 * as the link moves; the manifest is parsed once per release id. Files are always opened through the
 * release's own folder, never through `current`, so a request that began on one release finishes on it
 * even if the link moves meanwhile.
 */
export class ReleaseStore {
  private readonly root: string
  private readonly cache = new Map<string, Promise<Release>>()

  constructor(dir: string) {
    this.root = resolve(dir)
  }

  /** The release `current` points to, or null when nothing has been published yet. */
  async current(): Promise<Release | null> {
    let target: string
    try {
      target = await readlink(join(this.root, 'current'))
    } catch (error) {
      if (isMissingFile(error)) return null
      throw error
    }
    const releaseId = basename(resolve(this.root, target))
    if (!RELEASE_ID.test(releaseId))
      throw new Error(`${join(this.root, 'current')} points to ${target}, not to a release folder`)
    return this.load(releaseId)
  }

  /** A release still on disk by id (immutable links); ReleaseNotFoundError when it is not there. */
  async release(releaseId: string): Promise<Release> {
    if (!RELEASE_ID.test(releaseId)) throw new ReleaseNotFoundError(`no release ${releaseId}`)
    return this.load(releaseId)
  }

  /** The absolute path of a listed file, or null for anything the manifest does not list. */
  filePath(release: Release, path: string): string | null {
    if (!release.files.has(path)) return null
    const full = resolve(release.dir, path)
    // The manifest schema already forbids `..`; this keeps a hand-edited manifest inside the folder too.
    return full.startsWith(release.dir + sep) ? full : null
  }

  private load(releaseId: string): Promise<Release> {
    let entry = this.cache.get(releaseId)
    if (!entry) {
      entry = this.read(releaseId)
      // A failed read (release deleted, manifest being written) is retried on the next request.
      entry.catch(() => this.cache.delete(releaseId))
      this.cache.set(releaseId, entry)
      while (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string)
    }
    return entry
  }

  private async read(releaseId: string): Promise<Release> {
    const dir = join(this.root, 'releases', releaseId)
    let text: string
    try {
      text = await readFile(join(dir, 'manifest.json'), 'utf8')
    } catch (error) {
      if (isMissingFile(error)) throw new ReleaseNotFoundError(`no release ${releaseId}`)
      throw error
    }
    const manifest = releaseManifestSchema.parse(JSON.parse(text))
    if (manifest.releaseId !== releaseId)
      throw new Error(`release folder ${releaseId} holds the manifest of ${manifest.releaseId}`)
    const files = new Map<string, ServableFile>()
    for (const file of [...manifest.datasets.flatMap((dataset) => dataset.distributions), ...manifest.files]) {
      files.set(file.path, {
        path: file.path,
        mediaType: file.mediaType,
        byteSize: file.byteSize,
        sha256: file.sha256,
        format: file.format,
      })
    }
    // Symlinks resolved, so the containment check in filePath compares like with like.
    return { manifest, dir: await realpath(dir), files }
  }
}
