import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateShelterDocument, ImportShelterFileByTownDocument } from '../../../codegen/operations.js'
import { createLogger } from '../../../lib/logger.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { publishRelease } from '../publish/publish-release.js'
import { ReleaseDirectory } from '../publish/release-directory.js'
import type { ReleaseManifest } from '../release-manifest.js'
import { catalogViewOf } from '../serve/catalog-model.js'
import { ckanPackages } from '../serve/ckan-package.js'
import { datasetPage } from '../serve/portal-pages.js'

/**
 * Issue #15: the source's own IDs (ID / 共通ID / NO) are published unchanged, the file's key stays unique when two
 * towns use the same ID, and a row is labelled sample only if it came from the sample seed (per row, not per
 * dataset). Two towns import real files through the API; a third keeps its seeded sample shelters.
 */
const TSUKIGATA = '014303'
const KURIYAMA = '014290'
const YUNI = '014273'
const SAMPLE_MARK = '【サンプルデータ】'

let stack: TestStack
let dir = ''
let release: ReleaseManifest
let createdId = ''
type Row = Record<string, string>

/** A regional file with a code column: both towns number a site `1`, and IDs are text (`0012`, `A-3`). */
const REGIONAL_FILE = [
  '全国地方公共団体コード,ID,名称,住所,緯度,経度,災害種別_地震,想定収容人数',
  '014303,0012,月形町民体育館,北海道樺戸郡月形町1219,43.3370,141.6700,1,300',
  '014303,A-3,月形小学校グラウンド,北海道樺戸郡月形町1050,43.3390,141.6690,1,800',
  '014303,1,月形町役場前広場,北海道樺戸郡月形町1219-1,43.3380,141.6710,1,200',
  '014290,1,栗山町民体育館,北海道夕張郡栗山町中央2丁目1,43.0567,141.7842,1,500',
  '014290,0012,栗山公園,北海道夕張郡栗山町桜丘1丁目,43.0590,141.7870,1,1500',
].join('\r\n')

beforeAll(async () => {
  stack = await startTestStack()
  dir = await mkdtemp(join(tmpdir(), 'evacuation-space-'))
  const admin = await stack.token(TSUKIGATA, ['admin'])
  const content = Buffer.from(`${REGIONAL_FILE}\r\n`, 'utf8').toString('base64')
  const imported = await stack.graphql(
    ImportShelterFileByTownDocument,
    { file: 'region.csv', content },
    { token: admin },
  )
  if (imported.body.errors) throw new Error(JSON.stringify(imported.body.errors))
  // A shelter created through the API has no source ID: it is published under its stable platform id.
  const created = await stack.graphql(
    CreateShelterDocument,
    { input: { name: '栗山町臨時避難場所', address: '北海道夕張郡栗山町角田', safeFor: ['EARTHQUAKE'] } },
    { token: await stack.token(KURIYAMA) },
  )
  createdId = created.body.data?.createShelter.id ?? ''
  if (!createdId) throw new Error(JSON.stringify(created.body.errors))
  release = await publishRelease({
    gatewayUrl: stack.services.gatewayUrl,
    token: stack.publisherToken,
    dir,
    logger: createLogger('silent', 't'),
  })
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

const read = (path: string) => readFile(join(new ReleaseDirectory(dir).releasePath(release.releaseId), path))
const readCsv = async (path: string) => parse<Row>(await read(path), { bom: true, columns: true })
const ofTown = (rows: readonly Row[], code: string) => rows.filter((row) => row['市区町村コード'] === code)

describe('指定緊急避難場所一覧: the source IDs and the sample flag', () => {
  it("publishes each town's own IDs unchanged, as text, and the platform id for a shelter without one", async () => {
    const rows = await readCsv('evacuation_space.csv')
    expect(ofTown(rows, TSUKIGATA).map((row) => row['NO'])).toEqual(expect.arrayContaining(['0012', 'A-3', '1']))
    expect(ofTown(rows, TSUKIGATA)).toHaveLength(3)
    expect(new Set(ofTown(rows, KURIYAMA).map((row) => row['NO']))).toEqual(new Set(['1', '0012', createdId]))
    const json = JSON.parse((await read('evacuation_space.json')).toString('utf8')) as { rows: Row[] }
    expect(json.rows.find((row) => row['名称'] === '月形町民体育館')?.['NO']).toBe('0012')
    const town = await readCsv(`towns/${TSUKIGATA}_evacuation_space.csv`)
    expect(town.find((row) => row['名称'] === '月形小学校グラウンド')?.['NO']).toBe('A-3')
  })

  it('keys the file on 市区町村コード + NO, which stays unique when two towns both use ID 1', async () => {
    const rows = await readCsv('evacuation_space.csv')
    expect(
      rows
        .filter((row) => row['NO'] === '1')
        .map((row) => row['市区町村コード'])
        .sort(),
    ).toEqual([KURIYAMA, TSUKIGATA])
    const keys = rows.map((row) => `${row['市区町村コード']}\u0000${row['NO']}`)
    expect(new Set(keys).size).toBe(rows.length)
    const datapackage = JSON.parse((await read('datapackage.json')).toString('utf8')) as {
      resources: { name: string; schema?: { primaryKey?: string[]; fields: { name: string; type: string }[] } }[]
    }
    const schema = datapackage.resources.find((resource) => resource.name === 'evacuation-space')?.schema
    expect(schema?.primaryKey).toEqual(['市区町村コード', 'NO'])
    expect(schema?.fields.find((field) => field.name === 'NO')?.type).toBe('string')
  })

  it('labels sample only the rows that came from the sample seed, in the files and in the town lists', async () => {
    const rows = await readCsv('evacuation_space.csv')
    const imported = [...ofTown(rows, TSUKIGATA), ...ofTown(rows, KURIYAMA)]
    expect(imported.filter((row) => row['備考']?.startsWith(SAMPLE_MARK))).toEqual([])
    expect(ofTown(rows, YUNI).length).toBeGreaterThan(0)
    expect(ofTown(rows, YUNI).every((row) => row['備考']?.startsWith(SAMPLE_MARK))).toBe(true)
    const entry = release.datasets.find((dataset) => dataset.id === 'evacuation-space')
    if (!entry) throw new Error('evacuation-space is not in the release')
    expect(entry.isSample).toBe(true)
    expect(entry.sampleRowCount).toBe(rows.filter((row) => row['備考']?.startsWith(SAMPLE_MARK)).length)
    const townFile = (code: string) =>
      entry.distributions.find((file) => file.path === `towns/${code}_evacuation_space.csv`)
    expect(townFile(TSUKIGATA)?.sampleRowCount).toBe(0)
    expect(townFile(YUNI)?.sampleRowCount).toBe(ofTown(rows, YUNI).length)
    const listed = async (code: string) =>
      (await readCsv(`towns/${code}_open_data_list.csv`)).find(
        (row) => row['ファイル'] === `towns/${code}_evacuation_space.csv`,
      )
    expect(await listed(TSUKIGATA)).toMatchObject({ 件数: '3', サンプルデータ: '' })
    expect(await listed(YUNI)).toMatchObject({ サンプルデータ: '1' })
  })

  it('says so in the catalogs: the portal counts sample rows, CKAN labels only the shares with some', async () => {
    const rows = await readCsv('evacuation_space.csv')
    const entry = release.datasets.find((dataset) => dataset.id === 'evacuation-space')
    if (!entry) throw new Error('evacuation-space is not in the release')
    // The portal does not call the whole dataset sample: it says how many of its rows are.
    const page = datasetPage(release, entry, null)
    expect(page).toContain('一部サンプルデータ')
    expect(page).toContain(`${entry.sampleRowCount} / ${rows.length}`)
    expect(page).not.toContain('このデータセットはサンプルデータです')
    // A town's share (CKAN package, DCAT dataset) is sample only if its own rows are.
    const packages = ckanPackages(catalogViewOf(release), 'http://127.0.0.1')
    const share = (code: string) => packages.find((pkg) => pkg.name === `evacuation-space-${code}`)
    expect(share(TSUKIGATA)).toMatchObject({ is_sample: false })
    expect(share(TSUKIGATA)?.tags.map((tag) => tag.name)).not.toContain('サンプルデータ')
    expect(share(YUNI)).toMatchObject({ is_sample: true })
  })

  it("re-imports a town's published file as it is: its NO matches every site, so nothing changes", async () => {
    const file = await read(`towns/${TSUKIGATA}_evacuation_space.csv`)
    const { body } = await stack.graphql(
      ImportShelterFileByTownDocument,
      { file: `${TSUKIGATA}_evacuation_space.csv`, content: file.toString('base64') },
      { token: await stack.token(TSUKIGATA) },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data?.importShelters).toMatchObject({ added: 0, updated: 0, retired: 0, unchanged: 3 })
  })

  it('carries the same NO in the shelter-status file, with the sample flag per row', async () => {
    const rows = await readCsv('shelter_status.csv')
    const gym = rows.find((row) => row['名称'] === '月形町民体育館')
    expect(gym).toMatchObject({ NO: '0012', 指定区分: '指定緊急避難場所', サンプルデータ: '' })
    expect(rows.find((row) => row['避難所ID'] === createdId)?.['NO']).toBe(createdId)
    expect(ofTown(rows, YUNI).every((row) => row['サンプルデータ'] === '1')).toBe(true)
  })
})
