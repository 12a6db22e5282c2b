import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { evacuationSpace } from '../../../gateway/opendata/datasets/evacuation-space.js'
import { createGatewayClient } from '../../../gateway/opendata/gateway-client.js'
import {
  ImportShelterFileByTownDocument,
  ShelterNamesOfListDocument,
  type ShelterDesignation,
} from '../../../codegen/operations.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { fixtureFile } from './fixtures.js'
import { SHELTER_IMPORT_LIMITS } from './limits.js'

/**
 * Multi-town files over the API (issue #15): each row is written to its own town or to none, a town is only
 * replaced by a file that has rows of it, and no other town's shelters change — proved by hashing every row of
 * the towns an import must not touch, before and after.
 */
const TSUKIGATA = '014303'
const KURIYAMA = '014290'
const YUNI = '014273'
const IWAMIZAWA = '012106'
const MIKASA = '012220'

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

function importFile(
  token: string,
  file: string,
  content: Uint8Array,
  options: { code?: string; designation?: ShelterDesignation } = {},
) {
  return stack.graphql(
    ImportShelterFileByTownDocument,
    { file, content: Buffer.from(content).toString('base64'), ...options },
    { token },
  )
}

/** Every column of every shelter of these towns, in a stable order, hashed. */
async function hashOf(towns: readonly string[]): Promise<string> {
  const rows = await stack.database.admin
    .selectFrom('disaster.shelter')
    .selectAll()
    .where('municipalityCode', 'in', towns)
    .orderBy('municipalityCode')
    .orderBy('id')
    .execute()
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex')
}
const allBut = (...towns: string[]) => PARTY_CODES.filter((code) => !towns.includes(code))

async function inService(town: string) {
  const rows = await stack.database.admin
    .selectFrom('disaster.shelter')
    .select(['sourceId', 'name', 'isSample'])
    .where('municipalityCode', '=', town)
    .where('designation', '=', 'EMERGENCY_SITE')
    .where('retiredAt', 'is', null)
    .orderBy('sourceId')
    .execute()
  return rows
}

/** The file's header and only the lines that contain `text`. */
function linesWith(name: string, text: string): Buffer {
  const [header, ...rows] = fixtureFile(name).toString('utf8').split('\n')
  return Buffer.from([header, ...rows.filter((row) => row.includes(text))].join('\n') + '\n', 'utf8')
}

describe('importing a national 国土地理院 file as an editor', () => {
  it("writes only the editor's town, counts every other town's rows, and changes no other town", async () => {
    const token = await stack.token(TSUKIGATA)
    const others = allBut(TSUKIGATA)
    const before = await hashOf(others)
    const sampleBefore = (await inService(TSUKIGATA)).length
    const { body } = await importFile(token, 'mergeFromCity_1.csv', fixtureFile('gsi-emergency-national.csv'))
    expect(body.errors).toBeUndefined()
    const result = body.data?.importShelters
    expect(result).toMatchObject({ layout: 'GSI', designation: 'EMERGENCY_SITE', added: 3, updated: 0 })
    expect(result?.towns).toEqual([
      { municipality: { code: TSUKIGATA }, added: 3, updated: 0, retired: sampleBefore, unchanged: 0 },
    ])
    expect(
      result?.skipped.map(({ municipalityCode, name, rows, isParty }) => [municipalityCode, name, rows, isParty]),
    ).toEqual([
      ['011002', '北海道札幌市', 2, false],
      [KURIYAMA, '栗山町', 2, true],
      ['141003', '神奈川県横浜市', 1, false],
    ])
    expect(result?.skipped[0]?.reason).toBe('not a town this platform serves: its rows are not imported')
    expect(await inService(TSUKIGATA)).toEqual([
      { sourceId: 'E0143000001201', name: '月形町民会館', isSample: false },
      { sourceId: 'E0143000002201', name: '月形小学校', isSample: false },
      { sourceId: 'E0143000003201', name: '札比内コミュニティセンター', isSample: false },
    ])
    expect(await hashOf(others)).toBe(before)

    const mine = await hashOf([TSUKIGATA])
    const again = await importFile(token, 'mergeFromCity_1.csv', fixtureFile('gsi-emergency-national.csv'))
    expect(again.body.data?.importShelters).toMatchObject({ added: 0, updated: 0, retired: 0, unchanged: 3 })
    expect(await hashOf([TSUKIGATA])).toBe(mine)
    expect(await hashOf(others)).toBe(before)
  })

  it('refuses a file whose rows all belong to another town, naming that town, and changes nothing', async () => {
    const before = await hashOf(PARTY_CODES)
    const onlyKuriyama = linesWith('gsi-emergency-national.csv', '北海道栗山町')
    const { body } = await importFile(await stack.token(YUNI), 'kuriyama.csv', onlyKuriyama)
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    expect(body.errors?.[0]?.message).toBe(
      'kuriyama.csv: every row of this file belongs to 栗山町 (014290): 2 rows; none belongs to 由仁町 (014273). ' +
        'Nothing was imported.',
    )
    expect(await hashOf(PARTY_CODES)).toBe(before)
  })
})

describe('importing a multi-town file as an admin', () => {
  it("writes each party's rows to that party and leaves towns without rows in the file untouched", async () => {
    const written = [IWAMIZAWA, KURIYAMA, TSUKIGATA]
    const untouched = allBut(...written)
    const before = await hashOf(untouched)
    const kuriyamaSample = (await inService(KURIYAMA)).length
    const admin = await stack.token(MIKASA, ['admin'])
    const { body } = await importFile(admin, 'region.csv', fixtureFile('v2-code-column-several-towns.csv'))
    expect(body.errors).toBeUndefined()
    const result = body.data?.importShelters
    expect(result?.layout).toBe('V2')
    expect(result?.towns.map((town) => [town.municipality.code, town.added])).toEqual([
      [IWAMIZAWA, 1],
      [KURIYAMA, 1],
      [TSUKIGATA, 1],
    ])
    expect(result?.towns[1]?.retired).toBe(kuriyamaSample)
    expect(result?.skipped).toEqual([
      {
        municipalityCode: '011002',
        name: '北海道札幌市',
        rows: 1,
        isParty: false,
        reason: 'not a town this platform serves: its rows are not imported',
      },
    ])
    expect(await inService(KURIYAMA)).toEqual([{ sourceId: 'KU-1', name: '栗山町民体育館', isSample: false }])
    expect(await hashOf(untouched)).toBe(before)
  })

  it('with municipalityCode, writes only that town', async () => {
    const others = allBut(IWAMIZAWA)
    const before = await hashOf(others)
    const admin = await stack.token(MIKASA, ['admin'])
    const file = fixtureFile('v2-code-column-several-towns.csv')
    const { body } = await importFile(admin, 'region.csv', file, { code: IWAMIZAWA })
    expect(body.errors).toBeUndefined()
    expect(body.data?.importShelters.towns.map((town) => town.municipality.code)).toEqual([IWAMIZAWA])
    expect(body.data?.importShelters.skipped.map((town) => [town.municipalityCode, town.isParty])).toEqual([
      [KURIYAMA, true],
      ['011002', false],
      [TSUKIGATA, true],
    ])
    expect(await hashOf(others)).toBe(before)
  })
})

describe('refusals over the API change nothing', () => {
  it.each([
    ['other-aed.csv', 'EMERGENCY_SITE', 'other-aed.csv:1:0: this looks like AED設置箇所一覧'],
    ['other-public-toilets.csv', 'EMERGENCY_SITE', 'other-public-toilets.csv:1:0: this looks like 公衆トイレ一覧'],
    ['other-population.csv', 'EMERGENCY_SITE', 'other-population.csv:1:0: this looks like 地域・年齢別人口'],
    ['gsi-shelter-national.csv', 'EMERGENCY_SITE', 'gsi-shelter-national.csv:1:0: this looks like a 指定避難所 list'],
    ['v1-bad-check-digit.csv', 'EMERGENCY_SITE', 'v1-bad-check-digit.csv:2:11: "014302" has a wrong check digit'],
    ['v1-no-ids-duplicate.csv', 'EMERGENCY_SITE', 'v1-no-ids-duplicate.csv:4:2: the same place (name and address)'],
  ] as const)('%s', async (name, designation, message) => {
    const before = await hashOf(PARTY_CODES)
    const token = await stack.token(name.startsWith('v1-no-ids') ? YUNI : TSUKIGATA)
    const { body } = await importFile(token, name, fixtureFile(name), { designation })
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    expect(body.errors?.[0]?.message).toContain(message)
    expect(body.errors?.[0]?.message).toContain('nothing was imported')
    expect(await hashOf(PARTY_CODES)).toBe(before)
  })
})

describe('a file without ids', () => {
  it('is matched on name and address: importing it again changes nothing', async () => {
    const token = await stack.token(YUNI)
    const first = await importFile(token, 'yuni.csv', fixtureFile('v1-no-ids-014273.csv'))
    expect(first.body.data?.importShelters).toMatchObject({ added: 3, updated: 0 })
    const after = await hashOf(PARTY_CODES)
    const again = await importFile(token, 'yuni.csv', fixtureFile('v1-no-ids-014273.csv'))
    expect(again.body.data?.importShelters).toMatchObject({ added: 0, updated: 0, retired: 0, unchanged: 3 })
    expect(await hashOf(PARTY_CODES)).toBe(after)
  })
})

describe('limits over the API', () => {
  it('refuses a cell over the field limit as file:line:column with BAD_USER_INPUT, changing nothing', async () => {
    const before = await hashOf(PARTY_CODES)
    const huge = 'x'.repeat(SHELTER_IMPORT_LIMITS.fieldChars + 1)
    const file = Buffer.from(`名称,住所,備考\n月形町民会館,北海道月形町1219番地,${huge}\n`, 'utf8')
    const { body } = await importFile(await stack.token(TSUKIGATA), 'long.csv', file)
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    expect(body.errors?.[0]?.message).toContain(
      `long.csv:2:3: a cell of ${huge.length} characters; the limit is ${SHELTER_IMPORT_LIMITS.fieldChars}`,
    )
    expect(await hashOf(PARTY_CODES)).toBe(before)
  })
})

describe('the two lists', () => {
  it('imports a 指定避難所 file as its own list, leaving the 指定緊急避難場所 list and its open data as they were', async () => {
    const token = await stack.token(TSUKIGATA)
    const emergency = () =>
      stack.database.admin
        .selectFrom('disaster.shelter')
        .selectAll()
        .where('municipalityCode', '=', TSUKIGATA)
        .where('designation', '=', 'EMERGENCY_SITE')
        .orderBy('id')
        .execute()
    const before = await emergency()
    const sampleShelters = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select('id')
      .where('municipalityCode', '=', TSUKIGATA)
      .where('designation', '=', 'DESIGNATED_SHELTER')
      .where('retiredAt', 'is', null)
      .execute()
    const others = await hashOf(allBut(TSUKIGATA))
    const { body } = await importFile(token, 'shelters.csv', fixtureFile('gsi-shelter-national.csv'), {
      designation: 'DESIGNATED_SHELTER',
    })
    expect(body.errors).toBeUndefined()
    expect(body.data?.importShelters).toMatchObject({ layout: 'GSI_SHELTER', designation: 'DESIGNATED_SHELTER' })
    expect(body.data?.importShelters.towns).toEqual([
      // The town's file is its whole 指定避難所 list: the sample rows of that list retire, the other list stays.
      { municipality: { code: TSUKIGATA }, added: 2, updated: 0, retired: sampleShelters.length, unchanged: 0 },
    ])
    expect(await emergency()).toEqual(before)
    expect(await hashOf(allBut(TSUKIGATA))).toBe(others)

    const list = async (variables: { designation?: ShelterDesignation; needsCare?: boolean }) => {
      const { body: answer } = await stack.graphql(ShelterNamesOfListDocument, { code: TSUKIGATA, ...variables })
      return answer.data?.shelters.nodes.map((node) => node.name).sort()
    }
    expect(await list({ designation: 'DESIGNATED_SHELTER' })).toEqual(['月形町保健福祉総合センター', '月形町民会館'])
    expect(await list({ designation: 'DESIGNATED_SHELTER', needsCare: true })).toEqual(['月形町保健福祉総合センター'])
    expect(await list({ needsCare: true })).toEqual(['月形町保健福祉総合センター'])
    expect((await list({})) ?? []).toHaveLength(before.filter((row) => row.retiredAt === null).length + 2)

    const published = await publishedEvacuationSpace(TSUKIGATA)
    expect(published.map((row) => row['名称']).sort()).toEqual(
      before
        .filter((row) => row.retiredAt === null)
        .map((row) => row.name)
        .sort(),
    )
  })

  it('publishes △ (usable under conditions) as its own mark in the 指定緊急避難場所 files', async () => {
    const file = Buffer.from(
      'NO,名称,住所,災害種別_洪水,災害種別_地震\nC-1,月形条件付き広場,北海道月形町1番地,△,1\n',
      'utf8',
    )
    const { body } = await importFile(await stack.token(TSUKIGATA), 'conditional.csv', file)
    expect(body.errors).toBeUndefined()
    const published = await publishedEvacuationSpace(TSUKIGATA)
    expect(published).toEqual([
      expect.objectContaining({ 名称: '月形条件付き広場', 災害種別_洪水: '△', 災害種別_地震: '1' }),
    ])
  })
})

/** The 指定緊急避難場所 open-data rows of one town, as the publisher writes them (header → cell). */
async function publishedEvacuationSpace(town: string) {
  const gateway = createGatewayClient(stack.services.gatewayUrl, stack.publisherToken)
  const rows: Record<string, unknown>[] = []
  for await (const row of evacuationSpace.rows(gateway)) {
    if (evacuationSpace.municipalityCode?.(row) !== town) continue
    const cells = evacuationSpace.columns.map((column) => [column.name, column.value(row)])
    rows.push(Object.fromEntries(cells) as Record<string, unknown>)
  }
  return rows
}
