import type { Page } from 'playwright-core'

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
      const witness = await fetch(new URL('/events', gatewayUrl))
      if (!witness.ok || !witness.body) throw new Error(`witness stream: HTTP ${witness.status}`)
      const reader = witness.body.pipeThrough(new TextDecoderStream()).getReader()
      await write()
      for (let text = ''; !/^id: /m.test(text);) {
        const { value, done } = await reader.read()
        if (done) throw new Error('witness stream ended before the write was passed on')
        text += value
      }
      await reader.cancel()
      release()
    },
  }
}
