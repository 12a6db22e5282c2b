import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateSharedCaseDocument, SharedCasesDocument } from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

const titles = async (variables: { text?: string; tag?: string }) =>
  (await stack.graphql(SharedCasesDocument, variables)).body.data?.sharedCases.nodes.map((node) => node.title) ?? []

describe('shared cases', () => {
  it('finds cases by one-, two- and three-character Japanese and Latin queries, case-insensitively', async () => {
    expect(await titles({ text: 'RPA' })).toEqual(['RPA共同利用による定型業務の削減（サンプル）'])
    expect(await titles({ text: 'rpa' })).toEqual(['RPA共同利用による定型業務の削減（サンプル）'])
    expect(await titles({ text: '除雪' })).toEqual(['GPSを使った除雪状況の公開（サンプル）'])
    expect((await titles({ text: '雪' })).length).toBe(1)
    expect(await titles({ text: 'ガバメント' })).toEqual(['ガバメントクラウドへの共同移行計画（サンプル）'])
    expect(await titles({ text: '存在しない語' })).toEqual([])
  })

  it('treats LIKE wildcards in the query as text', async () => {
    expect(await titles({ text: '%' })).toEqual([])
    expect(await titles({ text: '_' })).toEqual([])
  })

  it('filters by tag exactly and pages newest first', async () => {
    expect(await titles({ tag: '除雪' })).toEqual(['GPSを使った除雪状況の公開（サンプル）'])
    expect(await titles({ tag: '除' })).toEqual([])
    const first = await stack.graphql(SharedCasesDocument, { first: 2 })
    const second = await stack.graphql(SharedCasesDocument, {
      first: 2,
      after: first.body.data?.sharedCases.pageInfo.endCursor ?? null,
    })
    const all = await titles({})
    expect(
      [...(first.body.data?.sharedCases.nodes ?? []), ...(second.body.data?.sharedCases.nodes ?? [])].map(
        (n) => n.title,
      ),
    ).toEqual(all)
    expect(all[0]).toBe('ガバメントクラウドへの共同移行計画（サンプル）')
  })

  it('lets a town publish its own case and the coordinator a region-wide one, and no one else', async () => {
    const town = await stack.graphql(
      CreateSharedCaseDocument,
      {
        input: {
          municipalityCode: '014303',
          title: '月形町のオンライン申請',
          tags: ['オンライン申請', 'オンライン申請'],
        },
      },
      { token: await stack.token('014303') },
    )
    expect(town.body.data?.createSharedCase).toMatchObject({
      municipality: { code: '014303' },
      tags: ['オンライン申請'],
    })
    const region = await stack.graphql(
      CreateSharedCaseDocument,
      { input: { title: '広域の事例' } },
      { token: await stack.token('012106', ['coordinator']) },
    )
    expect(region.body.data?.createSharedCase.municipality).toBeNull()

    const editor = await stack.token('014290')
    const forOther = await stack.graphql(
      CreateSharedCaseDocument,
      { input: { municipalityCode: '014303', title: 'x' } },
      { token: editor },
    )
    const regional = await stack.graphql(CreateSharedCaseDocument, { input: { title: 'x' } }, { token: editor })
    expect(errorCodes(forOther.body)).toEqual(['FORBIDDEN'])
    expect(errorCodes(regional.body)).toEqual(['FORBIDDEN'])
  })

  it('ignores full-width/half-width forms, case and katakana/hiragana in text and tags (issue #21)', async () => {
    const created = await stack.graphql(
      CreateSharedCaseDocument,
      { input: { municipalityCode: '014303', title: 'AIによる会議録の作成', tags: ['AI', 'ガバメントクラウド'] } },
      { token: await stack.token('014303') },
    )
    expect(created.body.errors).toBeUndefined()
    expect(await titles({ text: 'ＡＩ' })).toEqual(['AIによる会議録の作成'])
    expect(await titles({ text: 'ａｉによる' })).toEqual(['AIによる会議録の作成'])
    expect(await titles({ tag: 'ａｉ' })).toEqual(['AIによる会議録の作成'])
    expect(await titles({ text: 'ＲＰＡ' })).toEqual(['RPA共同利用による定型業務の削減（サンプル）'])
    expect(await titles({ text: 'ｶﾞﾊﾞﾒﾝﾄ' })).toContain('ガバメントクラウドへの共同移行計画（サンプル）')
    expect(await titles({ text: 'がばめんと' })).toContain('ガバメントクラウドへの共同移行計画（サンプル）')
    expect(await titles({ tag: 'ｶﾞﾊﾞﾒﾝﾄｸﾗｳﾄﾞ' })).toEqual([
      'AIによる会議録の作成',
      'ガバメントクラウドへの共同移行計画（サンプル）',
    ])
  })
})
