import { createHash } from 'node:crypto'
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import Fastify from 'fastify'
import { afterAll, beforeAll } from 'vitest'
import { gatewayCorsRules } from '../../gateway/cors-policies.js'
import { registerOpenData, type OpenDataOptions } from '../../gateway/opendata/serve/register.js'
import { useSampleTowns } from './sample-towns.js'
import { registerCors } from '../../lib/http/cors.js'
import {
  releaseManifestSchema,
  type DatasetEntry,
  type Distribution,
  type ReleaseManifest,
} from '../../gateway/opendata/release-manifest.js'

/**
 * Writes open-data releases the way the publisher lays them out (`releases/<id>/manifest.json`, the
 * listed files, `current` → `releases/<id>`), so serving tests run against real files. Sizes and
 * SHA-256 sums are computed from the bytes, and the manifest is validated by the real schema.
 */

export interface FixtureFile {
  path: string
  content: string | Buffer
  format?: Distribution['format']
  mediaType?: string
  title?: { ja: string; en: string }
  municipalityCode?: string | null
  encoding?: Distribution['encoding']
  rowCount?: number
  modified?: string
}

export type FixtureDataset = Partial<Omit<DatasetEntry, 'distributions' | 'id'>> & { id: string; files: FixtureFile[] }

export interface FixtureRelease {
  releaseId: string
  publishedAt?: string
  previousReleaseId?: string | null
  datasets: FixtureDataset[]
  /** Release-wide files (datapackage.json, SHA256SUMS …). */
  files?: FixtureFile[]
  /** Point `current` at it (default true). */
  current?: boolean
}

const BOM = '\uFEFF'

/** CSV text as the publisher writes it: CRLF, quoted where needed, a BOM unless `bom: false`. */
export function csv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
  return (options.bom === false ? '' : BOM) + rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n'
}

/** `2026-11-25T10:00:00.000Z` → `20261125T100000000Z`, the release id layout. */
export function releaseIdOf(iso: string): string {
  return iso.replace(/[-:.]/g, '')
}

const MEDIA_TYPES: Record<Distribution['format'], string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  JSON: 'application/json',
  GeoJSON: 'application/geo+json',
  GTFS: 'application/zip',
  ZIP: 'application/zip',
  TXT: 'text/plain; charset=utf-8',
}

function formatOf(path: string): Distribution['format'] {
  if (path.endsWith('.csv')) return 'CSV'
  if (path.endsWith('.geojson')) return 'GeoJSON'
  if (path.endsWith('.json')) return 'JSON'
  return 'ZIP'
}

async function writeListed(releaseDir: string, file: FixtureFile) {
  const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content
  const target = join(releaseDir, file.path)
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, bytes)
  const format = file.format ?? formatOf(file.path)
  return {
    path: file.path,
    format,
    mediaType: file.mediaType ?? MEDIA_TYPES[format],
    byteSize: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    title: file.title ?? { ja: file.path, en: file.path },
    municipalityCode: file.municipalityCode ?? null,
    encoding:
      file.encoding !== undefined
        ? file.encoding
        : format === 'CSV'
          ? bytes.subarray(0, 3).toString() === BOM
            ? 'utf8-bom'
            : 'utf8'
          : null,
    ...(file.rowCount !== undefined ? { rowCount: file.rowCount } : {}),
    ...(file.modified !== undefined ? { modified: file.modified } : {}),
  } satisfies Distribution
}

export async function writeRelease(root: string, release: FixtureRelease): Promise<ReleaseManifest> {
  const releaseDir = join(root, 'releases', release.releaseId)
  await mkdir(releaseDir, { recursive: true })
  const publishedAt = release.publishedAt ?? new Date(Date.UTC(2026, 10, 25, 1)).toISOString()
  const datasets: DatasetEntry[] = []
  for (const { files, ...dataset } of release.datasets) {
    const distributions = []
    for (const file of files) distributions.push(await writeListed(releaseDir, file))
    datasets.push({
      title: { ja: `データセット ${dataset.id}`, en: `Dataset ${dataset.id}` },
      description: { ja: `${dataset.id} の説明`, en: `About ${dataset.id}` },
      keywords: ['防災'],
      theme: 'disaster',
      license: {
        id: 'CC-BY-4.0',
        title: 'クリエイティブ・コモンズ 表示 4.0 国際',
        url: 'https://creativecommons.org/licenses/by/4.0/',
      },
      publisher: {
        id: 'minamisorachi',
        name: { ja: '南空知圏域', en: 'Minamisorachi Region' },
        municipalityCode: null,
      },
      updateFrequency: 'daily',
      isSample: false,
      rowCount: 0,
      modified: publishedAt,
      created: publishedAt,
      changes: { added: 0, changed: 0, removed: 0 },
      columns: [],
      ...dataset,
      distributions,
    })
  }
  const files = []
  for (const file of release.files ?? []) {
    const {
      title: _title,
      municipalityCode: _code,
      encoding: _encoding,
      rowCount: _rows,
      modified: _modified,
      ...listed
    } = await writeListed(releaseDir, file)
    files.push(listed)
  }
  const manifest = releaseManifestSchema.parse({
    releaseId: release.releaseId,
    publishedAt,
    previousReleaseId: release.previousReleaseId ?? null,
    datasets,
    files,
  })
  await writeFile(join(releaseDir, 'manifest.json'), JSON.stringify(manifest, null, 2))
  if (release.current !== false) await pointCurrentAt(root, release.releaseId)
  return manifest
}

/** Moves `current` the way the publisher does: a new symlink beside it, renamed over it (atomic). */
export async function pointCurrentAt(root: string, releaseId: string): Promise<void> {
  const temporary = join(root, `current.${process.pid}.${Date.now()}`)
  await rm(temporary, { force: true })
  await symlink(join('releases', releaseId), temporary)
  await rename(temporary, join(root, 'current'))
}

/**
 * A small but realistic release: a sample dataset with coordinates and per-town files, a GTFS zip, a town's own
 * dataset.
 */
export function standardDatasets(options: { shelterRows?: number } = {}): FixtureDataset[] {
  return [evacuationSpaceDataset(options.shelterRows ?? 25), regionalGtfsDataset(), tsukigataDrillsDataset()]
}

/** The sample dataset: a CSV with and without BOM, JSON, GeoJSON and two towns' own CSVs of `rowCount` sites. */
function evacuationSpaceDataset(rowCount: number): FixtureDataset {
  const header = ['名称', '住所', '緯度', '経度', '収容人数']
  const rows = Array.from({ length: rowCount }, (_, index) => [
    `避難場所${index + 1}`,
    `北海道夕張郡長沼町${index + 1}番地`,
    (43.0 + index / 100).toFixed(6),
    (141.7 + index / 100).toFixed(6),
    String(100 + index),
  ])
  return {
    id: 'evacuation-space',
    title: { ja: '指定緊急避難場所一覧', en: 'Designated emergency evacuation sites' },
    description: { ja: '南空知圏域の指定緊急避難場所。', en: 'Evacuation sites of the region.' },
    keywords: ['防災', '避難場所'],
    isSample: true,
    rowCount: rows.length,
    modified: '2026-11-20T00:00:00.000Z',
    created: '2026-01-05T00:00:00.000Z',
    changes: { added: 2, changed: 1, removed: 0 },
    columns: header,
    files: [
      {
        path: 'evacuation-space.csv',
        content: csv([header, ...rows]),
        title: { ja: '指定緊急避難場所一覧（CSV）', en: 'Evacuation sites (CSV)' },
      },
      {
        path: 'evacuation-space.nobom.csv',
        content: csv([header, ...rows], { bom: false }),
        title: { ja: 'BOMなしCSV', en: 'CSV without BOM' },
      },
      { path: 'evacuation-space.json', content: JSON.stringify(rows), title: { ja: 'JSON', en: 'JSON' } },
      {
        path: 'evacuation-space.geojson',
        content: JSON.stringify({ type: 'FeatureCollection', features: [] }),
        title: { ja: 'GeoJSON', en: 'GeoJSON' },
      },
      ...['014303', '014290'].map((code) => ({
        path: `towns/${code}_evacuation-space.csv`,
        content: csv([header, ...rows.slice(0, 3)]),
        municipalityCode: code,
        title: { ja: `${code} の指定緊急避難場所`, en: `Evacuation sites of ${code}` },
      })),
    ],
  }
}

/** A transit dataset: one GTFS zip of deterministic bytes. */
function regionalGtfsDataset(): FixtureDataset {
  return {
    id: 'regional-gtfs',
    title: { ja: '南空知圏域バス情報（GTFS-JP）', en: 'Regional bus feed (GTFS-JP)' },
    description: {
      ja: '圏域の路線バスの標準的なバス情報フォーマット。',
      en: 'The merged GTFS-JP feed of the region.',
    },
    keywords: ['交通', 'GTFS'],
    theme: 'transit',
    updateFrequency: 'weekly',
    rowCount: 1,
    modified: '2026-10-01T00:00:00.000Z',
    created: '2026-02-01T00:00:00.000Z',
    files: [
      {
        path: 'regional-gtfs.zip',
        content: Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) % 256)),
        format: 'GTFS',
        title: { ja: 'GTFS-JP', en: 'GTFS-JP' },
      },
    ],
  }
}

/** A town's own dataset whose titles and cells carry markup, for escaping tests. */
function tsukigataDrillsDataset(): FixtureDataset {
  return {
    id: 'tsukigata-drills',
    title: { ja: '月形町の防災訓練 <script>alert("x")</script>', en: 'Drills & <b>exercises</b>' },
    description: { ja: '訓練の記録 "引用" & <i>記号</i>', en: 'Drill records' },
    keywords: ['防災', '訓練'],
    publisher: { id: 'tsukigata', name: { ja: '月形町', en: 'Tsukigata' }, municipalityCode: '014303' },
    updateFrequency: 'monthly',
    rowCount: 2,
    modified: '2026-06-01T00:00:00.000Z',
    created: '2026-06-01T00:00:00.000Z',
    columns: ['訓練名', '実施日'],
    files: [
      {
        path: 'tsukigata-drills.csv',
        content: csv([
          ['訓練名', '実施日'],
          ['<img src=x onerror=alert(1)>', '2026-05-01'],
          ['避難訓練', '2026-05-20'],
        ]),
      },
    ],
  }
}

export const STANDARD_RELEASE_FILES: FixtureFile[] = [
  { path: 'datapackage.json', content: JSON.stringify({ name: 'minamisorachi' }) },
  { path: 'minamisorachi-opendata.zip', content: Buffer.from('PK\u0005\u0006' + '\u0000'.repeat(18), 'latin1') },
]

/** A temporary OPENDATA_DIR (removed by the returned function). */
export async function tempOpenDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'opendata-test-'))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

/** A temporary OPENDATA_DIR whose current release is the standard one (25 sites), served by startOpenDataServer. */
export async function startStandardSite() {
  const dir = await tempOpenDataDir()
  await writeRelease(dir.dir, {
    releaseId: '20261125T010000000Z',
    datasets: standardDatasets(),
    files: STANDARD_RELEASE_FILES,
  })
  return { dir, server: await startOpenDataServer(dir.dir) }
}

/**
 * Only the open-data routes on a bare Fastify, listening on a free port, with the gateway's CORS policies.
 * Links are absolute for 127.0.0.1 (the default allowlist's loopback), unless `options` say otherwise.
 */
export async function startOpenDataServer(
  dir: string,
  baseUrl?: string,
  options: Omit<OpenDataOptions, 'dir' | 'baseUrl'> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = Fastify()
  await useSampleTowns()
  await registerCors(app, gatewayCorsRules(new Set()))
  await registerOpenData(app, {
    dir,
    allowedHosts: ['localhost', '127.0.0.1'],
    ...options,
    ...(baseUrl ? { baseUrl } : {}),
  })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() }
}

/**
 * For a test file: an empty temporary OPENDATA_DIR served by startOpenDataServer for the whole file (hooks
 * registered here). `dir` and `url` are set once the file's beforeAll hooks have run.
 */
export function useOpenDataServer(): { readonly dir: string; readonly url: string } {
  const site = { dir: '', url: '' }
  let temp: Awaited<ReturnType<typeof tempOpenDataDir>> | undefined
  let server: Awaited<ReturnType<typeof startOpenDataServer>> | undefined
  beforeAll(async () => {
    temp = await tempOpenDataDir()
    server = await startOpenDataServer(temp.dir)
    Object.assign(site, { dir: temp.dir, url: server.url })
  })
  afterAll(async () => {
    await server?.close()
    await temp?.remove()
  })
  return site
}
