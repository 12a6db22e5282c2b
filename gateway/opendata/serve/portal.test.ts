import { rename } from 'node:fs/promises'
import { join } from 'node:path'
import { parse, type HTMLElement } from 'node-html-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ReleaseManifest } from '../release-manifest.js'
import {
  standardDatasets,
  useOpenDataServer,
  STANDARD_RELEASE_FILES,
  writeRelease,
} from '../../../test/support/opendata-fixture.js'
import { atomLinks } from '../../../test/support/atom-links.js'

/** Every portal page announces the platform's Atom feeds (new releases, alerts) in its head. */
const ATOM_PATHS = ['/events/releases.atom', '/events/alerts.atom']

const site = useOpenDataServer()
let manifest: ReleaseManifest

async function page(path: string): Promise<{ status: number; raw: string; root: HTMLElement; type: string | null }> {
  const response = await fetch(site.url + path)
  const raw = await response.text()
  return { status: response.status, raw, root: parse(raw), type: response.headers.get('content-type') }
}

/** Tables must be described for screen readers: a caption, and header cells that say what they head. */
function expectAccessibleTables(root: HTMLElement) {
  const tables = root.querySelectorAll('table')
  expect(tables.length).toBeGreaterThan(0)
  for (const table of tables) {
    expect(table.querySelector('caption')?.text.trim()).toBeTruthy()
    const headers = table.querySelectorAll('th')
    expect(headers.length).toBeGreaterThan(0)
    for (const th of headers) expect(['col', 'row']).toContain(th.getAttribute('scope'))
  }
}

const hrefs = (root: HTMLElement) => root.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '')

describe('portal before any release', () => {
  it('says that nothing is published yet, with 200', async () => {
    const { status, root, type } = await page('/opendata/')
    expect(status).toBe(200)
    expect(type).toBe('text/html; charset=utf-8')
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('ja')
    expect(root.querySelector('[role=status]')?.text).toContain('まだリリースが公開されていません')
    expect(root.text).toContain('No release published yet')
    expect((await page('/opendata/datasets/evacuation-space')).status).toBe(404)
    expect(atomLinks(root)).toEqual(ATOM_PATHS)
  })
})

describe('portal', () => {
  beforeAll(async () => {
    manifest = await writeRelease(site.dir, {
      releaseId: '20261125T010000000Z',
      previousReleaseId: '20261101T010000000Z',
      datasets: standardDatasets(),
      files: STANDARD_RELEASE_FILES,
    })
  })

  it('redirects /opendata to /opendata/', async () => {
    const response = await fetch(`${site.url}/opendata`, { redirect: 'manual' })
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/opendata/')
  })

  it('lists every dataset with its description, towns and files; sizes and checksums on its page', async () => {
    const { status, root } = await page('/opendata/')
    expect(status).toBe(200)
    expect(atomLinks(root)).toEqual(ATOM_PATHS)
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('ja')
    expect(root.querySelector('title')?.text).toBe('南空知圏域オープンデータ')
    expect(root.querySelectorAll('h1')).toHaveLength(1)
    const links = hrefs(root)
    for (const dataset of manifest.datasets) {
      const item = root.querySelector(`#dataset-${dataset.id}`)?.parentNode
      expect(item, dataset.id).toBeTruthy()
      expect(item?.text).toContain(dataset.title.ja)
      expect(item?.text).toContain(dataset.title.en)
      expect(item?.text).toContain(dataset.description.ja)
      for (const distribution of dataset.distributions) expect(links).toContain(`/opendata/files/${distribution.path}`)
      expect(links).toContain(`/opendata/datasets/${dataset.id}`)
      const datasetPage = (await page(`/opendata/datasets/${dataset.id}`)).root
      expect(datasetPage.querySelector('time')?.getAttribute('datetime')).toBe(dataset.modified)
      expect(datasetPage.querySelector('a[rel=license]')?.getAttribute('href')).toBe(dataset.license.url)
      for (const distribution of dataset.distributions) {
        expect(datasetPage.text).toContain(distribution.sha256)
        expect(datasetPage.text).toContain(`${distribution.byteSize.toLocaleString('ja-JP')} バイト`)
      }
    }
    for (const file of manifest.files) expect(links).toContain(`/opendata/files/${file.path}`)
    expect(links).toContain('/opendata/files/towns/014303_evacuation-space.csv')
  })

  it('marks sample data: a banner for the release and a badge on each sample dataset only', async () => {
    const { root } = await page('/opendata/')
    expect(root.querySelector('.banner')?.text).toContain('サンプルデータが含まれています')
    expect(root.querySelector('#dataset-evacuation-space .badge')?.text).toContain('サンプルデータ')
    expect(root.querySelector('#dataset-regional-gtfs .badge')).toBeNull()
    const datasetPage = await page('/opendata/datasets/evacuation-space')
    expect(atomLinks(datasetPage.root)).toEqual(ATOM_PATHS)
    expect(datasetPage.root.querySelector('h1 .badge')?.text).toContain('Sample data')
  })

  it('escapes every text it shows', async () => {
    const index = await page('/opendata/')
    expect(index.raw).not.toContain('<script>')
    expect(index.raw).not.toContain('<b>exercises')
    expect(index.raw).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(index.root.querySelector('#dataset-tsukigata-drills')?.text).toContain(
      '月形町の防災訓練 <script>alert("x")</script>',
    )
    expect(index.root.querySelectorAll('script')).toHaveLength(0)
    // Defence in depth: the pages need no script, so none may run.
    expect((await fetch(`${site.url}/opendata/`)).headers.get('content-security-policy')).toContain(
      "default-src 'none'",
    )
    const drills = await page('/opendata/datasets/tsukigata-drills')
    expect(drills.root.querySelector('title')?.text).toBe(
      '月形町の防災訓練 <script>alert("x")</script> | 南空知圏域オープンデータ',
    )
    expect(drills.root.querySelectorAll('img')).toHaveLength(0)
    const preview = drills.root
      .querySelectorAll('table')
      .find((table) => table.querySelector('caption')?.text.includes('先頭'))
    expect(preview?.querySelector('tbody td')?.text).toBe('<img src=x onerror=alert(1)>')
  })

  it('has a changelog of rows added, changed and removed', async () => {
    const { root } = await page('/opendata/')
    const changelog = root
      .querySelectorAll('table')
      .find((table) => table.querySelector('caption')?.text.includes('変更件数'))
    expect(changelog?.querySelector('caption')?.text).toContain('20261101T010000000Z')
    const row = changelog
      ?.querySelectorAll('tbody tr')
      .find((tr) => tr.querySelector('th')?.text.includes('指定緊急避難場所一覧'))
    expect(row?.querySelectorAll('td').map((td) => td.text)).toEqual(['2', '1', '0'])
  })

  it('shows a dataset with a preview of the first 20 rows of its CSV and their coordinates', async () => {
    const { status, root } = await page('/opendata/datasets/evacuation-space')
    expect(status).toBe(200)
    expect(root.querySelector('title')?.text).toBe('指定緊急避難場所一覧 | 南空知圏域オープンデータ')
    expect(root.querySelectorAll('h2').map((h) => h.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('プレビュー'), expect.stringContaining('位置')]),
    )
    const preview = root
      .querySelectorAll('table')
      .find((table) => table.querySelector('caption')?.text.includes('先頭'))
    expect(preview?.querySelector('caption')?.text).toContain('evacuation-space.csv の先頭 20 行')
    // The BOM is gone from the first column name.
    expect(preview?.querySelectorAll('thead th').map((th) => th.text)).toEqual([
      '名称',
      '住所',
      '緯度',
      '経度',
      '収容人数',
    ])
    expect(preview?.querySelectorAll('tbody tr')).toHaveLength(20)
    expect(preview?.querySelector('tbody td')?.text).toBe('避難場所1')
    const points = root.querySelectorAll('li').filter((li) => li.querySelector('.coord'))
    expect(points).toHaveLength(20)
    expect(points[0]?.text).toBe('避難場所1: 43.000000, 141.700000')
    expect(root.text).toContain('このデータセットはサンプルデータです')
    expectAccessibleTables(root)
  })

  it('still shows a dataset whose CSV is missing from disk, without a preview', async () => {
    const file = join(site.dir, 'releases', '20261125T010000000Z', 'tsukigata-drills.csv')
    await rename(file, `${file}.away`)
    try {
      const { status, root } = await page('/opendata/datasets/tsukigata-drills')
      expect(status).toBe(200)
      expect(root.text).toContain('プレビューできるCSVがありません')
      expect((await fetch(`${site.url}/opendata/files/tsukigata-drills.csv`)).status).toBe(404)
    } finally {
      await rename(`${file}.away`, file)
    }
  })

  it('answers an unknown dataset with a 404 page', async () => {
    const { status, root } = await page('/opendata/datasets/no-such-thing')
    expect(status).toBe(404)
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('ja')
    expect(root.querySelector('h1')?.text).toContain('見つかりません')
  })

  it('has captions and scoped header cells on every table of the index', async () => {
    expectAccessibleTables((await page('/opendata/')).root)
  })

  it('links only to addresses that resolve', async () => {
    const visited = new Set<string>()
    const queue = ['/opendata/']
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      if (visited.has(path)) continue
      visited.add(path)
      const response = await fetch(new URL(path, site.url))
      expect(response.status, path).toBe(200)
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) {
        await response.arrayBuffer()
        continue
      }
      const root = parse(await response.text())
      for (const link of [...hrefs(root), ...root.querySelectorAll('link').map((l) => l.getAttribute('href') ?? '')]) {
        if (link.startsWith('https://creativecommons.org/')) continue // external: the license itself
        // The gateway's Atom feeds (not part of this open-data-only server): followed in event-stream.test.ts.
        if (ATOM_PATHS.includes(link)) continue
        if (link.startsWith('#')) continue // the skip link to <main>
        expect(link.startsWith('/'), `${path} links to ${link}`).toBe(true)
        if (!visited.has(link)) queue.push(link)
      }
    }
    // The index, 3 dataset pages, every file (current and release-fixed links), the catalogs.
    expect(visited.size).toBeGreaterThan(25)
    expect([...visited]).toContain('/opendata/releases/20261125T010000000Z/files/evacuation-space.csv')
  })
})
