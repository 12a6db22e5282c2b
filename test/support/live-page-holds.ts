import { get, type IncomingMessage } from 'node:http'
import type { Page } from 'playwright-core'

/** A stream of `/events` of our own (node:http: closing it closes its connection, which fetch's pool may keep). */
async function openEventStream(gatewayUrl: string) {
  const request = get(new URL('/events', gatewayUrl))
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    request.once('response', resolve).once('error', reject)
  })
  if (response.statusCode !== 200) throw new Error(`witness stream: HTTP ${response.statusCode}`)
  response.setEncoding('utf8')
  return {
    /** Resolves at the first event frame (`id:`) the stream brings. */
    async nextEvent(): Promise<void> {
      let text = ''
      for await (const chunk of response as AsyncIterable<string>) {
        text += chunk
        if (/^id: /m.test(text)) return
      }
      throw new Error('witness stream ended before the write was passed on')
    },
    close: () => request.destroy(),
  }
}

/**
 * Holds a page's `/events` request (its frames' too) while a write commits: the write lands after the page read its
 * data and before its stream is registered — the gap a live page closes by resuming its stream after the last event
 * its data includes, instead of at the server's position when the stream arrives.
 */
export async function holdEventStream(page: Page, gatewayUrl: string) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let requested!: (url: string) => void
  const requestedUrl = new Promise<string>((resolve) => (requested = resolve))
  await page.route(
    (url) => url.pathname === '/events',
    async (route) => {
      requested(route.request().url())
      await released
      await route.continue()
    },
  )
  return {
    /** The held request's URL, once the page has made it. */
    requested: requestedUrl,
    /**
     * Runs `write` while the stream is held and lets it through once the gateway has passed the write's event on
     * (a stream of our own, opened before the write, received it): from then on the page's stream cannot get it
     * live, only by resuming after the position its page named.
     */
    async whileHeld(write: () => Promise<unknown>): Promise<void> {
      const witness = await openEventStream(gatewayUrl)
      try {
        await write()
        await witness.nextEvent()
      } finally {
        witness.close()
      }
      release()
    },
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once `condition()` holds (checked every 20 ms); false when `ms` passed first. */
async function eventually(condition: () => boolean, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; !condition(); await sleep(20)) if (Date.now() > until) return false
  return true
}

/**
 * Holds back the answer to a live page's first re-read of itself (`fetch` of `pathname`): the page's data is read
 * at once, as the page asked, but handed to it only by `answerLast()` — an old answer arriving after newer ones.
 */
export async function delayFirstReread(page: Page, pathname: string) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let held!: () => void
  const firstHeld = new Promise<void>((resolve) => (held = resolve))
  const rereads = { started: 0, answered: 0 }
  await page.route(
    (url) => url.pathname === pathname,
    async (route) => {
      if (route.request().resourceType() !== 'fetch') return route.continue()
      const first = rereads.started++ === 0
      const response = await route.fetch()
      if (first) {
        held()
        await released
      }
      await route.fulfill({ response })
      rereads.answered++
    },
  )
  return {
    /** Resolves once the first re-read's answer is held (its data read). */
    firstHeld,
    /**
     * Hands the held answer over last: first gives a re-read started meanwhile up to 1.5 s to be answered (a page
     * that re-reads at every event has started one), then releases the held answer, then waits until every re-read
     * has been answered and none started for 200 ms.
     */
    async answerLast(): Promise<void> {
      await eventually(() => rereads.answered >= 1, 1500)
      release()
      for (let settled = -1; settled !== rereads.started; await sleep(200)) {
        if (!(await eventually(() => rereads.answered === rereads.started, 5000)))
          throw new Error(`re-reads still unanswered: ${rereads.started - rereads.answered}`)
        settled = rereads.started
      }
    },
  }
}
