import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../test/support/browser.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegionalSituationDocument, RequestStockTransferDocument } from '../../codegen/operations.js'
import { readSafelist } from '../../lib/http/persisted-operations.js'
import {
  addDisasterInitiative,
  IWAMIZAWA,
  KURIYAMA,
  proposeOk,
  TSUKIGATA,
} from '../../test/support/amendment-fixtures.js'
import { sampleShelterId } from '../../test/support/sample-shelter.js'
import { startTestStack, type TestStack } from '../../test/support/stack.js'
import { expectNoAxeViolations } from '../../test/support/axe.js'

/**
 * `/staff` in real Chromium at phone size (360×740, web security on), against a gateway that runs only
 * persisted operations: a shelter manager reports in three taps, a coordinator approves a transfer and consents.
 */

let stack: TestStack
let browser: Browser
let page: Page

beforeAll(async () => {
  stack = await startTestStack({ persistedOperations: readSafelist() })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })
}, 120_000)
afterAll(async () => {
  await page.close()
  await browser.close()
  await stack.stop()
})

async function signIn(token: string, town: string) {
  await page.goto(new URL('/staff', stack.services.gatewayUrl).href)
  await page.getByLabel('トークン Token').fill(token)
  await page.getByRole('button', { name: 'サインイン Sign in' }).click()
  await expect.poll(() => page.locator('#who').textContent()).toContain(town)
}

async function hasHorizontalScroll() {
  // A string: this project's TypeScript has no DOM types.
  return page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth')
}

async function kuriyamaEvacuees() {
  const { body } = await stack.graphql(RegionalSituationDocument)
  return body.data?.regionalSituation.towns.find((town) => town.municipality.code === KURIYAMA)?.evacuees
}

describe('/staff in a phone-sized browser', () => {
  it('refuses a token that does not verify, says why and does not keep it', async () => {
    await page.goto(new URL('/staff', stack.services.gatewayUrl).href)
    await page.getByLabel('トークン Token').fill('not-a-token')
    await page.getByRole('button', { name: 'サインイン Sign in' }).click()
    await expect.poll(() => page.locator('#who').textContent()).toContain('UNAUTHENTICATED')
    expect(await page.evaluate("sessionStorage.getItem('staff-token')")).toBeNull()
    expect(await page.locator('#work').isVisible()).toBe(false)
  }, 30_000)

  it('has no axe violations signed out and signed in', async () => {
    await page.goto(new URL('/staff', stack.services.gatewayUrl).href)
    await expectNoAxeViolations(page, '/staff signed out')
    await signIn(await stack.token(KURIYAMA), '栗山町')
    await expectNoAxeViolations(page, '/staff signed in')
  }, 30_000)

  it('reports a shelter open with 12 evacuees in three taps', async () => {
    const shelterId = await sampleShelterId(stack, KURIYAMA, 50)
    const before = (await kuriyamaEvacuees()) ?? 0
    await signIn(await stack.token(KURIYAMA), '栗山町')
    const shelter = page.locator(`button[data-shelter-id="${shelterId}"]`)
    await shelter.tap() // 1
    await page.getByRole('button', { name: '開設 Open' }).tap() // 2
    await page.getByLabel('避難者数 Evacuees').fill('12')
    await page.getByRole('button', { name: '報告 Report' }).tap() // 3
    await expect.poll(() => page.locator('#report-result').textContent()).toContain('報告しました Reported')
    const latest = await stack.database.admin
      .selectFrom('disaster.shelterStatusReport')
      .select(['isOpen', 'evacuees'])
      .where('shelterId', '=', shelterId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(latest).toEqual({ isOpen: true, evacuees: 12 })
    expect(await kuriyamaEvacuees()).toBe(before + 12)
    expect(await hasHorizontalScroll()).toBe(false)
  }, 60_000)

  it("shows the API's error with the field path and changes nothing", async () => {
    const shelterId = await sampleShelterId(stack, KURIYAMA, 50)
    await page.locator(`button[data-shelter-id="${shelterId}"]`).tap()
    await page.getByLabel('避難者数 Evacuees').fill('-3')
    await page.getByRole('button', { name: '報告 Report' }).tap()
    await expect.poll(() => page.locator('#report-result').textContent()).toContain('input.evacuees')
    expect(await page.locator('#report-result').textContent()).toContain('BAD_USER_INPUT')
    const reports = await stack.database.admin
      .selectFrom('disaster.shelterStatusReport')
      .select('evacuees')
      .where('shelterId', '=', shelterId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(reports.evacuees).toBe(12)
  }, 60_000)

  it('lets the coordinator approve and ship a stock transfer and consent; the receiver stores it', async () => {
    const lot = await stack.database.admin
      .selectFrom('disaster.stockLot')
      .select(['id', 'quantity'])
      .where('municipalityCode', '=', IWAMIZAWA)
      .where('quantity', '>=', 5)
      .orderBy('id')
      .executeTakeFirstOrThrow()
    const requested = await stack.graphql(
      RequestStockTransferDocument,
      { lotId: lot.id, quantity: 2 },
      { token: await stack.token(KURIYAMA) },
    )
    const transferId = requested.body.data?.requestStockTransfer.id ?? ''
    const proposalId = await proposeOk(stack, [addDisasterInitiative('冬季の広域避難訓練')], { by: TSUKIGATA })

    await signIn(await stack.token(IWAMIZAWA, ['coordinator']), '岩見沢市')
    const transfer = page.locator('#transfers li', { hasText: '栗山町' })
    await transfer.getByRole('button', { name: '承認 Approve' }).tap()
    await expect.poll(() => page.locator('#coord-result').textContent()).toContain('承認しました Approved')
    const stored = await stack.database.admin
      .selectFrom('disaster.stockTransfer')
      .select('status')
      .where('id', '=', transferId)
      .executeTakeFirstOrThrow()
    expect(stored.status).toBe('APPROVED')
    await transfer.getByRole('button', { name: '発送 Ship' }).tap()
    await expect.poll(() => page.locator('#coord-result').textContent()).toContain('発送しました Shipped')

    const proposal = page.locator('#amendments li', { hasText: '防災分野の取組追加' })
    await proposal.getByRole('button', { name: '同意 Consent' }).tap()
    await expect.poll(() => page.locator('#coord-result').textContent()).toContain('同意しました Consented')
    const decision = await stack.database.admin
      .selectFrom('agreement.amendmentDecision')
      .select(['decision', 'municipalityCode'])
      .where('proposalId', '=', proposalId)
      .execute()
    expect(decision).toEqual([{ decision: 'CONSENT', municipalityCode: IWAMIZAWA }])
    await expect.poll(() => page.locator('#amendments li', { hasText: '防災分野の取組追加' }).count()).toBe(0)
    expect(await hasHorizontalScroll()).toBe(false)

    // The receiving town stores what was shipped in one of its sites.
    await signIn(await stack.token(KURIYAMA), '栗山町')
    const arriving = page.locator('#transfers li', { hasText: '岩見沢市' })
    const site = await arriving.getByLabel('保管先 Store at').inputValue()
    await arriving.getByRole('button', { name: '受領 Receive' }).tap()
    await expect.poll(() => page.locator('#coord-result').textContent()).toContain('受領しました Received')
    const received = await stack.database.admin
      .selectFrom('disaster.stockTransfer')
      .select('status')
      .where('id', '=', transferId)
      .executeTakeFirstOrThrow()
    expect(received.status).toBe('RECEIVED')
    const lots = await stack.database.admin
      .selectFrom('disaster.stockLot')
      .select('quantity')
      .where('siteId', '=', site)
      .where('municipalityCode', '=', KURIYAMA)
      .execute()
    expect(lots.map((row) => row.quantity)).toContain(2)
  }, 60_000)

  it('is usable from the keyboard: every control has a name and Tab reaches the shelters', async () => {
    // Evaluated as a string: this project's TypeScript has no DOM types.
    const unnamed = await page.evaluate(`[...document.querySelectorAll('button, input, textarea')]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => (el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent
        : el.textContent) || '').trim() === '' || el.tabIndex < 0)
      .map((el) => el.outerHTML)`)
    expect(unnamed).toEqual([])
    await page.locator('#token').focus()
    const reached: string[] = []
    for (let presses = 0; presses < 4; presses += 1) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate('document.activeElement.textContent.replace(/\\s+/g, " ").trim()')
      reached.push(String(focused))
    }
    // Sign in, sign out, the name filter (an input: no text), then the first shelter.
    expect(reached.slice(0, 3)).toEqual(['サインイン Sign in', 'サインアウト Sign out', ''])
    expect(await page.evaluate('document.activeElement.dataset.shelterId')).toMatch(/.+/)
    await page.keyboard.press('Enter') // on the first shelter: the report form opens with 開設 focused
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('open')
    expect(await page.getByRole('button', { name: '報告 Report' }).isVisible()).toBe(true)
    const evacuees = page.getByLabel('避難者数 Evacuees')
    const shown = Number(await evacuees.inputValue())
    await page.getByRole('button', { name: '1人増やす Increase by one' }).tap()
    expect(Number(await evacuees.inputValue())).toBe(shown + 1)
  }, 30_000)
})
