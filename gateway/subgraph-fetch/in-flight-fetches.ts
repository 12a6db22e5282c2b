import type { DataVersions } from '../data-versions.js'

/**
 * Arrival order of gateway requests and starts of subgraph fetches, on one counter. A request may
 * share a fetch that *started after the request arrived*: every write that had returned before the
 * request arrived had committed before the fetch began, so the shared answer includes it. (Sharing any
 * identical fetch in flight, as other gateways do, can hand a caller an answer read before the write
 * it has just seen succeed.)
 */
let lastSequence = 0
export const nextSequence = (): number => ++lastSequence

/** What a subgraph answered, as text: each request that shares it parses its own copy. */
export interface SubgraphAnswer {
  status: number
  statusText: string
  body: string
}

interface InFlight {
  startedAt: number
  /** The data versions of the last read completed before the fetch was sent; undefined when none was known. */
  versions: string | undefined
  answer: Promise<SubgraphAnswer>
  /** The fetch that starts once this one is done, shared by the requests that arrived while it ran. */
  next?: Promise<SubgraphAnswer>
}

const settled = (answer: Promise<unknown>) =>
  answer.then(
    () => undefined,
    () => undefined,
  )

/** How a shareable fetch was answered: sent, joined to one in flight, or waited for the next one. */
export type SharingOutcome = 'sent' | 'joined' | 'waited'

/**
 * Identical anonymous subgraph queries (a crowd loading the same page) are sent at most once at a
 * time per subgraph and body. A request that arrives while the fetch it needs is running may share it
 * only if no write can have committed between the fetch's start and the request's arrival: with the
 * data versions (a gateway with a database), when a read started after the request arrived gives the
 * value last read before the fetch was sent — every write counted in it had committed before the
 * fetch began. Otherwise it waits for that fetch to finish and shares the next one, started for
 * everyone who arrived meanwhile. Alone, a request never waits.
 */
export class InFlightFetches {
  private readonly fetches = new Map<string, InFlight>()
  /**
   * Told of every shareable fetch (the gateway counts them in /metrics): sent; joined to one already running or just
   * started; or waited for, when the running one could not be shared and the request shares the next.
   */
  observe: (outcome: SharingOutcome) => void = () => {}

  /** Without `versions`, a request shares only fetches that started after it arrived. */
  constructor(private readonly versions?: DataVersions) {}

  share(key: string, arrivedAt: number, send: () => Promise<SubgraphAnswer>): Promise<SubgraphAnswer> {
    const running = this.fetches.get(key)
    if (!running) return this.start(key, send)
    if (running.startedAt > arrivedAt) return this.join(running)
    if (this.versions && running.versions !== undefined) return this.joinIfUnwritten(running, arrivedAt, key, send)
    // No versions were known when it started: read them now so that the next fetch has them.
    void this.versions?.current().catch(() => undefined)
    return this.afterwards(running, key, send)
  }

  private join(inFlight: InFlight): Promise<SubgraphAnswer> {
    this.observe('joined')
    return inFlight.answer
  }

  /** Shares `running` when nothing was written since it started; otherwise what `afterwards` gives. */
  private async joinIfUnwritten(
    running: InFlight,
    arrivedAt: number,
    key: string,
    send: () => Promise<SubgraphAnswer>,
  ): Promise<SubgraphAnswer> {
    const now = await this.versions?.current().catch(() => undefined)
    if (now === running.versions) return this.join(running)
    // A fetch may have started for this key while the versions were read: it started after the request arrived.
    const latest = this.fetches.get(key)
    if (latest && latest.startedAt > arrivedAt) return this.join(latest)
    return this.afterwards(running, key, send)
  }

  /** The fetch started once `running` is done, shared by the requests that could not share `running`. */
  private afterwards(running: InFlight, key: string, send: () => Promise<SubgraphAnswer>): Promise<SubgraphAnswer> {
    this.observe('waited')
    running.next ??= settled(running.answer).then(() => this.start(key, send))
    return running.next
  }

  private start(key: string, send: () => Promise<SubgraphAnswer>): Promise<SubgraphAnswer> {
    const inFlight: InFlight = { startedAt: nextSequence(), versions: this.versions?.latest, answer: send() }
    this.observe('sent')
    this.fetches.set(key, inFlight)
    const forget = () => {
      if (this.fetches.get(key) === inFlight) this.fetches.delete(key)
    }
    inFlight.answer.then(forget, forget)
    return inFlight.answer
  }
}
