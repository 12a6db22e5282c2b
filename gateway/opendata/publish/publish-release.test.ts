import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../../lib/logger.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { validateFeed } from '../../../subgraphs/transit/gtfs/validate-feed.js'
import { openZipFile } from '../../../subgraphs/transit/gtfs/zip-archive.js'
import { zipEntryDigests } from '../../../test/support/zip-entries.js'
import type { FileDataset } from '../dataset.js'
import { regionalGtfs } from '../datasets/regional-gtfs.js'
import { releaseManifestSchema, type ReleaseManifest } from '../release-manifest.js'
import { digestFile } from './file-digest.js'
import { publishRelease } from './publish-release.js'
import { ReleaseDirectory } from './release-directory.js'

// The v1 header of 指定緊急避難場所一覧 as ../shared/reference/standards.md gives it.
const EVACUATION_SPACE_V1 =
  'NO,名称,名称_カナ,住所,方書,緯度,経度,標高,電話番号,内線番号,市区町村コード,都道府県名,市区町村名,災害種別_洪水,災害種別_崖崩れ、土石流及び地滑り,' +
  '災害種別_高潮,災害種別_地震,災害種別_津波,災害種別_大規模な火事,災害種別_内水氾濫,災害種別_火山現象,指定避難所との重複,想定収容人数,対象となる町会・自治会,URL,備考'
const TSUKIGATA = '014303'

let stack: TestStack
let dir: string
let first: ReleaseManifest
const logger = createLogger('silent', 'test')
const releaseDir = (manifest: ReleaseManifest) => new ReleaseDirectory(dir).releasePath(manifest.releaseId)
const read = (manifest: ReleaseManifest, path: string) => readFile(join(releaseDir(manifest), path))

beforeAll(async () => {
  stack = await startTestStack()
  dir = await mkdtemp(join(tmpdir(), 'opendata-'))
  first = await publishRelease({ gatewayUrl: stack.services.gatewayUrl, dir, logger, token: stack.publisherToken })
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('publishRelease', () => {
  it('writes 指定緊急避難場所一覧 in the v1 layout: BOM, CRLF, standard header, town files, sample rows marked', async () => {
    const csv = (await read(first, 'evacuation_space.csv')).toString('utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')[0]).toBe(EVACUATION_SPACE_V1)
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n')
    const noBom = (await read(first, 'evacuation_space.nobom.csv')).toString('utf8')
    expect(noBom).toBe(csv.slice(1))

    const rows = parse<Record<string, string>>(csv, { bom: true, columns: true })
    const shelters = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select('id')
      .where('retiredAt', 'is', null)
      // The 指定避難所 list is its own file (evacuation_shelter.csv).
      .where('designation', '=', 'EMERGENCY_SITE')
      .execute()
    expect(rows).toHaveLength(shelters.length)
    expect(rows.every((row) => row['備考']?.startsWith('【サンプルデータ】'))).toBe(true)
    const town = parse<Record<string, string>>(await read(first, `towns/${TSUKIGATA}_evacuation_space.csv`), {
      bom: true,
      columns: true,
    })
    // NO is the seed's own source id (e.g. 014303-001), not a running number.
    expect(town.every((row) => row['NO']?.startsWith(`${TSUKIGATA}-`))).toBe(true)
    expect(new Set(town.map((row) => row['NO'])).size).toBe(town.length)
    expect(new Set(town.map((row) => row['市区町村コード']))).toEqual(new Set([TSUKIGATA]))
    const list = parse<Record<string, string>>(await read(first, `towns/${TSUKIGATA}_open_data_list.csv`), {
      bom: true,
      columns: true,
    })
    expect(list.map((row) => row['ファイル'])).toContain(`towns/${TSUKIGATA}_evacuation_space.csv`)
  })

  it("lists the region's own files and the towns' (but BOM-less copies); each town's list its own files", async () => {
    const manifest = releaseManifestSchema.parse(JSON.parse((await read(first, 'manifest.json')).toString()))
    const listed = async (path: string) =>
      parse<Record<string, string>>(await read(first, path), { bom: true, columns: true }).map(
        (row) => `${row['ID']} ${row['ファイル']}`,
      )
    // The lists are written before their own dataset joins the manifest: they do not name themselves.
    const files = manifest.datasets
      .filter((dataset) => dataset.id !== 'open-data-list')
      .flatMap((dataset) => dataset.distributions.map((file) => ({ ...file, id: dataset.id })))
    expect(await listed('open_data_list.csv')).toEqual(
      files
        .filter((file) => file.municipalityCode === null || file.encoding !== 'utf8')
        .map((file) => `${file.id} ${file.path}`),
    )
    const codes = [...new Set(files.flatMap((file) => file.municipalityCode ?? []))]
    expect(codes.length).toBeGreaterThanOrEqual(9)
    for (const code of codes) {
      expect(await listed(`towns/${code}_open_data_list.csv`)).toEqual(
        files.filter((file) => file.municipalityCode === code).map((file) => `${file.id} ${file.path}`),
      )
    }
  })

  it('writes valid GeoJSON for located rows, and a manifest, SHA256SUMS and datapackage matching files', async () => {
    const geojson = JSON.parse((await read(first, 'evacuation_space.geojson')).toString()) as {
      type: string
      isSample: boolean
      features: {
        type: string
        geometry: { type: string; coordinates: number[] }
        properties: Record<string, unknown>
      }[]
    }
    expect(geojson.type).toBe('FeatureCollection')
    expect(geojson.isSample).toBe(true)
    for (const feature of geojson.features) {
      expect(feature.type).toBe('Feature')
      expect(feature.geometry.type).toBe('Point')
      const [lon, lat] = feature.geometry.coordinates
      expect(lon).toBeGreaterThan(141)
      expect(lat).toBeGreaterThan(42)
    }

    const manifest = releaseManifestSchema.parse(JSON.parse((await read(first, 'manifest.json')).toString()))
    expect(manifest.datasets.map((d) => d.id)).toEqual(
      expect.arrayContaining(['evacuation-space', 'regional-gtfs-jp', 'open-data-list', 'ict-systems']),
    )
    expect(manifest.datasets.find((d) => d.id === 'agreement-initiatives')?.isSample).toBe(false)
    const sums = (await read(first, 'SHA256SUMS')).toString().trim().split('\n')
    for (const line of sums) {
      const [sha256, path] = line.split('  ')
      expect((await digestFile(join(releaseDir(first), path ?? ''))).sha256).toBe(sha256)
    }
    for (const file of manifest.datasets.flatMap((d) => d.distributions)) {
      expect(await digestFile(join(releaseDir(first), file.path))).toEqual({
        sha256: file.sha256,
        byteSize: file.byteSize,
      })
    }
    const pkg = JSON.parse((await read(first, 'datapackage.json')).toString()) as {
      resources: { name: string; schema: { fields: { name: string }[] } }[]
    }
    expect(
      pkg.resources
        .find((r) => r.name === 'evacuation-space')
        ?.schema.fields.map((f) => f.name)
        .join(','),
    ).toBe(EVACUATION_SPACE_V1)
  })

  it('zips every file of SHA256SUMS and SHA256SUMS itself, byte for byte; the manifest has its digest', async () => {
    const sums = new Map(
      (await read(first, 'SHA256SUMS'))
        .toString()
        .trim()
        .split('\n')
        .map((line) => line.split('  ').reverse() as [string, string]),
    )
    const bulk = first.files.find((file) => file.format === 'ZIP')
    expect(bulk?.path).toBe(`minamisorachi-opendata-${first.releaseId}.zip`)
    const zipPath = join(releaseDir(first), bulk?.path ?? '')
    const entries = await zipEntryDigests(zipPath)
    expect(new Set(entries.keys())).toEqual(new Set([...sums.keys(), 'SHA256SUMS']))
    for (const [path, sha256] of sums) expect(entries.get(path), path).toBe(sha256)
    expect([...entries.keys()].slice(-3)).toEqual(['datapackage.json', 'changelog.json', 'SHA256SUMS'])
    expect(await digestFile(zipPath)).toEqual({ sha256: bulk?.sha256, byteSize: bulk?.byteSize })
  })

  it('publishes the regional GTFS-JP feed, valid by the transit importer’s validator', async () => {
    const archive = await openZipFile(join(releaseDir(first), 'minamisorachi_gtfs_jp.zip'))
    const report = await validateFeed(archive).finally(() => {
      archive.close()
    })
    expect(report.errorCount).toBe(0)
    expect(report.rowCounts['stops.txt']).toBeGreaterThan(0)
  })

  it('never publishes a restricted field: contract costs are in no file, and not a column', async () => {
    await sql`update ict.system_contract set annual_cost_yen = 987654321`.execute(stack.database.admin)
    const release = await publishRelease({
      gatewayUrl: stack.services.gatewayUrl,
      dir,
      logger,
      token: stack.publisherToken,
    })
    const files = await readdir(releaseDir(release), { recursive: true, withFileTypes: true })
    for (const file of files.filter((entry) => entry.isFile() && !entry.name.endsWith('.zip'))) {
      expect((await readFile(join(file.parentPath, file.name))).toString(), file.name).not.toContain('987654321')
    }
    const systems = parse<Record<string, string>>(await read(release, 'ict_systems.csv'), { bom: true, columns: true })
    expect(systems.length).toBeGreaterThan(0)
    expect(Object.keys(systems[0] ?? {})).not.toContain('年間費用_円')
  })

  it('counts rows added, changed and removed since the previous release, and keeps the old one intact', async () => {
    const before = await new ReleaseDirectory(dir).currentManifest()
    const [renamed, retired] = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select(['id', 'municipalityCode'])
      .where('retiredAt', 'is', null)
      .orderBy('id')
      .limit(2)
      .execute()
    await sql`update disaster.shelter set name = name || '（改）' where id = ${renamed?.id}`.execute(
      stack.database.admin,
    )
    await sql`update disaster.shelter set retired_at = now() where id = ${retired?.id}`.execute(stack.database.admin)
    await sql`insert into disaster.shelter (municipality_code, name, address, is_sample)
              select municipality_code, '新設避難所', address, true from disaster.shelter where id = ${renamed?.id}`.execute(
      stack.database.admin,
    )

    const next = await publishRelease({
      gatewayUrl: stack.services.gatewayUrl,
      dir,
      logger,
      token: stack.publisherToken,
    })
    expect(next.previousReleaseId).toBe(before?.releaseId)
    expect(next.datasets.find((d) => d.id === 'evacuation-space')?.changes).toEqual({
      added: 1,
      changed: 1,
      removed: 1,
    })
    const initiatives = next.datasets.find((d) => d.id === 'agreement-initiatives')
    expect(initiatives?.changes).toEqual({ added: 0, changed: 0, removed: 0 })
    expect(initiatives?.modified).toBe(first.datasets.find((d) => d.id === 'agreement-initiatives')?.modified)
    const changelog = JSON.parse((await read(next, 'changelog.json')).toString()) as {
      entries: { releaseId: string }[]
    }
    expect(changelog.entries.map((entry) => entry.releaseId)).toEqual([
      next.releaseId,
      before?.releaseId,
      first.releaseId,
    ])
    expect(await new ReleaseDirectory(dir).currentReleaseId()).toBe(next.releaseId)
    // Older releases stay on disk unchanged.
    for (const file of first.datasets.flatMap((d) => d.distributions)) {
      expect((await digestFile(join(releaseDir(first), file.path))).sha256).toBe(file.sha256)
    }
  })
})

describe('publishRelease and the regional GTFS-JP feed’s ETag', () => {
  it('takes the previous copy over while the API says it is current, downloads after a transit write', async () => {
    const own = await mkdtemp(join(tmpdir(), 'opendata-etag-'))
    // The real dataset against the real API, told apart only by what each download answered.
    const answers: string[] = []
    const gtfs: FileDataset = {
      ...regionalGtfs,
      download: async (gateway, current) => {
        const answer = await regionalGtfs.download(gateway, current)
        answers.push(answer === 'unchanged' ? 'unchanged' : 'downloaded')
        return answer
      },
    }
    const publish = () =>
      publishRelease({
        gatewayUrl: stack.services.gatewayUrl,
        dir: own,
        logger,
        token: stack.publisherToken,
        datasets: [gtfs],
      })
    const entryOf = (manifest: ReleaseManifest) => manifest.datasets.find((d) => d.id === 'regional-gtfs-jp')
    // The operators' own flags do not decide: the feed says what it holds (the seed's feed versions are sample).
    const { admin } = stack.database
    const sampleOperators = await admin
      .selectFrom('transit.operator')
      .select('id')
      .where('isSample', '=', true)
      .execute()
    await admin.updateTable('transit.operator').set({ isSample: false }).execute()
    try {
      const first = await publish()
      const second = await publish()
      expect(answers).toEqual(['downloaded', 'unchanged'])
      expect([entryOf(first)?.isSample, entryOf(second)?.isSample]).toEqual([true, true])
      expect(entryOf(second)?.changes).toEqual({ added: 0, changed: 0, removed: 0 })
      expect(entryOf(second)?.modified).toBe(entryOf(first)?.modified)
      const path = (manifest: ReleaseManifest) =>
        join(new ReleaseDirectory(own).releasePath(manifest.releaseId), 'minamisorachi_gtfs_jp.zip')
      expect((await readFile(path(second))).equals(await readFile(path(first)))).toBe(true)

      await sql`update transit.gtfs_stop set stop_name = stop_name where stop_id = (
                  select stop_id from transit.gtfs_stop limit 1)`.execute(stack.database.admin)
      const third = await publish()
      expect(answers).toEqual(['downloaded', 'unchanged', 'downloaded'])
      expect(entryOf(third)?.distributions[0]?.sha256).toBe(entryOf(first)?.distributions[0]?.sha256)
    } finally {
      await rm(own, { recursive: true, force: true })
      const ids = sampleOperators.map((operator) => operator.id)
      if (ids.length > 0)
        await admin.updateTable('transit.operator').set({ isSample: true }).where('id', 'in', ids).execute()
    }
  })
})
