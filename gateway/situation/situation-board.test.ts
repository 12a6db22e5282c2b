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

describe('GET /situation of one 圏域, and the list of them', () => {
  const get = async (path: string) => {
    const response = await fetch(new URL(path, stack.services.gatewayUrl))
    return {
      status: response.status,
      csp: response.headers.get('content-security-policy'),
      text: await response.text(),
    }
  }

  it("lists the regions, each linking its board, which shows that region's towns and is titled by it", async () => {
    const { title } = await stack.database.admin
      .selectFrom('agreement.agreement')
      .select('title')
      .orderBy('version', 'desc')
      .executeTakeFirstOrThrow()
    const list = await get('/situation/regions')
    expect(list.status).toBe(200)
    expect(list.text).toContain(`<a href="/situation?region=agreement">${title}</a>`)
    expect(list.text).toContain('（9市区町村）')
    expect(list.text).not.toContain('/situation/live.js')

    const board = await get('/situation?region=agreement')
    expect(board.status).toBe(200)
    expect(board.text).toContain(`<h1>${title} 災害対応状況</h1>`)
    expect(board.text.match(/<th scope="row">/g)).toHaveLength(9)
    expect(board.text).toContain('<script src="/situation/live.js" defer></script>')
  })

  it('answers 404 for a region it does not serve, whatever is sent, naming it escaped', async () => {
    for (const query of [
      'region=nowhere',
      'region=%3Cscript%3E',
      'region=',
      'region=a&region=b',
      `region=${'a'.repeat(65)}`,
    ]) {
      const answer = await get(`/situation?${query}`)
      expect(answer.status, query).toBe(404)
      expect(answer.csp).toContain("default-src 'none'")
      expect(answer.text).not.toContain('<script>')
    }
    expect((await get('/situation?region=%3Cscript%3E')).text).toContain('圏域「&lt;script&gt;」はありません')
  })
})
