import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import {
  addDisasterInitiative,
  consentByAll,
  decide,
  IWAMIZAWA,
  KURIYAMA,
  proposeOk,
  TSUKIGATA,
} from '../../../test/support/amendment-fixtures.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { publishTestRelease } from '../../../test/support/opendata-release.js'

type Row = Record<string, string>
let stack: TestStack
let dir = ''
let release = ''
let adopted = ''
let rejected = ''
beforeAll(async () => {
  stack = await startTestStack()
  dir = await mkdtemp(join(tmpdir(), 'agreement-datasets-'))
  adopted = await proposeOk(stack, [addDisasterInitiative('冬季の合同避難所運営訓練')], {
    title: '防災分野に取組を追加',
  })
  await consentByAll(stack, adopted)
  rejected = await proposeOk(stack, [{ changeInitiative: { initiativeId: 'transit-1', text: '広域路線の見直し' } }], {
    by: KURIYAMA,
    title: '交通分野の取組を変更',
  })
  await decide(stack, rejected, TSUKIGATA)
  await decide(stack, rejected, IWAMIZAWA, 'OBJECTION', '財源の見通しが立たないため')
  release = await publishTestRelease(stack, dir)
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

const csv = async (file: string) =>
  parse<Row>(await readFile(join(release, file)), { bom: true, columns: true, relax_column_count: false })

describe('open data: the agreement itself', () => {
  it('publishes every article paragraph and item verbatim from the signed text, for every version', async () => {
    const signed = await readFile(join(import.meta.dirname, '../../../../shared/seed/agreement-2020-10-09.txt'), 'utf8')
    const rows = await csv('agreement_articles.csv')
    const first = rows.filter((row) => row['版'] === '1')
    expect(new Set(first.map((row) => row['条'])).size).toBeGreaterThanOrEqual(7)
    expect(first[0]).toMatchObject({ 条: '1', 条名: '第1条', 見出し: '目的', 項: '1', 号: '0', 施行日: '2020-10-09' })
    expect(first[0]?.['本文']).toContain('広域連携加速化事業推進要綱（令和2年7月14日行連第67号）')
    // Verbatim: every paragraph and every item is a passage of the signed text as it stands.
    for (const row of first) expect(signed, `第${row['条']}条 ${row['項']}項 ${row['号']}号`).toContain(row['本文'])
    expect(first.some((row) => row['号'] !== '0')).toBe(true)
    const second = rows.filter((row) => row['版'] === '2')
    expect(second.length).toBe(first.length)
    expect(second[0]?.['改正提案ID']).toBe(adopted)
    expect(first[0]?.['失効日']).toBe(second[0]?.['施行日'])
  })

  it('publishes the nine parties as they signed, with a file per town', async () => {
    const rows = await csv('agreement_parties.csv')
    expect(rows.map((row) => row['市区町村コード'])).toEqual([...PARTY_CODES])
    expect(rows[0]).toMatchObject({ 署名順: '1', 市区町村名: '岩見沢市', 署名者職名: '岩見沢市長' })
    expect(rows.every((row) => row['署名者氏名'] && row['住所'])).toBe(true)
    const town = await csv(`towns/${TSUKIGATA}_agreement_parties.csv`)
    expect(town.map((row) => row['市区町村コード'])).toEqual([TSUKIGATA])
  })

  it("publishes each amendment with every party's consent, objection or none yet", async () => {
    const rows = await csv('agreement_amendments.csv')
    const ofAdopted = rows.filter((row) => row['提案ID'] === adopted)
    expect(ofAdopted.map((row) => row['市区町村コード'])).toEqual([...PARTY_CODES])
    expect(ofAdopted.every((row) => row['同意'] === '同意' && row['決定日時'] !== '')).toBe(true)
    expect(ofAdopted[0]?.['変更内容']).toBe('ADD_INITIATIVE:field:disaster:initiatives')
    expect(ofAdopted[0]?.['変更内容の詳細']).toContain('冬季の合同避難所運営訓練')
    expect(ofAdopted[0]).toMatchObject({ 状態: '成立', 改正前の版: '1', 改正後の版: '2', 件名: '防災分野に取組を追加' })
    const ofPending = rows.filter((row) => row['提案ID'] === rejected)
    const decisionOf = (code: string) => ofPending.find((row) => row['市区町村コード'] === code)
    expect(decisionOf(TSUKIGATA)).toMatchObject({ 同意: '同意' })
    expect(decisionOf(IWAMIZAWA)).toMatchObject({ 同意: '異議', 理由: '財源の見通しが立たないため' })
    expect(decisionOf(KURIYAMA)).toMatchObject({ 同意: '未決', 決定日時: '' })
    expect(ofPending[0]).toMatchObject({ 状態: '不成立', 提案市区町村コード: KURIYAMA })
    const town = await csv(`towns/${KURIYAMA}_agreement_amendments.csv`)
    expect(town.map((row) => row['提案ID']).sort()).toEqual([adopted, rejected].sort())
  })

  it('publishes the 圏域 and their towns: the agreement in force, its parties in signing order, not sample', async () => {
    const rows = await csv('agreement_regions.csv')
    expect(rows.map((row) => row['市区町村コード'])).toEqual([...PARTY_CODES])
    expect(rows.map((row) => row['順番'])).toEqual(PARTY_CODES.map((_, index) => String(index + 1)))
    expect(rows[0]).toMatchObject({ 圏域ID: 'agreement', 種別: '連携協定', 締結日: '2020-10-09', 中心市コード: '' })
    // A flag is `1` or empty (the 自治体標準 convention).
    expect(new Set(rows.map((row) => row['サンプルデータ']))).toEqual(new Set(['']))
  })
})
