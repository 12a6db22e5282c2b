import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AgreementAsOfDocument } from '../../../codegen/operations.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { consentByAll, IWAMIZAWA, propose, proposeOk } from '../../../test/support/amendment-fixtures.js'

/** Each change kind, applied by agreement.settle_amendment, as read back through agreement(asOf:). */
let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

const agreementOn = async (asOf: string) => {
  const { body } = await stack.graphql(AgreementAsOfDocument, { asOf })
  if (!body.data) throw new Error(JSON.stringify(body.errors))
  return body.data.agreement
}

describe('amendment kinds', () => {
  it('adds a policy field with its initiatives and roles, and rewrites an article', async () => {
    const before = await agreementOn('2031-01-01')
    const id = await proposeOk(
      stack,
      [
        {
          addPolicyField: {
            id: 'tourism',
            areaNumber: 2,
            name: '観光',
            theme: '広域観光の推進',
            direction: '圏域の観光資源を連携して発信する。',
            leadMunicipalityCode: IWAMIZAWA,
            initiatives: ['広域観光ルートの造成', '共同プロモーション'],
            roles: PARTY_CODES.map((code) => ({
              municipalityCode: code,
              duties: code === IWAMIZAWA ? ['企画調整'] : ['観光資源の情報提供'],
            })),
          },
        },
        {
          changeArticle: {
            articleNumber: 7,
            heading: '疑義の解決',
            paragraphs: [{ text: '改正後の第7条本文。', items: ['一', '二'] }],
          },
        },
      ],
      { effectiveOn: '2031-04-01', title: '観光分野の追加' },
    )
    const adopted = await consentByAll(stack, id)
    expect(adopted.body.data?.decideAmendment.resultingVersion?.version).toBe(2)

    const after = await agreementOn('2031-04-01')
    const tourism = after.policyAreas.flatMap((area) => area.fields).find((field) => field.id === 'tourism')
    expect(tourism?.initiatives).toEqual([
      { id: 'tourism-1', text: '広域観光ルートの造成' },
      { id: 'tourism-2', text: '共同プロモーション' },
    ])
    expect(tourism?.roles).toHaveLength(9)
    expect(tourism?.roles[0]).toMatchObject({ municipality: { code: IWAMIZAWA }, duties: ['企画調整'] })
    expect(after.articles.find((article) => article.number === 7)).toEqual({
      number: 7,
      heading: '疑義の解決',
      paragraphs: [{ text: '改正後の第7条本文。' }],
    })
    // Everything else is carried over unchanged; the old version still reads as before.
    expect(after.articles.filter((a) => a.number !== 7)).toEqual(before.articles.filter((a) => a.number !== 7))
    expect((await agreementOn('2031-03-31')).articles).toEqual(before.articles)
  })

  it('dissolves the agreement (第6条): the new version is DISSOLVED and no further proposal is accepted', async () => {
    const alongside = await propose(stack, [
      { dissolve: { confirm: true } },
      { changeInitiative: { initiativeId: 'ict-1', text: 'x' } },
    ])
    expect(errorCodes(alongside.body)).toEqual(['BAD_USER_INPUT'])
    const id = await proposeOk(stack, [{ dissolve: { confirm: true } }], {
      effectiveOn: '2032-03-31',
      title: '協定の廃止',
    })
    await consentByAll(stack, id)
    const dissolved = await agreementOn('2032-03-31')
    expect(dissolved).toMatchObject({ version: 3, status: 'DISSOLVED', effectiveFrom: '2032-03-31' })
    expect((await agreementOn('2032-03-30')).status).toBe('IN_FORCE')
    const later = await propose(stack, [{ changeInitiative: { initiativeId: 'ict-1', text: 'x' } }], {
      effectiveOn: '2033-01-01',
    })
    expect(errorCodes(later.body)).toEqual(['CONFLICT'])
  })
})
