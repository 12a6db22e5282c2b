import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { StaffViewerDocument } from '../../codegen/operations.js'
import { operationHash, readSafelist } from '../../lib/http/persisted-operations.js'
import { startTestStack, metricsToken, type TestStack } from '../../test/support/stack.js'
import { STAFF_OPERATIONS } from './staff-script.js'

/** `/staff` over real HTTP: the page's headers, its script's operations, and `viewer`, which the page signs in with. */

let stack: TestStack
beforeAll(async () => {
  stack = await startTestStack()
}, 120_000)
afterAll(() => stack.stop())

const get = (path: string) => fetch(new URL(path, stack.services.gatewayUrl))

describe('/staff', () => {
  it('is served with a strict CSP and no inline script', async () => {
    const response = await get('/staff')
    expect(response.status).toBe(200)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-eval')
    const page = await response.text()
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.map(([, attributes, body]) => [attributes?.trim(), body?.trim()])).toEqual([
      ['src="/staff/staff.js" defer', ''],
    ])
    expect(page).toContain('<label for="token">')
  })

  it('serves a script whose every GraphQL document is in the persisted-operation safelist', async () => {
    const response = await get('/staff/staff.js')
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    const script = await response.text()
    const safelist = readSafelist()
    expect(Object.keys(STAFF_OPERATIONS).length).toBeGreaterThanOrEqual(8)
    for (const [name, text] of Object.entries(STAFF_OPERATIONS)) {
      expect(safelist.get(operationHash(text)), name).toBe(text)
      expect(script).toContain(JSON.stringify(text))
    }
    // The token stays in this tab: never written to a cookie, localStorage or a URL.
    expect(script).toContain('sessionStorage')
    expect(script).not.toMatch(/document\.cookie|localStorage|[?&]token=/)
  })
})

describe('Query.viewer', () => {
  it("names a staff member's town and roles, and the coordinator", async () => {
    const editor = await stack.graphql(StaffViewerDocument, {}, { token: await stack.token('014290') })
    expect(editor.body).toEqual({
      data: {
        viewer: {
          subject: 'test-014290',
          roles: ['editor'],
          isCoordinator: false,
          municipality: { code: '014290', name: '栗山町' },
        },
      },
    })
    const lead = await stack.graphql(StaffViewerDocument, {}, { token: await stack.token('012106', ['coordinator']) })
    expect(lead.body.data?.viewer).toMatchObject({ roles: ['coordinator'], isCoordinator: true })
    // A coordinator role outside the lead town does not make its holder the coordinator.
    const other = await stack.graphql(StaffViewerDocument, {}, { token: await stack.token('014303', ['coordinator']) })
    expect(other.body.data?.viewer?.isCoordinator).toBe(false)
  })

  it('is null for anonymous callers and has no town for service accounts', async () => {
    expect((await stack.graphql(StaffViewerDocument)).body).toEqual({ data: { viewer: null } })
    const service = await stack.graphql(StaffViewerDocument, {}, { token: await metricsToken() })
    expect(service.body.data?.viewer).toEqual({
      subject: 'prometheus',
      roles: ['metrics'],
      isCoordinator: false,
      municipality: null,
    })
  })
})
