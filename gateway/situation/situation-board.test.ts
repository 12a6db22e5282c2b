import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack, type TestStack } from '../../test/support/stack.js'
import { sampleShelterId, shelterReporter } from '../../test/support/sample-shelter.js'

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

/** A cell (data-field) of 栗山町's row. */
function kuriyamaCell(text: string, field: string): number {
  const row = new RegExp(`<th scope="row">栗山町</th>[\\s\\S]*?data-field="${field}">(\\d+)<`).exec(text)
  if (!row?.[1]) throw new Error(`no 栗山町 row with ${field}`)
  return Number(row[1])
}
const kuriyamaEvacuees = (text: string) => kuriyamaCell(text, 'evacuees')

describe('GET /situation', () => {
  it('is a current snapshot: a report changes the next page; a same-origin live script, a strict CSP', async () => {
    const before = await board()
    expect(before.text).toContain('<html lang="ja">')
    expect(before.text).toContain('<script src="/situation/live.js" defer></script>')
    expect(before.response.headers.get('content-security-policy')).toContain("script-src 'self'")
    const report = await shelterReporter(stack, KURIYAMA, await sampleShelterId(stack, KURIYAMA, 50))
    await report(0)
    const base = kuriyamaEvacuees((await board()).text)
    await report(17)
    expect(kuriyamaEvacuees((await board()).text)).toBe(base + 17)
    const script = await fetch(new URL('/situation/live.js', stack.services.gatewayUrl))
    expect(script.headers.get('content-type')).toMatch(/javascript/)
    expect(await script.text()).toContain("new EventSource('/events?types='")
  })

  it('shows free places in shelters that take people who need care as a column next to all free places', async () => {
    const id = await sampleShelterId(stack, KURIYAMA, 50)
    await stack.database.admin
      .updateTable('disaster.shelter')
      .set({ isWelfareShelter: true, acceptsPeopleNeedingCare: true })
      .where('id', '=', id)
      .execute()
    const report = await shelterReporter(stack, KURIYAMA, id)
    await report(0)
    const before = (await board()).text
    expect(before).toContain('<th scope="col" title="要配慮者を受け入れる避難所(福祉避難所を含む)の空き">')
    expect(before).toMatch(/うち要配慮者の受入先\s*<strong data-field="remainingCareCapacity">\d+<\/strong>/)
    const care = kuriyamaCell(before, 'remainingCareCapacity')
    expect(care).toBeGreaterThanOrEqual(50)
    await report(20)
    const after = (await board()).text
    expect(kuriyamaCell(after, 'remainingCareCapacity')).toBe(care - 20)
    expect(kuriyamaCell(after, 'remainingCapacity')).toBe(kuriyamaCell(before, 'remainingCapacity') - 20)
  })
})
