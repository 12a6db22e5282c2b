/**
 * Arrival order of gateway requests and starts of subgraph fetches, on one counter. A request may
 * share a fetch only if the fetch *started after the request arrived*. Every write that had returned
 * before the request arrived had committed before the fetch began, so the shared answer includes it.
 * (Sharing any identical fetch in flight, as other gateways do, can hand a caller an answer read
 * before the write it has just seen succeed.)
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
  answer: Promise<SubgraphAnswer>
  /** The fetch that starts once this one is done, shared by the requests that arrived while it ran. */
  next?: Promise<SubgraphAnswer>
}

const settled = (answer: Promise<unknown>) =>
  answer.then(
    () => undefined,
    () => undefined,
  )

/**
 * Identical anonymous subgraph queries (a crowd loading the same page) are sent at most once at a
 * time per subgraph and body. A request that arrives while the fetch it needs is running cannot share
 * it (it may have started before a write the caller has seen return): it waits for it to finish and
 * shares the next one, started for everyone who arrived meanwhile. Alone, a request never waits.
 */
export class InFlightFetches {
  private readonly fetches = new Map<string, InFlight>()
  /** Told of every shareable fetch: sent, or joined instead (the gateway counts them in /metrics). */
  observe: (outcome: 'sent' | 'joined') => void = () => {}

  share(key: string, arrivedAt: number, send: () => Promise<SubgraphAnswer>): Promise<SubgraphAnswer> {
    const running = this.fetches.get(key)
    if (!running) return this.start(key, send)
    this.observe('joined')
    if (running.startedAt > arrivedAt) return running.answer
    running.next ??= settled(running.answer).then(() => this.start(key, send))
    return running.next
  }

  private start(key: string, send: () => Promise<SubgraphAnswer>): Promise<SubgraphAnswer> {
    const inFlight: InFlight = { startedAt: nextSequence(), answer: send() }
    this.observe('sent')
    this.fetches.set(key, inFlight)
    const forget = () => {
      if (this.fetches.get(key) === inFlight) this.fetches.delete(key)
    }
    inFlight.answer.then(forget, forget)
    return inFlight.answer
  }
}
