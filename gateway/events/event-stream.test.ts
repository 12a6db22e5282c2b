import { XMLParser } from 'fast-xml-parser'
import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { atomLinks } from '../../test/support/atom-links.js'
import { ReportShelterStatusDocument } from '../../codegen/operations.js'
import { startTestStack, type TestStack } from '../../test/support/stack.js'
import { sampleShelterId } from '../../test/support/sample-shelter.js'

/** `GET /events` (docs/events.md): the outbox as server-sent events, live and resumed after Last-Event-ID. */

const KURIYAMA = '014290'
let stack: TestStack
let shelterId: string

beforeAll(async () => {
  stack = await startTestStack({ events: { webhooks: false, pollMs: 200 } })
  shelterId = await sampleShelterId(stack, KURIYAMA, 10)
})
afterAll(() => stack.stop())

interface Frame {
  id: number
  event: string
  data: { id: number; type: string; municipalityCode: string | null; data: { evacuees?: number } }
}

/** Opens the stream and collects its frames until `stop()`. */
async function openStream(query = '', headers: Record<string, string> = {}) {
  const controller = new AbortController()
  const response = await fetch(new URL(`/events${query}`, stack.services.gatewayUrl), {
    headers,
    signal: controller.signal,
  })
  const frames: Frame[] = []
  const reading = (async () => {
    if (!response.body) return
    const decoder = new TextDecoder()
    let buffer = ''
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true })
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const fields = new Map(
            block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
          )
          const data = fields.get('data')
          if (data !== undefined) {
            frames.push({
              id: Number(fields.get('id')),
              event: fields.get('event') ?? '',
              data: JSON.parse(data) as Frame['data'],
            })
          }
        }
      }
    } catch {
      // Aborted by stop().
    }
  })()
  return {
    response,
    frames,
    stop: async () => {
      controller.abort()
      await reading
    },
  }
}

async function report(evacuees: number) {
  const { body } = await stack.graphql(
    ReportShelterStatusDocument,
    { shelterId, input: { isOpen: true, evacuees } },
    { token: await stack.token(KURIYAMA) },
  )
  expect(body.errors).toBeUndefined()
}

async function waitFor(condition: () => boolean, what: string, ms = 2000) {
  const until = Date.now() + ms
  while (!condition()) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('GET /events', () => {
  it('streams a report within 2 s, and resumes after Last-Event-ID with nothing missed or repeated', async () => {
    const live = await openStream()
    expect(live.response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    await report(4)
    await waitFor(() => live.frames.some((f) => f.data.data.evacuees === 4), 'the first report on the stream')
    const first = live.frames.at(-1)
    if (!first) throw new Error('no frame')
    expect(first).toMatchObject({ event: first.data.type, data: { id: first.id, municipalityCode: KURIYAMA } })
    await live.stop()
    // While disconnected: two more reports. A reconnecting EventSource sends the last id it saw.
    await report(5)
    await report(6)
    const resumed = await openStream('', { 'last-event-id': String(first.id) })
    await waitFor(() => resumed.frames.some((f) => f.data.data.evacuees === 6), 'the missed reports')
    await report(7)
    await waitFor(() => resumed.frames.some((f) => f.data.data.evacuees === 7), 'a live report after the catch-up')
    await resumed.stop()
    const ids = resumed.frames.map((f) => f.id)
    expect(ids[0]).toBeGreaterThan(first.id)
    expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b))
    expect(resumed.frames.map((f) => f.data.data.evacuees).filter((n) => n !== undefined)).toEqual([5, 6, 7])
  })

  it('filters by town and type, and refuses a malformed Last-Event-ID or filter with 400', async () => {
    const other = await openStream('?town=012106&types=shelter.updated')
    await report(8)
    await new Promise((resolve) => setTimeout(resolve, 800))
    await other.stop()
    expect(other.frames).toEqual([])
    for (const [query, headers] of [
      ['', { 'last-event-id': 'abc' }],
      ['?town=999999', {}],
      ['?types=shelter.exploded', {}],
    ] as const) {
      const response = await fetch(new URL(`/events${query}`, stack.services.gatewayUrl), { headers })
      expect(response.status, query).toBe(400)
      expect(await response.text()).toMatch(/Last-Event-ID|town|types/)
    }
  })

  it('lists alerts in an Atom feed (shelter opened, newest first) and serves the releases feed', async () => {
    const { body } = await stack.graphql(
      ReportShelterStatusDocument,
      { shelterId, input: { isOpen: false, evacuees: 0 } },
      { token: await stack.token(KURIYAMA) },
    )
    expect(body.errors).toBeUndefined()
    await report(2)
    const response = await fetch(new URL('/events/alerts.atom', stack.services.gatewayUrl))
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
    const feed = new XMLParser().parse(await response.text()) as {
      feed: { entry: { title: string }[] | { title: string } }
    }
    const entries = [feed.feed.entry].flat()
    expect(entries[0]?.title).toBe('栗山町: 避難所の開設')
    expect(entries.map((entry) => entry.title)).not.toContain('栗山町: 避難所の状況更新')
    const releases = await fetch(new URL('/events/releases.atom', stack.services.gatewayUrl))
    expect(releases.status).toBe(200)
  })

  it('is linked from the head of the situation board, so feed readers find both feeds', async () => {
    const root = parse(await (await fetch(new URL('/situation', stack.services.gatewayUrl))).text())
    const hrefs = atomLinks(root)
    expect(hrefs).toEqual(['/events/releases.atom', '/events/alerts.atom'])
    for (const href of hrefs) {
      const feed = await fetch(new URL(href, stack.services.gatewayUrl))
      expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
    }
  })
})
