import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArticleByNumberDocument, FullAgreementDocument } from '../../../codegen/operations.js'
import { projectPath } from '../../../lib/paths.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

const source = readFileSync(projectPath('sql', 'seed', 'agreement-2020-10-09.txt'), 'utf8')
let stack: TestStack
// Statement counts are about the subgraphs: measured with the gateway's response cache off.
beforeAll(async () => void (stack = await startTestStack({ responseCache: undefined })))
afterAll(() => stack.stop())

describe('the agreement through the gateway', () => {
  it('serves the full agreement verbatim: articles, parties, 別表, related agreement', async () => {
    const { status, body } = await stack.graphql(FullAgreementDocument)
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    const agreement = body.data?.agreement
    expect(agreement).toMatchObject({
      title: '南空知圏域の形成に関する協定書',
      signedOn: '2020-10-09',
      status: 'IN_FORCE',
      basis: {
        issuer: '北海道',
        title: '広域連携加速化事業推進要綱',
        reference: '令和2年7月14日行連第67号',
        issuedOn: '2020-07-14',
      },
    })
    expect(source).toContain(agreement?.preamble)
    expect(source).toContain(agreement?.attestation)
    expect(agreement?.articles.map((a) => a.label)).toEqual([
      '第1条',
      '第2条',
      '第3条',
      '第4条',
      '第5条',
      '第6条',
      '第7条',
    ])
    for (const paragraph of agreement?.articles.flatMap((a) => a.paragraphs) ?? [])
      expect(source).toContain(paragraph.text)

    expect(agreement?.parties.map((p) => [p.position, p.municipality.name, p.signatoryTitle])).toEqual(
      ['岩見沢市', '夕張市', '美唄市', '三笠市', '南幌町', '由仁町', '長沼町', '栗山町', '月形町'].map((name, i) => [
        i + 1,
        name,
        `${name}長`,
      ]),
    )

    const fields = agreement?.policyAreas.flatMap((area) => area.fields) ?? []
    expect(fields.map((f) => [f.id, f.name, f.initiatives.map((i) => i.id)])).toEqual([
      ['disaster', '防災', ['disaster-1', 'disaster-2', 'disaster-3', 'disaster-4']],
      ['transit', '地域公共交通', ['transit-1', 'transit-2', 'transit-3']],
      ['ict', 'ICTインフラ', ['ict-1', 'ict-2', 'ict-3']],
    ])
    for (const field of fields) {
      expect(field.lead.code).toBe('012106')
      expect(field.roles).toHaveLength(9)
      expect(field.roles[0]).toMatchObject({ isLead: true, municipality: { name: '岩見沢市' } })
      expect(field.roles.filter((role) => role.isLead)).toHaveLength(1)
      for (const text of [...field.initiatives.map((i) => i.text), ...field.roles.flatMap((r) => r.duties)]) {
        expect(source).toContain(text)
      }
    }
    expect(agreement?.relatedAgreements).toEqual([
      {
        title: '南空知災害時相互応援に関する協定',
        signedOn: '2012-11-26',
        relation: expect.stringContaining('平常時の備えの取組を広域連携により行う部分は本事業で実施') as unknown,
        field: { id: 'disaster' },
      },
    ])
  })

  it('serves one article by number with its paragraphs and items', async () => {
    const { body } = await stack.graphql(ArticleByNumberDocument, { number: 4 })
    expect(body.data?.article?.heading).toBe('事業の執行に当たっての連携及び負担')
    expect(body.data?.article?.paragraphs.map((p) => p.number)).toEqual([1, 2])
    const third = await stack.graphql(ArticleByNumberDocument, { number: 3 })
    expect(third.body.data?.article?.paragraphs[0]?.items).toHaveLength(2)
  })

  it('answers null for an article the agreement does not have', async () => {
    const { body } = await stack.graphql(ArticleByNumberDocument, { number: 8 })
    expect(body.errors).toBeUndefined()
    expect(body.data?.article).toBeNull()
  })

  it('loads the whole agreement with a constant number of SQL statements', async () => {
    stack.statements.reset()
    await stack.graphql(FullAgreementDocument)
    // One statement per table (agreement, article, paragraph, party, municipality, policy_area,
    // policy_field by agreement and by id, initiative, field_role, related_agreement) however many
    // articles, parties or roles there are: no statement per row.
    expect(stack.statements.count('agreement')).toBe(11)
  })
})
