import { createHash, randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, open, readdir, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { finished } from 'node:stream/promises'

/** Feeds kept: the current one, and the one before for clients still downloading it when a write lands. */
const KEPT_FEEDS = 2
const FEED_SUFFIX = '.zip'
const PARTIAL_SUFFIX = '.partial'
/** A build's partial file older than this was left by a process that stopped mid-build (a build takes seconds). */
const ORPHANED_AFTER_MS = 24 * 60 * 60 * 1000

/** A built feed on disk, opened: it stays readable however soon a newer one replaces it. */
export interface CachedFeed {
  size: number
  body: Readable
}

/** Where one build is being stored; `keep` once the zip is complete, `discard` if it is not. */
export interface FeedStore {
  stream: Writable
  keep: () => Promise<void>
  discard: () => Promise<void>
}

/**
 * The regional feed as last built, one file per ETag: a GET of a version already built is a file read, not a
 * build (~10 CPU-seconds and a COPY of every stop_time at the nationwide scale). So the feed costs one build per
 * transit write, however many consumers download it and whether or not they send `If-None-Match` — before, every
 * plain GET built it again, and anyone could keep the build slots (two cores) busy with a loop of them.
 *
 * Files are named by a hash of the ETag (which holds the transit data version and which database counts it, so a
 * file is never served for other data) and written under a temporary name, renamed only once complete: a build
 * cut short (the client went away, the database failed) leaves nothing to serve. Several processes may share the
 * directory.
 */
export class RegionalFeedCache {
  private made: Promise<string> | undefined

  /** In `dir` (REGIONAL_FEED_CACHE_DIR), made when first needed; without one, in a temporary one removed on close. */
  constructor(private readonly dir?: string) {}

  /** The feed built for `etag`, opened, or undefined when none is (or it went while being opened). */
  async find(etag: string): Promise<CachedFeed | undefined> {
    const handle = await open(await this.pathOf(etag)).catch(() => undefined)
    if (!handle) return undefined
    try {
      const { size } = await handle.stat()
      // The stream owns the handle and closes it at its end or when destroyed (the client went away).
      return { size, body: handle.createReadStream() }
    } catch {
      await handle.close()
      return undefined
    }
  }

  /** Starts storing the feed of `etag`. */
  async store(etag: string): Promise<FeedStore> {
    const partial = join(await this.directory(), `.${randomUUID()}${PARTIAL_SUFFIX}`)
    const stream = createWriteStream(partial)
    // A full disk must not fail the download the feed is also streamed to: the feed is then not kept.
    let failed = false
    stream.on('error', () => {
      failed = true
    })
    const settled = finished(stream).catch(() => undefined)
    return {
      stream,
      keep: async () => {
        await settled
        if (failed) {
          await rm(partial, { force: true })
          return
        }
        await rename(partial, await this.pathOf(etag))
        await this.prune()
      },
      discard: async () => {
        stream.destroy()
        await settled
        await rm(partial, { force: true })
      },
    }
  }

  async close(): Promise<void> {
    if (!this.dir && this.made) await rm(await this.made, { recursive: true, force: true })
  }

  private directory(): Promise<string> {
    const { dir } = this
    this.made ??= dir ? mkdir(dir, { recursive: true }).then(() => dir) : mkdtemp(join(tmpdir(), 'regional-feed-'))
    return this.made
  }

  private async pathOf(etag: string): Promise<string> {
    const name = createHash('sha256').update(etag).digest('hex').slice(0, 32) + FEED_SUFFIX
    return join(await this.directory(), name)
  }

  /**
   * Removes all but the newest feeds (an open file stays readable to whoever is sending it), and partial files that a
   * stopped process left behind.
   */
  private async prune(): Promise<void> {
    const dir = await this.directory()
    const files = await Promise.all(
      (await readdir(dir)).map(async (name) => ({
        name,
        modified: (await stat(join(dir, name)).catch(() => null))?.mtimeMs ?? 0,
      })),
    )
    const feeds = files.filter((file) => file.name.endsWith(FEED_SUFFIX)).sort((a, b) => b.modified - a.modified)
    const orphaned = files.filter(
      (file) => file.name.endsWith(PARTIAL_SUFFIX) && file.modified < Date.now() - ORPHANED_AFTER_MS,
    )
    await Promise.all(
      [...feeds.slice(KEPT_FEEDS), ...orphaned].map((file) => rm(join(dir, file.name), { force: true })),
    )
  }
}
