import { constants, createWriteStream } from 'node:fs'
import { access, copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { ServiceTokenSource } from '../../../lib/auth/service-tokens.js'
import type { Logger } from '../../../lib/logger.js'
import { CC_BY_4, REGION_PUBLISHER, type AnyDataset, type FileDataset } from '../dataset.js'
import { DATASETS } from '../datasets/index.js'
import { createGatewayClient, type GatewayClient } from '../gateway-client.js'
import {
  releaseManifestSchema,
  type DatasetEntry,
  type Distribution,
  type ReleaseManifest,
} from '../release-manifest.js'
import { writeBulkZip } from './bulk-zip.js'
import { buildAll } from './dataset-pool.js'
import { digestFile, digestFiles } from './file-digest.js'
import { newReleaseId, ReleaseDirectory } from './release-directory.js'
import { writeDataPackage } from './datapackage.js'
import { LIST_COLUMNS, listedFilesByList, writeChecksums, writeOpenDataList } from './release-files.js'
import { loadFileTag, saveFileTag } from './release-state.js'
import { countChanges, loadRowDigests, RowDigestWriter, saveRowDigests } from './row-digests.js'
import { writeTables, type TableResult, type WrittenFile } from './table-writer.js'

export interface PublishOptions {
  /** The gateway's GraphQL URL: every row comes from public queries sent there (as the publisher's service account). */
  gatewayUrl: string
  /** The publisher's service-account token (`publisherTokenSource`): public reads, a rate-limit bucket of its own. */
  token: ServiceTokenSource
  /** The open-data directory (OPENDATA_DIR). */
  dir: string
  logger: Logger
  datasets?: readonly AnyDataset[]
  /** Called between steps; tests use it to kill the publisher at a chosen moment. */
  onStep?: (step: string) => void | Promise<void>
}

/** What one publish run knows while it builds the partial release directory. */
interface ReleaseRun {
  releaseId: string
  publishedAt: string
  /** The partial directory being filled; renamed into place only at the end. */
  partial: string
  previous: ReleaseManifest | null
  previousDir: string | null
  step: (name: string) => Promise<void>
  describeFiles: (files: readonly WrittenFile[], title: DatasetEntry['title']) => Promise<Distribution[]>
}

/**
 * Builds a release from the public API and switches to it atomically. Every dataset is streamed
 * to its files (a few datasets at once, dataset-pool.ts), hashed, compared with the previous release
 * (rows added/changed/removed), and described in `manifest.json` in the datasets' order; then the
 * open-data lists, `datapackage.json`, `SHA256SUMS`, the bulk zip and `changelog.json`. Nothing is
 * visible until the final rename.
 */
export async function publishRelease(options: PublishOptions): Promise<ReleaseManifest> {
  const gateway = createGatewayClient(options.gatewayUrl, options.token)
  const directory = new ReleaseDirectory(options.dir)
  const run = await beginRun(options, directory)
  const all = options.datasets ?? DATASETS
  const tables = new Map(all.flatMap((dataset) => (dataset.kind === 'table' ? [[dataset.id, dataset] as const] : [])))
  const datasets: DatasetEntry[] = await buildAll(all, async (unit) => {
    for (const dataset of unit) await run.step(dataset.id)
    const started = performance.now()
    const built = await buildUnit(unit, gateway, run.partial, run.previousDir)
    const ms = Math.round(performance.now() - started)
    return Promise.all(
      unit.map(async (dataset, index) => {
        const entry = await datasetEntry(run, dataset, built[index] as Built)
        options.logger.info(
          { releaseId: run.releaseId, dataset: dataset.id, rows: entry.rowCount, ms },
          'dataset written',
        )
        return entry
      }),
    )
  })

  await run.step('open-data-list')
  datasets.push(await buildOpenDataList(run.partial, datasets, run.previous, run.publishedAt, run.describeFiles))
  await run.step('datapackage')
  await writeDataPackage(run.partial, run.releaseId, datasets, tables)
  const files = await writeReleaseFiles(run, datasets)
  const manifest = releaseManifestSchema.parse({
    releaseId: run.releaseId,
    publishedAt: run.publishedAt,
    previousReleaseId: run.previous?.releaseId ?? null,
    datasets,
    files,
  })
  await writeFile(join(run.partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  await run.step('switch')
  await directory.commitRelease(run.releaseId, run.partial)
  options.logger.info({ releaseId: run.releaseId, datasets: datasets.length }, 'open data published')
  return manifest
}

/** Opens the partial directory for a new release and remembers what the previous release published. */
async function beginRun(options: PublishOptions, directory: ReleaseDirectory): Promise<ReleaseRun> {
  const previous = await directory.currentManifest()
  const previousDir = previous ? directory.releasePath(previous.releaseId) : null
  const releaseId = newReleaseId()
  const publishedAt = new Date().toISOString()
  const partial = await directory.beginRelease(releaseId)
  const earlierFiles = new Map(
    (previous?.datasets ?? []).flatMap((entry) => entry.distributions).map((file) => [file.path, file]),
  )
  return {
    releaseId,
    publishedAt,
    partial,
    previous,
    previousDir,
    step: async (name) => {
      options.logger.info({ releaseId, step: name }, 'publishing')
      await options.onStep?.(name)
    },
    describeFiles: (files, title) => describe(partial, files, title, { earlierFiles, publishedAt }),
  }
}

/** Describes one dataset's written files; an unchanged dataset keeps its previous `modified`. */
async function datasetEntry(run: ReleaseRun, dataset: AnyDataset, built: Built): Promise<DatasetEntry> {
  const before = run.previous?.datasets.find((entry) => entry.id === dataset.id)
  const unchanged = before && built.changes.added + built.changes.changed + built.changes.removed === 0
  return {
    id: dataset.id,
    title: dataset.title,
    description: dataset.description,
    keywords: dataset.keywords,
    theme: dataset.theme,
    license: dataset.license ?? CC_BY_4,
    publisher: dataset.publisher ?? REGION_PUBLISHER,
    updateFrequency: dataset.updateFrequency,
    isSample: built.isSample,
    rowCount: built.rowCount,
    ...(built.sampleRowCount !== undefined ? { sampleRowCount: built.sampleRowCount } : {}),
    modified: unchanged ? before.modified : run.publishedAt,
    created: before?.created ?? run.publishedAt,
    distributions: await run.describeFiles(built.files, dataset.title),
    changes: built.changes,
    columns: built.columns,
  }
}

/**
 * The release-level files: `changelog.json`, `SHA256SUMS` (over the data files and the release's own JSON files)
 * and the bulk zip. Returns their manifest entries.
 */
async function writeReleaseFiles(run: ReleaseRun, datasets: readonly DatasetEntry[]) {
  const { partial, releaseId } = run
  const dataFiles = datasets.flatMap((dataset) =>
    dataset.distributions.map((file) => ({ path: file.path, sha256: file.sha256 })),
  )
  const changelog = await buildChangelog(run.previousDir, {
    releaseId,
    previousReleaseId: run.previous?.releaseId ?? null,
    publishedAt: run.publishedAt,
    datasets,
  })
  await writeFile(join(partial, 'changelog.json'), `${JSON.stringify(changelog, null, 2)}\n`)
  const described = await digestReleaseFiles(partial, [
    { path: 'datapackage.json', mediaType: 'application/json', format: 'JSON' as const },
    { path: 'changelog.json', mediaType: 'application/json', format: 'JSON' as const },
  ])
  await writeChecksums(partial, [...dataFiles, ...described])
  await run.step('bulk-zip')
  const bulkName = `minamisorachi-opendata-${releaseId}.zip`
  await writeBulkZip(partial, bulkName, [
    ...dataFiles.map((file) => file.path),
    ...described.map((file) => file.path),
    'SHA256SUMS',
  ])
  const extra = await digestReleaseFiles(partial, [
    { path: 'SHA256SUMS', mediaType: 'text/plain; charset=utf-8', format: 'TXT' as const },
    { path: bulkName, mediaType: 'application/zip', format: 'ZIP' as const },
  ])
  return [...described, ...extra]
}

function digestReleaseFiles<T extends { path: string }>(dir: string, files: readonly T[]) {
  return Promise.all(files.map(async (file) => ({ ...file, ...(await digestFile(join(dir, file.path))) })))
}

interface Built {
  files: WrittenFile[]
  rowCount: number
  /** Tables only: a file dataset (the GTFS zip) is sample or not as a whole. */
  sampleRowCount?: number
  isSample: boolean
  changes: DatasetEntry['changes']
  columns: string[]
}

/**
 * Writes the files of one build unit (dataset-pool.ts): a file dataset, a table, or the tables of one shared read,
 * whose source is read once and written to every table's files at once. One result per dataset, in the unit's order.
 */
async function buildUnit(
  unit: readonly AnyDataset[],
  gateway: GatewayClient,
  dir: string,
  previousDir: string | null,
): Promise<Built[]> {
  const [first] = unit
  if (!first) return []
  if (first.kind === 'file') return [await buildFile(first, gateway, dir, previousDir)]
  const tables = await Promise.all(
    unit
      .filter((dataset) => dataset.kind === 'table')
      .map(async (dataset) => ({
        dataset,
        pick: dataset.shared?.pick ?? ((row: unknown) => row),
        rowDigests: await RowDigestWriter.open(dir, dataset.id, previousDir),
      })),
  )
  // A shared unit's tables take their rows from one read of their source; a table alone, from its own rows.
  const rows = first.shared ? first.shared.source.rows(gateway) : first.rows(gateway)
  const results = await writeTables(rows, tables, dir)
  return Promise.all(
    tables.map(async ({ dataset, rowDigests }, index) => ({
      ...(results[index] as TableResult),
      changes: await rowDigests.close(),
      columns: dataset.columns.map((column) => column.name),
    })),
  )
}

/**
 * A file dataset counts as one row: changed when its bytes differ from the previous release's. The previous release's
 * copy is asked for again with its ETag: when the API says it is still current (the regional GTFS-JP feed with no
 * transit write since), that copy is taken over as it is, byte for byte, and nothing is built.
 */
async function buildFile(
  dataset: FileDataset,
  gateway: GatewayClient,
  dir: string,
  previousDir: string | null,
): Promise<Built> {
  const target = join(dir, dataset.fileName)
  const previous = previousDir ? await previousFile(previousDir, dataset) : null
  const download = await dataset.download(gateway, previous?.etag)
  if (download !== 'unchanged') {
    await pipeline(download.body, createWriteStream(target))
    await saveFileTag(dir, dataset.id, download.etag)
  } else if (previous) {
    await copyFile(previous.path, target, constants.COPYFILE_FICLONE)
    await saveFileTag(dir, dataset.id, previous.etag)
  } else throw new Error(`${dataset.id}: the API answered 304 Not Modified to a request that named no copy`)
  const digest = await digestFile(target) // read once: the manifest takes it too (WrittenFile.digest)
  const digests = new Map([['file', digest.sha256]])
  const before = previousDir ? await loadRowDigests(previousDir, dataset.id) : null
  await saveRowDigests(dir, dataset.id, digests)
  return {
    files: [
      {
        path: dataset.fileName,
        format: dataset.format,
        mediaType: dataset.mediaType,
        encoding: null,
        municipalityCode: null,
        digest,
      },
    ],
    rowCount: 1,
    isSample: await dataset.isSample(target),
    changes: countChanges(before, digests),
    columns: [],
  }
}

/** The previous release's copy of a file dataset and the ETag it was served with, if it kept both. */
async function previousFile(previousDir: string, dataset: FileDataset) {
  const etag = await loadFileTag(previousDir, dataset.id)
  const path = join(previousDir, dataset.fileName)
  const kept = await access(path).then(
    () => true,
    () => false,
  )
  return etag && kept ? { etag, path } : null
}

/**
 * The manifest's view of written files. A file whose bytes equal the previous release's copy keeps that
 * copy's `modified`: a town's share of a dataset changes only when its own file does.
 */
async function describe(
  dir: string,
  files: readonly WrittenFile[],
  title: DatasetEntry['title'],
  history: { earlierFiles: ReadonlyMap<string, Distribution>; publishedAt: string },
): Promise<Distribution[]> {
  const unread = files.filter((file) => !file.digest)
  const digests = new Map((await digestFiles(unread, (file) => join(dir, file.path))).map((d) => [d.item, d.digest]))
  return files.map((file) => {
    const digest = file.digest ?? digests.get(file)
    if (!digest) throw new Error(`${file.path}: not digested`)
    const earlier = history.earlierFiles.get(file.path)
    const unchanged = earlier?.sha256 === digest.sha256 && earlier.modified !== undefined
    return {
      path: file.path,
      format: file.format,
      mediaType: file.mediaType,
      ...digest,
      ...(file.rowCount !== undefined ? { rowCount: file.rowCount } : {}),
      ...(file.sampleRowCount !== undefined ? { sampleRowCount: file.sampleRowCount } : {}),
      modified: unchanged ? (earlier.modified ?? history.publishedAt) : history.publishedAt,
      title: file.municipalityCode
        ? { ja: `${title.ja}（${file.municipalityCode}）`, en: `${title.en} (${file.municipalityCode})` }
        : {
            ja: `${title.ja}（${file.format}${file.encoding === 'utf8' ? '・BOMなし' : ''}）`,
            en: `${title.en} (${file.format}${file.encoding === 'utf8' ? ', no BOM' : ''})`,
          },
      municipalityCode: file.municipalityCode,
      encoding: file.encoding,
    }
  })
}

async function buildOpenDataList(
  dir: string,
  datasets: readonly DatasetEntry[],
  previous: ReleaseManifest | null,
  publishedAt: string,
  describeFiles: (files: readonly WrittenFile[], title: DatasetEntry['title']) => Promise<Distribution[]>,
): Promise<DatasetEntry> {
  const lists = listedFilesByList(datasets)
  const codes = [...lists.keys()].filter((code): code is string => code !== null).sort()
  const files: WrittenFile[] = [
    {
      path: 'open_data_list.csv',
      format: 'CSV',
      mediaType: 'text/csv; charset=utf-8',
      encoding: 'utf8-bom',
      municipalityCode: null,
    },
  ]
  const rowCount = await writeOpenDataList(dir, 'open_data_list.csv', null, lists.get(null) ?? [], (path) => path)
  for (const code of codes) {
    const path = `towns/${code}_open_data_list.csv`
    await writeOpenDataList(dir, path, code, lists.get(code) ?? [], (file) => file)
    files.push({
      path,
      format: 'CSV',
      mediaType: 'text/csv; charset=utf-8',
      encoding: 'utf8-bom',
      municipalityCode: code,
    })
  }
  const title = { ja: 'オープンデータ一覧', en: 'Open data list' }
  const before = previous?.datasets.find((entry) => entry.id === 'open-data-list')
  return {
    id: 'open-data-list',
    title,
    description: {
      ja: 'このサイトで公開しているデータセットとファイルの一覧（市町別ファイルあり）。',
      en: 'Every dataset and file published here; per-town lists included.',
    },
    keywords: ['オープンデータ', 'カタログ', 'open data list'],
    theme: 'catalog',
    license: CC_BY_4,
    publisher: REGION_PUBLISHER,
    updateFrequency: 'irregular',
    isSample: datasets.some((dataset) => dataset.isSample),
    rowCount,
    modified: publishedAt,
    created: before?.created ?? publishedAt,
    distributions: await describeFiles(files, title),
    changes: { added: 0, changed: 0, removed: 0 },
    columns: LIST_COLUMNS,
  }
}

/** The changelog: this release's counts first, then every earlier entry (carried from the previous release). */
async function buildChangelog(
  previousDir: string | null,
  release: {
    releaseId: string
    previousReleaseId: string | null
    publishedAt: string
    datasets: readonly DatasetEntry[]
  },
) {
  const earlier = previousDir
    ? (
        JSON.parse(await readFile(join(previousDir, 'changelog.json'), 'utf8').catch(() => '{"entries":[]}')) as {
          entries: unknown[]
        }
      ).entries
    : []
  const entry = {
    releaseId: release.releaseId,
    previousReleaseId: release.previousReleaseId,
    publishedAt: release.publishedAt,
    datasets: release.datasets.map((dataset) => ({ id: dataset.id, rowCount: dataset.rowCount, ...dataset.changes })),
  }
  return { entries: [entry, ...earlier] }
}
