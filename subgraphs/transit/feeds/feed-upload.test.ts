import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { townOperatorId } from '../../../test/support/transit-feed.js'
import { sampleFeedFiles, zipFeed } from '../gtfs/feed-fixtures.js'

const TSUKIGATA = '014303'
const LIMIT = 64 * 1024

let stack: TestStack
let operatorId: string
beforeAll(async () => {
  stack = await startTestStack({ uploadLimitBytes: LIMIT })
  operatorId = await townOperatorId(stack, TSUKIGATA)
})
afterAll(() => stack.stop())

async function put(body: Buffer, options: { token?: string; operator?: string; contentType?: string } = {}) {
  const url = new URL(
    `/transit/feeds/${options.operator ?? operatorId}?fileName=../../etc/tsukigata.zip`,
    stack.services.gatewayUrl,
  )
  const response = await fetch(url, {
    method: 'PUT',
    headers: {
      'content-type': options.contentType ?? 'application/zip',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body,
  })
  return {
    status: response.status,
    body: (await response.json()) as {
      id?: string
      status?: string
      fileName?: string
      errors?: { message: string; extensions: { code: string } }[]
    },
  }
}
const versionCount = async () =>
  (
    await stack.database.admin
      .selectFrom('transit.feedVersion')
      .select('id')
      .where('operatorId', '=', operatorId)
      .execute()
  ).length

describe('PUT /transit/feeds/:operatorId (streamed upload through the gateway)', () => {
  it('imports a zip body as a new active version, with a safe file name', async () => {
    const { status, body } = await put(await zipFeed(sampleFeedFiles()), { token: await stack.token(TSUKIGATA) })
    expect(status).toBe(201)
    expect(body).toMatchObject({ status: 'ACTIVE', fileName: 'tsukigata.zip' })
  })

  it('refuses anonymous callers, other towns, unknown operators, non-zips, big bodies; changes nothing', async () => {
    const before = await versionCount()
    const feed = await zipFeed(sampleFeedFiles())
    const cases = [
      { request: put(feed), status: 401, code: 'UNAUTHENTICATED' },
      { request: put(feed, { token: await stack.token('014290') }), status: 403, code: 'FORBIDDEN' },
      {
        request: put(feed, { token: await stack.token(TSUKIGATA), operator: 'not-an-id' }),
        status: 404,
        code: 'NOT_FOUND',
      },
      {
        request: put(Buffer.from('not a zip'), { token: await stack.token(TSUKIGATA) }),
        status: 400,
        code: 'BAD_USER_INPUT',
      },
      {
        request: put(Buffer.alloc(LIMIT + 1, 1), { token: await stack.token(TSUKIGATA) }),
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      },
    ]
    for (const { request, status, code } of cases) {
      const response = await request
      expect({ status: response.status, code: response.body.errors?.[0]?.extensions.code }).toEqual({ status, code })
      expect(JSON.stringify(response.body)).not.toMatch(/stack|\/work\/|node_modules/)
    }
    expect(await versionCount()).toBe(before)
  })

  it('reports validation problems as file:line with a 400', async () => {
    const { status, body } = await put(await zipFeed({ ...sampleFeedFiles(), 'stops.txt': null }), {
      token: await stack.token(TSUKIGATA),
    })
    expect(status).toBe(400)
    expect(body.errors?.[0]?.message).toContain('error: stops.txt:0: required file is missing')
  })
})
