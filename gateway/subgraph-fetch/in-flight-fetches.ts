/**
 * Arrival order of gateway requests and starts of subgraph fetches, on one counter. A request may
 * share a fetch only if the fetch *started after the request arrived*: any write that had returned
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
}

/**
 * Identical anonymous subgraph queries in flight at once (a crowd loading the same page) are sent
 * once. Keyed by subgraph URL and request body; only the newest fetch of a key is joinable.
 */
export class InFlightFetches {
  private readonly fetches = new Map<string, InFlight>()
  /** Told of every shareable fetch: sent, or joined instead (the gateway counts them in /metrics). */
  observe: (outcome: 'sent' | 'joined') => void = () => {}

  share(key: string, arrivedAt: number, send: () => Promise<SubgraphAnswer>): Promise<SubgraphAnswer> {
    const running = this.fetches.get(key)
    if (running && running.startedAt > arrivedAt) {
      this.observe('joined')
      return running.answer
    }
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
