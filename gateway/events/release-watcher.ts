import type { Database } from '../../lib/db/database.js'
import type { Logger } from '../../lib/logger.js'
import { ReleaseStore } from '../opendata/serve/release-store.js'
import { recordReleaseEvent } from './outbox.repository.js'

/**
 * Tells a new open-data release (`release.published`). The publisher writes files, not rows, and may run
 * anywhere (`npm run opendata:publish`, the publish route, the first `npm start`), so the gateway watches what
 * every release's readers watch: the `current` link. Each replica records what it sees; the event's dedupe key
 * keeps one event per release.
 */
export class ReleaseWatcher {
  private readonly store: ReleaseStore
  private recorded: string | null = null
  private timer: NodeJS.Timeout | undefined
  private checking: Promise<void> | undefined

  constructor(
    private readonly db: Database,
    dir: string,
    private readonly options: { intervalMs: number; logger: Logger },
  ) {
    this.store = new ReleaseStore(dir)
  }

  start(): void {
    void this.check()
    this.timer = setInterval(() => void this.check(), this.options.intervalMs)
    this.timer.unref()
  }

  check(): Promise<void> {
    this.checking ??= this.checkOnce().finally(() => (this.checking = undefined))
    return this.checking
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    await this.checking
  }

  private async checkOnce(): Promise<void> {
    try {
      const release = await this.store.current()
      if (!release || release.manifest.releaseId === this.recorded) return
      const { manifest } = release
      await recordReleaseEvent(this.db, {
        releaseId: manifest.releaseId,
        publishedAt: manifest.publishedAt,
        datasets: manifest.datasets.length,
      })
      this.recorded = manifest.releaseId
    } catch (error) {
      this.options.logger.warn({ err: error }, 'could not record the current open-data release as an event')
    }
  }
}
