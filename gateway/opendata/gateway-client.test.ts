import { createServer, type Server, type ServerResponse } from 'node:http'
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
 * The server answers like the gateway does: pages of three numbered nodes after the cursor (`pageInfo` first, as
 * the operations ask for it), and a GraphQL error for the page after `failAfter`. It records the cursors asked for,
 * so the read-ahead is seen, not assumed. A test can answer instead (`answerWith`): in pieces, cut, or with errors.
 */
const PAGES = 4
let failAfter: string | null = null
const asked: (string | null)[] = []
let answerWith: ((after: string | null, response: ServerResponse) => void) | null = null

const server: Server = createServer((request, response) => {
  void json(request).then((body) => {
    const { after } = (body as { variables: { after: string | null } }).variables
    asked.push(after)
    response.setHeader('content-type', 'application/json')
    if (answerWith) {
      answerWith(after, response)
      return
    }
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
  answerWith = null
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

  it('hands out each node as its text arrives, before the rest of the page has come', async () => {
    let release: () => void = () => undefined
    const released = new Promise<void>((resolve) => (release = resolve))
    answerWith = (_after, response) => {
      response.write('{"data":{"numbers":{"pageInfo":{"hasNextPage":false,"endCursor":"0"},"nodes":[{"id":0}')
      void released.then(() => response.end(',{"id":1}]}}}'))
    }
    const ids: number[] = []
    for await (const node of client().paginate(document, {}, numbersOf)) {
      ids.push(node.id)
      // The first node came while the server still holds the rest of the page back.
      release()
    }
    expect(ids).toEqual([0, 1])
  })

  it('reads strings of brackets, quotes, backslashes and astral characters cut anywhere in their bytes', async () => {
    const names = ['[', ']', '{', '}', '"', '\\', '\\"', '"]},{"id":', '𠮷野家🍣', '避難所「第1」', '\u0000']
    const nodes = names.map((name, index) => ({ id: index, name, more: { nodes: [name], pageInfo: {} } }))
    const body = Buffer.from(
      JSON.stringify({ data: { numbers: { pageInfo: { hasNextPage: false, endCursor: null }, nodes } } }),
    )
    answerWith = (_after, response) => {
      // Pieces of 1 to 5 bytes: every multi-byte character and escape is cut somewhere.
      const write = (at: number) => {
        if (at >= body.length) {
          response.end()
          return
        }
        const size = 1 + (at % 5)
        response.write(body.subarray(at, at + size), () => {
          write(at + size)
        })
      }
      write(0)
    }
    const read: unknown[] = []
    for await (const node of client().paginate(document, {}, numbersOf)) read.push(node)
    expect(read).toEqual(nodes)
  })

  it('fails a page cut inside a node as reading it whole did, after handing out the nodes before the cut', async () => {
    answerWith = (_after, response) => {
      response.end('{"data":{"numbers":{"pageInfo":{"hasNextPage":false,"endCursor":"0"},"nodes":[{"id":0},{"id":1,"na')
    }
    const ids: number[] = []
    const walk = async () => {
      for await (const node of client().paginate(document, {}, numbersOf)) ids.push(node.id)
    }
    await expect(walk()).rejects.toThrow(SyntaxError)
    expect(ids).toEqual([0])
  })

  it('fails a page whose connection drops mid-answer', async () => {
    answerWith = (_after, response) => {
      response.write('{"data":{"numbers":{"pageInfo":{"hasNextPage":false,"endCursor":"0"},"nodes":[{"id":0},{"i')
      setTimeout(() => response.destroy(), 50)
    }
    const walk = async () => {
      for await (const node of client().paginate(document, {}, numbersOf)) expect(node.id).toBe(0)
    }
    await expect(walk()).rejects.toThrow()
  })

  it('fails with the errors of an answer, before its data or after its nodes, and on an HTTP error', async () => {
    const cases: [number, string, string][] = [
      [
        200,
        '{"errors":[{"message":"first"},{"message":"second"}],"data":null}',
        'public query failed (200): first; second',
      ],
      [
        200,
        '{"data":{"numbers":{"pageInfo":{"hasNextPage":false,"endCursor":"0"},"nodes":[{"id":0}]}},' +
          '"errors":[{"message":"late"}]}',
        'public query failed (200): late',
      ],
      [500, '{"errors":[{"message":"down"}]}', 'public query failed (500): down'],
      [200, '{"data":{"numbers":{"nodes":[{"id":0}],"pageInfo":{"hasNextPage":false,"endCursor":"0"}}}}', 'pageInfo'],
    ]
    for (const [status, body, message] of cases) {
      answerWith = (_after, response) => {
        response.statusCode = status
        response.end(body)
      }
      const walk = async () => {
        for await (const node of client().paginate(document, {}, numbersOf)) expect(node.id).toBe(0)
      }
      await expect(walk(), body).rejects.toThrow(message)
    }
    expect(unhandled).toEqual([])
  })
})
