import type { ResultOf } from '@graphql-typed-document-node/core'
import autocannon from 'autocannon'
import { print, type FormattedExecutionResult } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateCampaignTitleDocument, RegionalSituationTotalsDocument } from '../codegen/operations.js'
import { startTestStack, type TestStack } from './support/stack.js'

const TOWNS = ['012106', '012157', '014290', '014303']
const READ = JSON.stringify({ query: print(RegionalSituationTotalsDocument) })
const WRITE = print(CreateCampaignTitleDocument)

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack({ rateLimit: { max: 0, windowMs: 60_000 } })))
afterAll(() => stack.stop())

/** A campaign-creating request for one town, numbered so that each write's title is unique. */
function writeBody(town: string, n: number) {
  return JSON.stringify({
    query: WRITE,
    variables: {
      input: { initiativeId: 'transit-2', title: `load-${town}-${n}`, startsOn: '2026-12-01', endsOn: '2026-12-31' },
    },
  })
}

/**
 * Six seconds of reads and writes (the writes spread over the four towns, each with its own token), recording every
 * write title sent and every one acknowledged.
 */
async function runMixedLoad(tokens: readonly string[]) {
  const acknowledged: string[] = []
  const sent = new Set<string>()
  let sequence = 0
  const result = await autocannon({
    url: stack.services.gatewayUrl,
    connections: 8,
    duration: 6,
    requests: [
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: READ },
      {
        method: 'POST',
        setupRequest: (request) => {
          const n = sequence++
          const town = TOWNS[n % TOWNS.length] ?? ''
          sent.add(`load-${town}-${n}`)
          return {
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[n % TOWNS.length]}` },
            body: writeBody(town, n),
          }
        },
        onResponse: (status, body) => {
          const created = (JSON.parse(body) as FormattedExecutionResult<ResultOf<typeof CreateCampaignTitleDocument>>)
            .data?.createPromotionCampaign
          if (status === 200 && created) acknowledged.push(created.title)
        },
      },
    ],
  })
  return { result, acknowledged, sent }
}

describe('a bounded load on loopback', () => {
  it(
    'mixes reads and writes of four towns for a fixed time with zero errors and no lost or duplicated writes',
    { timeout: 120_000 },
    async () => {
      const tokens = await Promise.all(TOWNS.map((town) => stack.token(town)))
      const rssBefore = process.memoryUsage().rss
      const { result, acknowledged, sent } = await runMixedLoad(tokens)
      const rssAfter = process.memoryUsage().rss

      const rows = await stack.database.admin
        .selectFrom('transit.promotionCampaign')
        .select(['title', 'municipalityCode'])
        .where('title', 'like', 'load-%')
        .execute()
      console.log(
        `load: ${result.requests.total} requests in ${result.duration}s (${Math.round(result.requests.average)}/s), ` +
          `${acknowledged.length} writes acknowledged, ${rows.length} rows, ` +
          `errors ${result.errors}, non-2xx ${result.non2xx}, ` +
          `p99 ${result.latency.p99} ms, ` +
          `rss ${Math.round(rssBefore / 2 ** 20)} → ${Math.round(rssAfter / 2 ** 20)} MiB`,
      )
      expect(result.errors).toBe(0)
      expect(result.timeouts).toBe(0)
      expect(result.non2xx).toBe(0)
      expect(acknowledged.length).toBeGreaterThan(20)
      // Every acknowledged write is stored exactly once, by the town that made it; nothing that was not
      // sent exists. Writes in flight when the clock stopped may be stored without the ack being read.
      const stored = new Set(rows.map((row) => row.title))
      expect(stored.size).toBe(rows.length)
      expect(acknowledged.filter((title) => !stored.has(title))).toEqual([])
      expect(rows.filter((row) => !sent.has(row.title))).toEqual([])
      expect(rows.length - acknowledged.length).toBeLessThanOrEqual(8)
      for (const row of rows) expect(row.title.startsWith(`load-${row.municipalityCode}-`)).toBe(true)
      expect(rssAfter - rssBefore).toBeLessThan(400 * 2 ** 20)
    },
  )
})
