import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReportShelterStatusDocument } from '../../codegen/operations.js'
import { startTestStack, type TestStack } from '../../test/support/stack.js'
import { sampleShelterId } from '../../test/support/sample-shelter.js'

/** `/situation` without JavaScript: a server-rendered snapshot that is current after each report. */

const KURIYAMA = '014290'
let stack: TestStack

beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

async function board() {
  const response = await fetch(new URL('/situation', stack.services.gatewayUrl))
  expect(response.status).toBe(200)
  return { response, text: await response.text() }
}

/** The evacuees cell of 栗山町's row. */
function kuriyamaEvacuees(text: string): number {
  const row = /<th scope="row">栗山町<\/th>[\s\S]*?data-field="evacuees">(\d+)</.exec(text)
  if (!row?.[1]) throw new Error('no 栗山町 row')
  return Number(row[1])
}

describe('GET /situation', () => {
  it('is a current snapshot: a report changes the next page, with a same-origin live script and a strict CSP', async () => {
    const before = await board()
    expect(before.text).toContain('<html lang="ja">')
    expect(before.text).toContain('<script src="/situation/live.js" defer></script>')
    expect(before.response.headers.get('content-security-policy')).toContain("script-src 'self'")
    const shelter = { id: await sampleShelterId(stack, KURIYAMA, 50) }
    const token = await stack.token(KURIYAMA)
    const report = (evacuees: number) =>
      stack.graphql(
        ReportShelterStatusDocument,
        { shelterId: shelter.id, input: { isOpen: true, evacuees } },
        { token },
      )
    await report(0)
    const base = kuriyamaEvacuees((await board()).text)
    await report(17)
    expect(kuriyamaEvacuees((await board()).text)).toBe(base + 17)
    const script = await fetch(new URL('/situation/live.js', stack.services.gatewayUrl))
    expect(script.headers.get('content-type')).toMatch(/javascript/)
    expect(await script.text()).toContain("new EventSource('/events?types='")
  })
})
