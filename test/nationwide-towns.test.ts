import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CreateShelterDocument,
  ImportShelterFileByTownDocument,
  JointProcurementDocument,
  MunicipalityByCodeDocument,
  RegionalSituationDocument,
  SystemMatrixDocument,
  SystemContractDocument,
  RegionByIdDocument,
  RegionsDocument,
  type RegionsQuery,
  ServedMunicipalitiesDocument,
  SetEvacuationAlertDocument,
  type ServedMunicipalitiesQuery,
  StaffViewerDocument,
} from '../codegen/operations.js'
import {
  insertNationwideTowns,
  insertScaleShelters,
  insertSyntheticRegions,
  insertSyntheticSystems,
} from '../all-in-one/scale/nationwide-towns.js'
import { v1File } from '../subgraphs/disaster/shelter-import/fixtures.js'
import { tempOpenDataDir } from './support/opendata-fixture.js'
import { publishTestRelease } from './support/opendata-release.js'
import { startTestStack, type TestStack } from './support/stack.js'
import { readFile } from 'node:fs/promises'
import { sql } from 'kysely'
import { parse as parseCsv } from 'csv-parse/sync'
import { prefectureOf } from '../lib/prefectures.js'
import { createDatabase } from '../lib/db/database.js'
import { parse, type HTMLElement } from 'node-html-parser'
import { join } from 'node:path'
import { errorCodes } from './support/errors.js'
import { insertDisasterDay } from '../all-in-one/scale/disaster-day.js'
import { PARTY_CODES } from '../lib/municipality-code.js'

/**
 * Issue #19, "nothing in the code may assume nine parties": 60 synthetic towns in 5 synthetic 圏域 are added to the
 * nine-town sample through the seed functions `npm run seed:scale` uses, and a town that is served but no party to
 * the agreement (合成市町村01500, 015008, in 北海道) is listed by the API, named in error messages, imported into,
 * published and given its portal page; its coordinator token coordinates nothing.
 */
const SYNTHETIC = { code: '015008', name: '合成市町村01500', slug: 'sample-town-01500' }
const IWAMIZAWA = '012106'

let stack: TestStack
let openData: Awaited<ReturnType<typeof tempOpenDataDir>>

beforeAll(async () => {
  openData = await tempOpenDataDir()
  stack = await startTestStack({ openData: { dir: openData.dir } })
  const { admin } = stack.database
  await insertNationwideTowns(admin, { municipalities: 69, prefectures: 5 })
  await insertSyntheticRegions(admin)
  await insertScaleShelters(admin, 690)
}, 120_000)
afterAll(async () => {
  await stack.stop()
  await openData.remove()
})

describe('a served town that is not a party, among 69', () => {
  it('is listed by servedMunicipalities after the nine parties, page by page, with no party', async () => {
    const codes: string[] = []
    let after: string | null = null
    do {
      const answer: { body: { data?: ServedMunicipalitiesQuery | null } } = await stack.graphql(
        ServedMunicipalitiesDocument,
        { first: 50, after },
      )
      const page = answer.body.data?.servedMunicipalities
      expect(page?.totalCount).toBe(69)
      codes.push(...(page?.nodes.map((town) => town.code) ?? []))
      const synthetic = page?.nodes.find((town) => town.code === SYNTHETIC.code)
      if (synthetic) expect(synthetic).toMatchObject({ name: SYNTHETIC.name, party: null, agreementRoles: [] })
      after = page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null
    } while (after !== null)
    expect(codes).toHaveLength(69)
    expect(codes[0]).toBe(IWAMIZAWA)
    expect(codes.slice(9)).toEqual([...codes.slice(9)].sort())
    const { body } = await stack.graphql(MunicipalityByCodeDocument, { code: SYNTHETIC.code })
    expect(body.data?.municipality).toMatchObject({ code: SYNTHETIC.code, name: SYNTHETIC.name, party: null })
  })

  it('is the code an error message proposes, by name', async () => {
    const { body } = await stack.graphql(MunicipalityByCodeDocument, { code: '01500' })
    expect(body.errors?.[0]?.message).toContain(`Did you mean "${SYNTHETIC.code}" (${SYNTHETIC.name})?`)
  })

  it('gives its coordinator token no region-wide rights: the coordinator is the lead of the agreement', async () => {
    const viewerOf = async (code: string) =>
      (await stack.graphql(StaffViewerDocument, {}, { token: await stack.token(code, ['coordinator']) })).body.data
        ?.viewer
    expect((await viewerOf(SYNTHETIC.code))?.isCoordinator).toBe(false)
    expect((await viewerOf(IWAMIZAWA))?.isCoordinator).toBe(true)
  })

  it("takes its rows of a multi-town file, found by its name, into its own list (an admin's import)", async () => {
    const file = v1File([
      { no: '1', name: '合成公民館', townName: SYNTHETIC.name, code: '' },
      { no: '2', name: '合成小学校', townName: SYNTHETIC.name, code: SYNTHETIC.code },
      { no: '3', name: '他県の体育館', townName: '合成市町村99999', code: '' },
    ])
    const token = await stack.token(IWAMIZAWA, ['admin'])
    const { body } = await stack.graphql(
      ImportShelterFileByTownDocument,
      { file: 'prefecture.csv', content: file.toString('base64') },
      { token },
    )
    expect(body.errors).toBeUndefined()
    const result = body.data?.importShelters
    expect(result?.towns.map((town) => [town.municipality.code, town.added])).toEqual([[SYNTHETIC.code, 2]])
    expect(result?.skipped.map((town) => [town.name, town.isParty])).toEqual([['北海道合成市町村99999', false]])
  })

  it('is published in its own town files and has its town page and CKAN organization', async () => {
    // A 指定避難所 outside 北海道 (the synthetic towns' shelters are all 指定緊急避難場所), entered by its own town.
    const akita = await sql<{ code: string }>`
      select code from agreement.municipality where code like '05%' order by code limit 1`.execute(stack.database.admin)
    const akitaCode = akita.rows[0]?.code ?? ''
    const created = await stack.graphql(
      CreateShelterDocument,
      { input: { designation: 'DESIGNATED_SHELTER', name: '合成避難所（秋田県）', address: '合成町1番地' } },
      { token: await stack.token(akitaCode) },
    )
    expect(created.body.errors).toBeUndefined()
    // Sample stock at a town that is no party: its coverage rows must say sample like the parties' do.
    const { admin } = stack.database
    const site = await admin
      .insertInto('disaster.stockpileSite')
      .values({ municipalityCode: SYNTHETIC.code, name: '合成備蓄倉庫', isSample: true })
      .returning('id')
      .executeTakeFirstOrThrow()
    const item = await admin.selectFrom('disaster.supplyItem').select('id').executeTakeFirstOrThrow()
    await admin
      .insertInto('disaster.stockLot')
      .values({ siteId: site.id, municipalityCode: SYNTHETIC.code, itemId: item.id, quantity: 10, isSample: true })
      .execute()
    const release = await publishTestRelease(stack, openData.dir)
    const csv = await readFile(join(release, `towns/${SYNTHETIC.code}_evacuation_space.csv`), 'utf8')
    expect(csv).toContain('合成小学校')
    const page = await fetch(new URL(`/opendata/towns/${SYNTHETIC.code}`, stack.services.gatewayUrl))
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(SYNTHETIC.name)
    const orgs = await fetch(new URL('/api/3/action/organization_list', stack.services.gatewayUrl))
    expect(((await orgs.json()) as { result: string[] }).result).toContain(SYNTHETIC.slug)

    // Every row names its own town's prefecture (it was 北海道 for all, whatever the town's code).
    const regional = async (file: string) =>
      parseCsv<Record<string, string>>(await readFile(join(release, file)), { bom: true, columns: true })
    const prefectureOfRow = (row: Record<string, string>) => prefectureOf(row['市区町村コード'] ?? '')?.ja
    const spaces = await regional('evacuation_space.csv')
    expect(new Set(spaces.map((row) => row['都道府県名']))).toEqual(
      new Set(['北海道', '青森県', '岩手県', '宮城県', '秋田県']),
    )
    for (const row of spaces) expect(row['都道府県名']).toBe(prefectureOfRow(row))
    const shelters = await regional('evacuation_shelter.csv')
    expect(shelters.find((row) => row['市区町村コード'] === akitaCode)?.['都道府県名及び市町村名']).toMatch(
      /^秋田県合成/,
    )
    const coverage = await regional('stockpile_coverage.csv')
    const synthetic = coverage.filter((row) => row['市区町村コード'] === SYNTHETIC.code)
    expect(synthetic.map((row) => [row['市区町村名'], row['品目ID'], row['サンプルデータ']])).toEqual([
      [SYNTHETIC.name, item.id, '1'],
    ])
    expect(coverage.filter((row) => row['市区町村名'] === '全市町計').length).toBeGreaterThan(0)
    // The regions file: the synthetic town in its synthetic 圏域, marked sample; the parties in the agreement, not.
    const regions = await regional('agreement_regions.csv')
    const mine = regions.filter((row) => row['市区町村コード'] === SYNTHETIC.code)
    expect(mine.map((row) => [row['圏域ID'], row['サンプルデータ']])).toEqual([['sample-01-0', '1']])
    expect(regions.filter((row) => row['圏域ID'] === 'agreement').map((row) => row['サンプルデータ'])).toEqual(
      Array.from({ length: 9 }, () => ''),
    )
    for (const row of shelters)
      expect(row['都道府県名及び市町村名']?.startsWith(prefectureOfRow(row) ?? '?')).toBe(true)
  }, 300_000)
})

describe('portal pages that name towns, among 69 in 5 prefectures', () => {
  const get = async (path: string) => {
    const response = await fetch(new URL(path, stack.services.gatewayUrl))
    const raw = await response.text()
    return { status: response.status, raw, root: parse(raw) }
  }
  const townLinks = (root: HTMLElement) =>
    root
      .querySelectorAll('main a')
      .filter((a) => /^\/opendata\/(en\/)?towns\/\d{6}$/.test(a.getAttribute('href') ?? ''))

  it('list the nine parties plainly and link the others through the town index', async () => {
    // The release of the test above is current; the portal and the 404 page list only the parties.
    const portal = await get('/opendata/')
    const section = portal.root.querySelectorAll('main h2').find((h2) => h2.text === '市町別のページ')
    expect(section?.nextElementSibling?.querySelectorAll('li a')).toHaveLength(9)
    expect(portal.raw).toContain('すべての市区町村（69）を都道府県別・名前で探す')
    expect(portal.root.querySelector('main a[href="/opendata/towns/"]')).not.toBeNull()
    const missing = await get('/opendata/towns/999999')
    expect(missing.status).toBe(404)
    expect(townLinks(missing.root)).toHaveLength(9)
    expect(missing.root.querySelector('main h2')?.text).toBe('連携協定の9市町')
    expect(missing.root.querySelector('main a[href="/opendata/towns/"]')).not.toBeNull()
  })

  it('board the parties and the towns with something going on, counting the quiet ones', async () => {
    const rowNames = (root: HTMLElement) => root.querySelectorAll('#board tbody th').map((th) => th.text)
    const quiet = await get('/situation')
    expect(rowNames(quiet.root)).toHaveLength(9)
    expect(quiet.root.querySelector('[data-field="quietTowns"]')?.text.trim()).toBe(
      'ほか60市区町村は、体制・警戒レベル・開設避難所・避難者のいずれもありません。',
    )
    const token = await stack.token(SYNTHETIC.code)
    const alert = (level: number | null) =>
      stack.graphql(SetEvacuationAlertDocument, { area: '合成地区', level, note: '大雨' }, { token })
    expect((await alert(3)).body.errors).toBeUndefined()
    try {
      const active = await get('/situation')
      expect(rowNames(active.root)).toEqual([...rowNames(quiet.root), SYNTHETIC.name])
      expect(active.root.querySelector('[data-field="quietTowns"]')?.text).toContain('ほか59市区町村')
    } finally {
      await alert(null)
    }
  })

  it("lists a regional dataset's town files a prefecture at a time, and says so", async () => {
    const fileLinks = (root: HTMLElement) =>
      root
        .querySelectorAll('main table th a')
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => href.includes('/towns/'))
    const codesOf = (hrefs: string[]) => new Set(hrefs.map((href) => /\/towns\/(\d{6})_/.exec(href)?.[1]))
    const page = await get('/opendata/datasets/evacuation-space')
    expect(page.status).toBe(200)
    // The nine parties' files, not the 60 other towns' (which a nationwide deployment makes ~8,700 rows).
    expect(codesOf(fileLinks(page.root)).size).toBe(9)
    expect(page.root.querySelector('main table caption')?.text).toContain('圏域全体と連携協定の市町')
    const prefectures = page.root.querySelectorAll('#town-files + p + ul a')
    expect(prefectures.map((a) => a.getAttribute('href'))).toEqual(
      ['01', '02', '03', '04', '05'].map((code) => `/opendata/datasets/evacuation-space?pref=${code}`),
    )
    expect(prefectures[1]?.text).toMatch(/^青森県（\d+市区町村・\d+ファイル）$/)

    const aomori = await get('/opendata/datasets/evacuation-space?pref=02')
    expect(aomori.status).toBe(200)
    const aomoriCodes = [...codesOf(fileLinks(aomori.root))]
    expect(aomoriCodes.length).toBeGreaterThan(0)
    expect(aomoriCodes.every((code) => code?.startsWith('02'))).toBe(true)
    expect(aomori.root.querySelector('main table caption')?.text).toContain('圏域全体と青森県の市区町村')
    expect(aomori.root.querySelector('#town-files + p + ul a[aria-current="page"]')?.text).toMatch(/^青森県/)
    expect((await get('/opendata/datasets/evacuation-space?pref=47')).status).toBe(404)
    const english = await get('/opendata/en/datasets/evacuation-space?pref=02')
    expect(english.root.querySelector('main table caption')?.text).toContain('the municipalities of Aomori')

    // The search result counts the towns whose files it leaves to the dataset page.
    const search = await get(`/opendata/?q=${encodeURIComponent('指定緊急避難場所一覧')}`)
    expect(search.raw).toContain('ほか60市区町村のファイル（データセットのページに都道府県別の一覧）')
  })

  it('has an index by prefecture, a page per prefecture and a search by name or code', async () => {
    const index = await get('/opendata/towns/')
    expect(index.status).toBe(200)
    expect(index.root.querySelector('html')?.getAttribute('lang')).toBe('ja')
    expect(index.root.querySelector('h1')?.text).toBe('市区町村の一覧')
    expect(index.root.querySelectorAll('main h2').map((h2) => h2.text)).toEqual(['連携協定の9市町', '都道府県別'])
    const prefectures = index.root.querySelectorAll('main a[href^="/opendata/towns/?pref="]')
    expect(prefectures.map((a) => a.text)).toEqual(['北海道', '青森県', '岩手県', '宮城県', '秋田県'])
    expect(townLinks(index.root)).toHaveLength(9)

    const hokkaido = await get('/opendata/towns/?pref=01')
    expect(hokkaido.root.querySelector('main h2')?.text).toMatch(/^北海道の市区町村（\d+）$/)
    const codes = townLinks(hokkaido.root).map((a) => a.getAttribute('href')?.slice(-6))
    expect(codes).toContain(SYNTHETIC.code)
    expect(codes).toContain(IWAMIZAWA)
    expect(codes.every((code) => code?.startsWith('01'))).toBe(true)
    expect((await get('/opendata/towns/?pref=48')).status).toBe(404)

    for (const q of ['01500', '合成市町村01500', 'sample town 01500']) {
      const found = await get(`/opendata/towns/?q=${encodeURIComponent(q)}`)
      expect(townLinks(found.root).map((a) => a.text)).toEqual([SYNTHETIC.name])
    }
    const english = await get('/opendata/en/towns/?pref=01')
    expect(english.root.querySelector('html')?.getAttribute('lang')).toBe('en')
    expect(english.root.querySelector('main h2')?.text).toMatch(/^Municipalities of Hokkaido \(\d+\)$/)
  })
})

describe('the 圏域 among 69 towns', () => {
  it('are listed a page at a time, the agreement in force first, each with its towns in its own order', async () => {
    const regions: RegionsQuery['regions']['nodes'] = []
    let after: string | null = null
    do {
      const answer: { body: { data?: RegionsQuery | null; errors?: unknown } } = await stack.graphql(RegionsDocument, {
        first: 2,
        after,
      })
      expect(answer.body.errors).toBeUndefined()
      const page = answer.body.data?.regions
      regions.push(...(page?.nodes ?? []))
      after = page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null
    } while (after !== null)
    const recorded = await stack.database.admin
      .selectFrom('agreement.region')
      .select(['id', 'centreMunicipalityCode'])
      .orderBy(sql`id collate "C"`)
      .execute()
    expect(regions.map((region) => region.id)).toEqual(['agreement', ...recorded.map((region) => region.id)])

    const [agreement, first] = regions
    expect(agreement).toMatchObject({ kind: null, isSample: false, centre: null, signedOn: '2020-10-09' })
    expect(agreement?.municipalities.map((town) => town.code)).toEqual([...PARTY_CODES])
    const members = await stack.database.admin
      .selectFrom('agreement.regionParty')
      .select('municipalityCode')
      .where('regionId', '=', first?.id ?? '')
      .orderBy('position')
      .execute()
    expect(first?.municipalities.map((town) => town.code)).toEqual(members.map((m) => m.municipalityCode))
    expect(first).toMatchObject({ isSample: true, centre: { code: recorded[0]?.centreMunicipalityCode } })
    expect(first?.kind).toMatch(/^(SETTLEMENT_AND_INDEPENDENCE|CORE_CITY_COOPERATION)$/)
  })

  it('refuses a page size out of range and a cursor it did not hand out, naming the argument', async () => {
    for (const variables of [{ first: 0 }, { first: 201 }, { after: 'not-a-cursor' }, { after: '!!' }]) {
      const { body } = await stack.graphql(RegionsDocument, variables)
      expect(errorCodes(body), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT'])
    }
  })

  it("names a town's regions, and none for an unknown id", async () => {
    const { body } = await stack.graphql(RegionByIdDocument, { id: 'sample-01-0' })
    const towns = body.data?.region?.municipalities ?? []
    expect(towns.map((town) => town.code)).toContain(SYNTHETIC.code)
    for (const town of towns) expect(town.regions.map((region) => region.id)).toEqual(['sample-01-0'])
    expect((await stack.graphql(RegionByIdDocument, { id: 'sample-99-0' })).body.data?.region).toBeNull()
  })
})

describe('the regional board of one 圏域 among 69 towns', () => {
  it("lists that region's towns in board order, totals over them alone, and names an unknown region", async () => {
    const members = await stack.database.admin
      .selectFrom('agreement.regionParty')
      .select('municipalityCode')
      .where('regionId', '=', 'sample-01-0')
      .execute()
    const whole = (await stack.graphql(RegionalSituationDocument, {})).body.data?.regionalSituation
    const { body } = await stack.graphql(RegionalSituationDocument, { region: 'sample-01-0' })
    expect(body.errors).toBeUndefined()
    const board = body.data?.regionalSituation
    const codes = board?.towns.map((town) => town.municipality.code)
    expect(codes).toEqual(
      whole?.towns
        .map((town) => town.municipality.code)
        .filter((code) => members.some((m) => m.municipalityCode === code)),
    )
    expect(codes).toHaveLength(members.length)
    expect(board?.remainingCapacity).toBe(board?.towns.reduce((sum, town) => sum + town.remainingCapacity, 0))

    const parties = await stack.graphql(RegionalSituationDocument, { region: 'agreement' })
    expect(parties.body.data?.regionalSituation.towns.map((town) => town.municipality.code)).toEqual([...PARTY_CODES])

    const unknown = await stack.graphql(RegionalSituationDocument, { region: 'sample-99-0' })
    expect(errorCodes(unknown.body)).toEqual(['BAD_USER_INPUT'])
  })

  it('is the board at /situation?region=, its towns all listed; /situation/regions links every region', async () => {
    const members = await stack.database.admin
      .selectFrom('agreement.municipalityRegion')
      .innerJoin('agreement.municipality as m', 'm.code', 'municipalityCode')
      .select(['m.name', 'regionName'])
      .where('regionId', '=', 'sample-03-0')
      .execute()
    const board = await fetch(new URL('/situation?region=sample-03-0', stack.services.gatewayUrl))
    const text = await board.text()
    expect(board.status).toBe(200)
    expect(text).toContain(`<h1>${members[0]?.regionName ?? '?'} 災害対応状況</h1>`)
    const rows = [...text.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((match) => match[1])
    expect(rows.toSorted()).toEqual(members.map((m) => m.name).toSorted())

    const list = await (await fetch(new URL('/situation/regions', stack.services.gatewayUrl))).text()
    const links = [...list.matchAll(/href="\/situation\?region=([a-z0-9-]+)"/g)].map((match) => match[1])
    const regions = await stack.database.admin.selectFrom('agreement.region').select('id').execute()
    expect(links.toSorted()).toEqual(['agreement', ...regions.map((region) => region.id)].toSorted())
    expect(list).toContain('、サンプルデータ）')
  })
})

describe('joint procurement among 69 towns in 6 圏域', () => {
  // Every synthetic town runs each standard business on the same synthetic vendor, contracts ending over four
  // years: grouped without regard to 圏域, towns of five prefectures would share one candidate.
  beforeAll(() => insertSyntheticSystems(stack.database.admin))

  it('groups towns only within a region: the agreement in force first, then the others by id', async () => {
    const { body } = await stack.graphql(JointProcurementDocument, { windowMonths: 60 })
    expect(body.errors).toBeUndefined()
    const groups = body.data?.jointProcurementCandidates ?? []
    const members = await stack.database.admin
      .selectFrom('agreement.municipalityRegion')
      .select(['regionId', 'municipalityCode'])
      .execute()
    const regionOf = new Set(members.map((m) => `${m.regionId}/${m.municipalityCode}`))
    for (const group of groups)
      for (const town of group.municipalities) expect(regionOf.has(`${group.region.id}/${town.code}`)).toBe(true)
    const regionIds = [...new Set(groups.map((group) => group.region.id))]
    expect(regionIds[0]).toBe('agreement')
    expect(regionIds.slice(1)).toEqual(regionIds.slice(1).toSorted())
    expect(regionIds.length).toBeGreaterThan(2)
  })

  it("keeps another region's contracts from the agreement's coordinator, in the API and in the database", async () => {
    const { admin } = stack.database
    const systems = await admin
      .selectFrom('ict.system as s')
      .innerJoin('agreement.regionParty as rp', 'rp.municipalityCode', 's.municipalityCode')
      .select(['s.id', 's.municipalityCode'])
      .where('rp.regionId', '=', 'sample-02-0')
      .execute()
    await admin
      .insertInto('ict.systemContract')
      .values(
        systems.map((system) => ({
          systemId: system.id,
          municipalityCode: system.municipalityCode,
          annualCostYen: 1000,
        })),
      )
      .onConflict((oc) => oc.column('systemId').doNothing())
      .execute()
    const coordinator = await stack.token(IWAMIZAWA, ['coordinator'])
    const adminToken = await stack.token(IWAMIZAWA, ['admin'])
    const contractOf = async (id: string, token: string) =>
      (await stack.graphql(SystemContractDocument, { id }, { token })).body.data?.system?.contract ?? null
    const synthetic = systems[0]?.id ?? ''
    expect(await contractOf(synthetic, adminToken)).toMatchObject({ annualCostYen: 1000 })
    expect(await contractOf(synthetic, coordinator)).toBeNull()
    const party = await admin
      .selectFrom('ict.systemContract')
      .select('systemId')
      .where('municipalityCode', '=', '014303')
      .executeTakeFirstOrThrow()
    expect(await contractOf(party.systemId, coordinator)).not.toBeNull()

    const costs = async (token: string) =>
      (
        await stack.graphql(JointProcurementDocument, { windowMonths: 60, region: 'sample-02-0' }, { token })
      ).body.data?.jointProcurementCandidates.map((group) => group.combinedAnnualCostYen) ?? []
    expect((await costs(adminToken)).every((cost) => typeof cost === 'number' && cost > 0)).toBe(true)
    expect(await costs(coordinator)).toEqual((await costs(adminToken)).map(() => null))

    // Row-level security: the ict role acting for the coordinator reads the parties' contracts, no other town's.
    const role = createDatabase({ url: stack.database.roleUrls.ict, poolMax: 1 })
    try {
      const visible = (code: string) =>
        role.transaction().execute(async (trx) => {
          await sql`select set_config('app.municipality_code', ${IWAMIZAWA}, true),
            set_config('app.role', 'coordinator', true)`.execute(trx)
          const result = await sql<{ n: number }>`select count(*)::int as n from ict.system_contract
            where municipality_code = ${code}`.execute(trx)
          return result.rows[0]?.n
        })
      expect(await visible(systems[0]?.municipalityCode ?? '')).toBe(0)
      expect(await visible('014303')).toBeGreaterThan(0)
    } finally {
      await role.destroy()
    }
  })

  it("answers one region's system matrix, its towns in the served order", async () => {
    const members = await stack.database.admin
      .selectFrom('agreement.regionParty')
      .select('municipalityCode')
      .where('regionId', '=', 'sample-04-0')
      .orderBy('municipalityCode')
      .execute()
    const { body } = await stack.graphql(SystemMatrixDocument, { region: 'sample-04-0', first: 200 })
    expect(body.errors).toBeUndefined()
    const matrix = body.data?.systemMatrix
    expect(matrix?.towns.totalCount).toBe(members.length)
    expect(matrix?.rows[0]?.cells.map((cell) => cell.municipality.code)).toEqual(members.map((m) => m.municipalityCode))
    const unknown = await stack.graphql(SystemMatrixDocument, { region: 'sample-99-0' })
    expect(errorCodes(unknown.body)).toEqual(['BAD_USER_INPUT'])
  })

  it("answers one region's groups, and names an unknown region", async () => {
    const { body } = await stack.graphql(JointProcurementDocument, { windowMonths: 60, region: 'sample-02-0' })
    const groups = body.data?.jointProcurementCandidates ?? []
    expect(groups.length).toBeGreaterThan(0)
    expect(new Set(groups.map((group) => group.region.id))).toEqual(new Set(['sample-02-0']))
    for (const group of groups) for (const town of group.municipalities) expect(town.code.slice(0, 2)).toBe('02')

    const unknown = await stack.graphql(JointProcurementDocument, { region: 'sample-99-0' })
    expect(errorCodes(unknown.body)).toEqual(['BAD_USER_INPUT'])
    expect(unknown.body.errors?.[0]?.message).toContain('sample-99-0')
  })
})

describe("the scale seed's disaster day, among 69 towns", () => {
  it('sets levels, alerts and reports in the chosen regions only, once', async () => {
    const { admin } = stack.database
    const reports = () => admin.selectFrom('disaster.shelterStatusReport').select(admin.fn.countAll().as('n')).execute()
    expect(await insertDisasterDay(admin, { regionsOneIn: 2 })).toBe(true)
    const after = await reports()
    expect(await insertDisasterDay(admin, { regionsOneIn: 2 })).toBe(false)
    expect(await reports()).toEqual(after)

    // sample-02-0: 2 + 0 is even, so it has the day; sample-01-0 has not.
    const hit = (await stack.graphql(RegionalSituationDocument, { region: 'sample-02-0' })).body.data?.regionalSituation
    expect(hit?.towns.length).toBeGreaterThan(0)
    for (const town of hit?.towns ?? []) {
      expect(['HEADQUARTERS', 'ALERT']).toContain(town.headquartersLevel)
      expect(town.activeAlerts.map((alert) => alert.area).toSorted()).toEqual(['合成地区1', '合成地区2'])
    }
    expect(hit?.openShelters).toBeGreaterThan(0)
    expect(hit?.evacuees).toBeGreaterThan(0)
    const quiet = (await stack.graphql(RegionalSituationDocument, { region: 'sample-01-0' })).body.data
      ?.regionalSituation
    for (const town of quiet?.towns ?? []) expect(town.activeAlerts).toEqual([])
  })
})
