import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CreateShelterDocument,
  RecordDrillDocument,
  SetEvacuationAlertDocument,
  SetResponseStatusDocument,
  type ShelterInput,
} from '../../../codegen/operations.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { publishTestRelease } from '../../../test/support/opendata-release.js'

type Row = Record<string, string>
const TSUKIGATA = '014303'
let stack: TestStack
let dir = ''
let release = ''

async function ok<T>(response: Promise<{ body: { data?: T | null; errors?: unknown } }>) {
  const { body } = await response
  if (!body.data) throw new Error(JSON.stringify(body.errors))
  return body.data
}

const welfareShelter: ShelterInput = {
  designation: 'DESIGNATED_SHELTER',
  name: '月形町福祉センター',
  address: '北海道樺戸郡月形町1219',
  latitude: 43.3366,
  longitude: 141.6677,
  isEmergencySite: true,
  capacity: 40,
  isWelfareShelter: true,
  acceptsPeopleNeedingCare: true,
  isBarrierFree: true,
  petPolicy: 'COHABITATION',
  acceptedPersons: '要配慮者、高齢者、障害者',
}
const schoolShelter: ShelterInput = {
  designation: 'DESIGNATED_SHELTER',
  name: '月形小学校体育館',
  address: '北海道樺戸郡月形町1050',
  capacity: 300,
  petPolicy: 'NOT_ALLOWED',
}

beforeAll(async () => {
  stack = await startTestStack()
  dir = await mkdtemp(join(tmpdir(), 'disaster-datasets-'))
  const token = await stack.token(TSUKIGATA)
  for (const input of [welfareShelter, schoolShelter])
    await ok(stack.graphql(CreateShelterDocument, { input }, { token }))
  await ok(stack.graphql(SetResponseStatusDocument, { level: 'HEADQUARTERS', note: '大雨' }, { token }))
  await ok(stack.graphql(SetEvacuationAlertDocument, { area: '知来乙地区', level: 4, note: '石狩川' }, { token }))
  await ok(stack.graphql(SetEvacuationAlertDocument, { area: '知来乙地区', level: null }, { token }))
  // The last day of 令和7年度 and the first of 令和8年度: a calendar-year total would put both in 2026.
  for (const heldOn of ['2026-03-31', '2026-04-01']) {
    const input = { initiativeId: 'disaster-1', heldOn, title: `合同訓練 ${heldOn}`, kind: 'EXERCISE' as const }
    await ok(
      stack.graphql(RecordDrillDocument, { input: { ...input, staff: 7, volunteers: 5, residents: 3 } }, { token }),
    )
  }
  release = await publishTestRelease(stack, dir)
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

const csv = async (file: string) => parse<Row>(await readFile(join(release, file)), { bom: true, columns: true })

describe('open data: disaster datasets', () => {
  it('publishes the 指定避難所 list apart from the 指定緊急避難場所 list, with the 福祉避難所 attributes', async () => {
    const rows = await csv(`towns/${TSUKIGATA}_evacuation_shelter.csv`)
    expect(Object.keys(rows[0] ?? {}).slice(0, 11)).toEqual([
      'NO',
      '共通ID',
      '都道府県名及び市町村名',
      '施設・場所名',
      '住所',
      '指定緊急避難場所との住所同一',
      'その他市町村長が必要と認める事項',
      '受入対象者',
      '緯度',
      '経度',
      '備考',
    ])
    const byName = new Map(rows.map((row) => [row['施設・場所名'], row]))
    expect(byName.get(welfareShelter.name)).toMatchObject({
      都道府県名及び市町村名: '北海道月形町',
      指定緊急避難場所との住所同一: '1',
      受入対象者: '要配慮者、高齢者、障害者',
      福祉避難所: '1',
      要配慮者受入: '1',
      バリアフリー: '1',
      ペット同行: '同伴避難可',
      想定収容人数: '40',
      サンプルデータ: '',
    })
    // Unknown stays unknown: no barrier-free answer is not "no".
    expect(byName.get(schoolShelter.name)).toMatchObject({
      福祉避難所: '',
      要配慮者受入: '',
      バリアフリー: '',
      ペット同行: '不可',
    })
    // NO: the town's own id where it has one, else the platform's (共通ID for now), never a running number.
    for (const row of rows)
      expect([row['共通ID'], `${TSUKIGATA}-S01`, `${TSUKIGATA}-S02`, `${TSUKIGATA}-S99`]).toContain(row['NO'])
    expect(byName.get(welfareShelter.name)?.['NO']).toBe(byName.get(welfareShelter.name)?.['共通ID'])
    const region = await csv('evacuation_shelter.csv')
    expect(region.every((row) => row['施設・場所名'] !== undefined)).toBe(true)
    expect(region.filter((row) => row['市区町村コード'] === TSUKIGATA)).toHaveLength(rows.length)
    // The seed's 指定避難所 (a 福祉避難所 per town among them) are sample, and say so in 備考 and the flag.
    const iwamizawa = region.filter((row) => row['市区町村コード'] === '012106')
    expect(iwamizawa.some((row) => row['福祉避難所'] === '1' && row['要配慮者受入'] === '1')).toBe(true)
    expect(
      iwamizawa.every((row) => row['サンプルデータ'] === '1' && row['備考']?.startsWith('【サンプルデータ】')),
    ).toBe(true)
    const emergency = await csv(`towns/${TSUKIGATA}_evacuation_space.csv`)
    expect(emergency.some((row) => row['名称'] === welfareShelter.name)).toBe(false)
  })

  it("publishes a town's response levels and its 警戒レベル issued and lifted", async () => {
    const rows = await csv(`towns/${TSUKIGATA}_disaster_response_history.csv`)
    expect(rows.find((row) => row['種別'] === '体制')).toMatchObject({ 内容: '災害対策本部設置', 備考: '大雨' })
    const alerts = rows.filter((row) => row['種別'] === '警戒レベル' && row['地区'] === '知来乙地区')
    expect(alerts.map((row) => row['内容'])).toEqual(['解除', '警戒レベル4 避難指示'])
    expect(rows.every((row) => row['市区町村コード'] === TSUKIGATA)).toBe(true)
  })

  it('totals the drills by 年度 (April–March), matching the drills file', async () => {
    const drills = await csv('joint_drills.csv')
    const fiscalYearOf = (date: string) => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 4 ? 1 : 0)
    const expected = new Map<number, { drills: number; total: number }>()
    for (const drill of drills) {
      const year = fiscalYearOf(drill['実施日'] ?? '')
      expect(drill['年度'], drill['実施日']).toBe(String(year))
      const sum = expected.get(year) ?? { drills: 0, total: 0 }
      expected.set(year, { drills: sum.drills + 1, total: sum.total + Number(drill['参加者計']) })
    }
    const totals = await csv('joint_drills_by_fiscal_year.csv')
    expect(totals.length).toBe(expected.size)
    for (const row of totals)
      expect({ drills: Number(row['実施回数']), total: Number(row['参加者計']) }, row['年度']).toEqual(
        expected.get(Number(row['年度'])),
      )
    expect(totals.find((row) => row['年度'] === '2025')).toMatchObject({
      期間開始日: '2025-04-01',
      期間終了日: '2026-03-31',
    })
    expect(totals.map((row) => Number(row['年度']))).toEqual(expect.arrayContaining([2025, 2026]))
  })
})
