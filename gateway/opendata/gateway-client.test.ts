import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { json } from 'node:stream/consumers'
import { parse } from 'graphql'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGatewayClient, PublicQueryError, type Connection } from './gateway-client.js'

/**
 * `paginate` asks for the next page while the caller still reads this one. A page asked for ahead that fails must
 * fail the walk where the caller reaches it — not earlier as an unhandled rejection, which would end the
 * publisher — and a caller that stops early must leave no unhandled rejection behind either.
 *
 * The server answers like the gateway does: pages of three numbered nodes after the cursor, and a GraphQL error for
 * the page after `failAfter`. It records the cursors asked for, so the read-ahead is seen, not assumed.
 */
const PAGES = 4
let failAfter: string | null = null
const asked: (string | null)[] = []

const server: Server = createServer((request, response) => {
  void json(request).then((body) => {
    const { after } = (body as { variables: { after: string | null } }).variables
    asked.push(after)
    response.setHeader('content-type', 'application/json')
    if (after !== null && after === failAfter) {
      response.end(JSON.stringify({ errors: [{ message: `page after ${after} failed` }] }))
      return
    }
    const page = after === null ? 0 : Number(after) + 1
    const connection = {
      pageInfo: { hasNextPage: page < PAGES - 1, endCursor: String(page) },
      nodes: [0, 1, 2].map((index) => ({ id: page * 3 + index })),
    }
    response.end(JSON.stringify({ data: { numbers: connection } }))
  })
})

const document = parse(
  'query Numbers($first: Int, $after: String) { numbers(first: $first, after: $after) { nodes { id } } }',
)
type Numbers = { numbers: Connection<{ id: number }> }
const numbersOf = (data: Numbers) => data.numbers

let url: string
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`
  process.on('unhandledRejection', onUnhandled)
})
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled)
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve()
    }),
  )
})
afterEach(() => {
  failAfter = null
  asked.length = 0
  unhandled.length = 0
})

const client = () => createGatewayClient(url, () => Promise.resolve('token'))
/** Long enough for an answer on loopback to arrive and a rejection with no handler to be reported. */
const aWhile = () => new Promise((resolve) => setTimeout(resolve, 100))

describe('paginate', () => {
  it('walks every page in order, asking for the next page before the caller has read this one', async () => {
    const ids: number[] = []
    let askedWhenFirstRead = 0
    for await (const node of client().paginate(document, {}, numbersOf)) {
      if (ids.length === 0) {
        await aWhile()
        askedWhenFirstRead = asked.length
      }
      ids.push(node.id)
    }
    expect(ids).toEqual(Array.from({ length: PAGES * 3 }, (_, index) => index))
    expect(asked).toEqual([null, '0', '1', '2'])
    expect(askedWhenFirstRead).toBe(2)
  })

  it('throws a failed page ahead where the caller reaches it, with no unhandled rejection meanwhile', async () => {
    failAfter = '0'
    const ids: number[] = []
    const walk = async () => {
      for await (const node of client().paginate(document, {}, numbersOf)) {
        // The page after this one fails while these are being read.
        await aWhile()
        ids.push(node.id)
      }
    }
    await expect(walk()).rejects.toThrow(new PublicQueryError('public query failed (200): page after 0 failed'))
    expect(ids).toEqual([0, 1, 2])
    expect(unhandled).toEqual([])
  })

  it('leaves no unhandled rejection when the caller stops before the failed page ahead', async () => {
    failAfter = '0'
    for await (const node of client().paginate(document, {}, numbersOf)) {
      expect(node.id).toBe(0)
      await aWhile()
      break
    }
    await aWhile()
    expect(asked).toEqual([null, '0'])
    expect(unhandled).toEqual([])
  })
})
