import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CreatePromotionCampaignDocument,
  CreateRecruitmentEventDocument,
  CreateRecruitmentOpeningDocument,
  RecordRouteStatisticsDocument,
  type RouteMonthInput,
} from '../../../codegen/operations.js'
import { sampleUuid } from '../../../lib/sample/deterministic.js'
import { startOpenDataServer } from '../../../test/support/opendata-fixture.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { publishTestRelease } from '../../../test/support/opendata-release.js'

type Row = Record<string, string>
const TSUKIGATA = '014303'
const IWAMIZAWA = '012106'
let stack: TestStack
let dir = ''
let release = ''
const created = { campaign: '', opening: '', regionOpening: '', event: '' }

/** 令和7年度 of the town's loop: twelve months, April 2025 – March 2026. */
const months: RouteMonthInput[] = Array.from({ length: 12 }, (_, i) => {
  const month = ((i + 3) % 12) + 1
  return {
    month: `${month >= 4 ? 2025 : 2026}-${String(month).padStart(2, '0')}`,
    boardings: 1000 + i,
    vehicleKm: 2000,
    passengerKm: 3000,
    fareRevenueYen: 100_000,
    operatingCostYen: 400_000,
  }
})

async function ok<T>(response: Promise<{ body: { data?: T | null; errors?: unknown } }>) {
  const { body } = await response
  if (!body.data) throw new Error(JSON.stringify(body.errors))
  return body.data
}

async function createRecords() {
  const token = await stack.token(TSUKIGATA)
  const coordinator = await stack.token(IWAMIZAWA, ['coordinator'])
  const operatorId = sampleUuid(`operator:${TSUKIGATA}`)
  await ok(
    stack.graphql(
      RecordRouteStatisticsDocument,
      { input: { operatorId, routeId: `${TSUKIGATA}-R1`, months } },
      { token },
    ),
  )
  const campaign = {
    initiativeId: 'transit-2',
    title: '乗って残そうバス月間',
    startsOn: '2026-05-01',
    endsOn: '2026-05-31',
  }
  created.campaign = (
    await ok(stack.graphql(CreatePromotionCampaignDocument, { input: campaign }, { token }))
  ).createPromotionCampaign.id
  const opening = {
    title: '町営バス運転手募集',
    role: 'BUS_DRIVER',
    employmentType: 'FULL_TIME',
    positions: 2,
  } as const
  created.opening = (
    await ok(
      stack.graphql(CreateRecruitmentOpeningDocument, { input: { ...opening, opensOn: '2026-04-01' } }, { token }),
    )
  ).createRecruitmentOpening.id
  const regionWide = { ...opening, title: '圏域合同 運転士募集', opensOn: '2026-04-01', regionWide: true }
  created.regionOpening = (
    await ok(stack.graphql(CreateRecruitmentOpeningDocument, { input: regionWide }, { token: coordinator }))
  ).createRecruitmentOpening.id
  const event = {
    title: 'バス運転体験会',
    kind: 'DRIVING_EXPERIENCE',
    heldOn: '2026-06-14',
    participants: 12,
    hires: 1,
  } as const
  created.event = (
    await ok(stack.graphql(CreateRecruitmentEventDocument, { input: event }, { token }))
  ).createRecruitmentEvent.id
}

beforeAll(async () => {
  stack = await startTestStack()
  dir = await mkdtemp(join(tmpdir(), 'transit-datasets-'))
  await createRecords()
  release = await publishTestRelease(stack, dir)
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

const csv = async (file: string) => parse<Row>(await readFile(join(release, file)), { bom: true, columns: true })

describe('open data: transit datasets', () => {
  it('publishes ridership and 収支率 per route and fiscal year, sample years flagged, regional routes once', async () => {
    const rows = await csv('transit_route_performance.csv')
    const own = rows.find((row) => row['年度'] === '2025' && row['路線ID'] === `${TSUKIGATA}-R1`)
    expect(own).toMatchObject({
      報告月数: '12',
      乗車人員: String(12_000 + 66),
      運賃収入_円: '1200000',
      サンプルデータ: '',
    })
    expect(Number(own?.['収支率'])).toBeCloseTo(0.25, 10)
    expect(Number(own?.['平均乗車密度'])).toBeCloseTo(1.5, 10)
    // The seed's 令和6年度 figures are sample, for every town's loop and the regional trunk line.
    const sample = rows.filter((row) => row['年度'] === '2024')
    expect(sample.length).toBeGreaterThanOrEqual(10)
    expect(sample.every((row) => row['サンプルデータ'] === '1')).toBe(true)
    const trunk = sample.find((row) => row['路線ID'] === 'TR-1')
    expect(trunk?.['市区町村コード']).toBe('')
    const town = await csv(`towns/${TSUKIGATA}_transit_route_performance.csv`)
    expect(town.map((row) => row['年度']).sort()).toEqual(['2024', '2025'])
    const townFiles = (await readdir(join(release, 'towns'))).filter((f) =>
      f.endsWith('_transit_route_performance.csv'),
    )
    for (const file of townFiles)
      expect(
        (await csv(`towns/${file}`)).some((row) => row['路線ID'] === 'TR-1'),
        file,
      ).toBe(false)
  })

  it('publishes promotion campaigns per town', async () => {
    const rows = await csv(`towns/${TSUKIGATA}_transit_promotion_campaigns.csv`)
    expect(rows.find((row) => row['取組事業ID'] === created.campaign)).toMatchObject({
      名称: '乗って残そうバス月間',
      開始日: '2026-05-01',
      終了日: '2026-05-31',
      取組ID: 'transit-2',
      サンプルデータ: '',
    })
    expect(rows.every((row) => row['市区町村コード'] === TSUKIGATA)).toBe(true)
  })

  it('publishes recruitment openings (region-wide ones in the region file only) and events', async () => {
    const openings = await csv('transit_recruitment_openings.csv')
    expect(openings.find((row) => row['募集ID'] === created.opening)).toMatchObject({
      市区町村コード: TSUKIGATA,
      職種: 'バス運転士',
      雇用形態: '正社員',
      募集人数: '2',
      状況: '募集中',
    })
    expect(openings.find((row) => row['募集ID'] === created.regionOpening)).toMatchObject({ 市区町村名: '圏域全体' })
    const ownOpenings = await csv(`towns/${TSUKIGATA}_transit_recruitment_openings.csv`)
    expect(ownOpenings.map((row) => row['募集ID'])).toContain(created.opening)
    expect(ownOpenings.map((row) => row['募集ID'])).not.toContain(created.regionOpening)
    const events = await csv(`towns/${TSUKIGATA}_transit_recruitment_events.csv`)
    expect(events.find((row) => row['イベントID'] === created.event)).toMatchObject({
      種別: 'バス運転体験会',
      開催日: '2026-06-14',
      参加者数: '12',
      採用数: '1',
    })
  })

  it('lists every new dataset in the CKAN API and the DCAT catalog, with its sample flag and its towns', async () => {
    const server = await startOpenDataServer(dir)
    try {
      const show = async (id: string) => {
        const response = await fetch(`${server.url}/api/3/action/package_show?id=${id}`)
        expect(response.status, id).toBe(200)
        return ((await response.json()) as { result: { is_sample: boolean; resources: unknown[] } }).result
      }
      const expected = {
        'evacuation-shelter': true,
        'disaster-response-history': true,
        'joint-drills-by-fiscal-year': true,
        'transit-route-performance': true,
        'transit-promotion-campaigns': true,
        'transit-recruitment-openings': true,
        'transit-recruitment-events': true,
        'agreement-articles': false,
        'agreement-parties': false,
        'agreement-amendments': false,
      }
      for (const [id, isSample] of Object.entries(expected)) expect((await show(id)).is_sample, id).toBe(isSample)
      expect((await show(`transit-route-performance-${TSUKIGATA}`)).resources.length).toBeGreaterThan(0)
      // DCAT pages its catalog (hydra:next, as ckanext-dcat does): read every page.
      let catalog = ''
      let next: string | undefined = `${server.url}/opendata/catalog.jsonld`
      while (next) {
        const page = (await (await fetch(next)).json()) as { '@graph': { 'hydra:next'?: { '@id': string }[] }[] }
        catalog += JSON.stringify(page)
        next = page['@graph'].find((node) => node['hydra:next'])?.['hydra:next']?.[0]?.['@id']
      }
      for (const id of Object.keys(expected)) expect(catalog, id).toContain(`/opendata/datasets/${id}"`)
    } finally {
      await server.close()
    }
  })
})
