import { mkdir, writeFile, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ReleaseManifest } from '../release-manifest.js'
import {
  csv,
  pointCurrentAt,
  standardDatasets,
  startOpenDataServer,
  tempOpenDataDir,
  useOpenDataServer,
  STANDARD_RELEASE_FILES,
  writeRelease,
} from '../../../test/support/opendata-fixture.js'

const FIRST = '20261101T010000000Z'
const SECOND = '20261125T010000000Z'

const site = useOpenDataServer()
let first: ReleaseManifest

/** A request exactly as written: fetch would normalise `..` segments away before they reach the server. */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      let body = ''
      res.setEncoding('latin1')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body })
      })
    })
    req.on('error', reject)
    req.end()
  })
}

describe('before any release', () => {
  it('answers 404 for files', async () => {
    expect((await fetch(`${site.url}/opendata/files/evacuation-space.csv`)).status).toBe(404)
  })
})

describe('release files', () => {
  beforeAll(async () => {
    first = await writeRelease(site.dir, {
      releaseId: FIRST,
      publishedAt: '2026-11-01T01:00:00.000Z',
      datasets: standardDatasets(),
      files: STANDARD_RELEASE_FILES,
    })
  })

  const distribution = (path: string) => {
    const found = [...first.datasets.flatMap((d) => d.distributions), ...first.files].find((d) => d.path === path)
    if (!found) throw new Error(path)
    return found
  }

  it('serves a listed file with its media type, length, strong ETag, Last-Modified and cache headers', async () => {
    const response = await fetch(`${site.url}/opendata/files/evacuation-space.csv`)
    const bytes = Buffer.from(await response.arrayBuffer())
    const listed = distribution('evacuation-space.csv')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-length')).toBe(String(listed.byteSize))
    expect(response.headers.get('etag')).toBe(`"${listed.sha256}"`)
    expect(response.headers.get('last-modified')).toBe('Sun, 01 Nov 2026 01:00:00 GMT')
    expect(response.headers.get('accept-ranges')).toBe('bytes')
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/)
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(listed.sha256)
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it.each([
    ['regional-gtfs.zip', 'application/zip'],
    ['evacuation-space.geojson', 'application/geo+json'],
    ['evacuation-space.json', 'application/json'],
    ['towns/014303_evacuation-space.csv', 'text/csv; charset=utf-8'],
    ['datapackage.json', 'application/json'],
  ])('serves %s as %s', async (path, type) => {
    const response = await fetch(`${site.url}/opendata/files/${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect((await response.arrayBuffer()).byteLength).toBe(distribution(path).byteSize)
  })

  it('answers HEAD with the headers and no body', async () => {
    const response = await fetch(`${site.url}/opendata/files/regional-gtfs.zip`, { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-length')).toBe('5000')
    expect(response.headers.get('etag')).toBe(`"${distribution('regional-gtfs.zip').sha256}"`)
    expect((await response.arrayBuffer()).byteLength).toBe(0)
  })

  it('answers conditional GETs with 304 (If-None-Match, If-Modified-Since) and the full file when stale', async () => {
    const etag = `"${distribution('regional-gtfs.zip').sha256}"`
    const url = `${site.url}/opendata/files/regional-gtfs.zip`
    const byTag = await fetch(url, { headers: { 'if-none-match': `"other", ${etag}` } })
    expect(byTag.status).toBe(304)
    expect(byTag.headers.get('etag')).toBe(etag)
    expect((await byTag.arrayBuffer()).byteLength).toBe(0)
    expect((await fetch(url, { headers: { 'if-none-match': `W/${etag}` } })).status).toBe(304)
    expect((await fetch(url, { headers: { 'if-none-match': '"other"' } })).status).toBe(200)
    expect((await fetch(url, { headers: { 'if-modified-since': 'Sun, 01 Nov 2026 01:00:00 GMT' } })).status).toBe(304)
    expect((await fetch(url, { headers: { 'if-modified-since': 'Sat, 31 Oct 2026 00:00:00 GMT' } })).status).toBe(200)
    // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
    expect(
      (
        await fetch(url, {
          headers: { 'if-none-match': '"other"', 'if-modified-since': 'Sun, 01 Nov 2026 01:00:00 GMT' },
        })
      ).status,
    ).toBe(200)
    expect((await fetch(url, { headers: { 'if-match': '"other"' } })).status).toBe(412)
  })

  it('serves single byte ranges with 206 and Content-Range', async () => {
    const url = `${site.url}/opendata/files/regional-gtfs.zip`
    const whole = Buffer.from(await (await fetch(url)).arrayBuffer())
    const cases: [string, number, number][] = [
      ['bytes=0-99', 0, 99],
      ['bytes=4990-', 4990, 4999],
      ['bytes=-10', 4990, 4999],
      ['bytes=100-100000', 100, 4999],
    ]
    for (const [range, start, end] of cases) {
      const response = await fetch(url, { headers: { range } })
      expect(response.status, range).toBe(206)
      expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/5000`)
      expect(response.headers.get('content-length')).toBe(String(end - start + 1))
      expect(Buffer.from(await response.arrayBuffer()).equals(whole.subarray(start, end + 1))).toBe(true)
    }
  })

  it('answers 416 for unsatisfiable ranges and ignores ranges it does not serve', async () => {
    const url = `${site.url}/opendata/files/regional-gtfs.zip`
    for (const range of ['bytes=5000-', 'bytes=9999-10000', 'bytes=-0']) {
      const response = await fetch(url, { headers: { range } })
      expect(response.status, range).toBe(416)
      expect(response.headers.get('content-range')).toBe('bytes */5000')
    }
    for (const range of ['bytes=0-1,5-6', 'items=0-5', 'bytes=9-3']) {
      expect((await fetch(url, { headers: { range } })).status, range).toBe(200)
    }
  })

  it('honours If-Range: the range when the validator matches, the whole file when it does not', async () => {
    const url = `${site.url}/opendata/files/regional-gtfs.zip`
    const etag = `"${distribution('regional-gtfs.zip').sha256}"`
    expect((await fetch(url, { headers: { range: 'bytes=0-9', 'if-range': etag } })).status).toBe(206)
    expect(
      (await fetch(url, { headers: { range: 'bytes=0-9', 'if-range': 'Sun, 01 Nov 2026 01:00:00 GMT' } })).status,
    ).toBe(206)
    const stale = await fetch(url, { headers: { range: 'bytes=0-9', 'if-range': '"old"' } })
    expect(stale.status).toBe(200)
    expect(stale.headers.get('content-length')).toBe('5000')
    expect(
      (await fetch(url, { headers: { range: 'bytes=0-9', 'if-range': 'Sat, 31 Oct 2026 00:00:00 GMT' } })).status,
    ).toBe(200)
  })

  it('refuses traversal, absolute paths and files the manifest does not list', async () => {
    for (const path of [
      '/opendata/files/../releases/' + FIRST + '/manifest.json',
      '/opendata/files/%2e%2e/%2e%2e/package.json',
      '/opendata/files/%2E%2E%2Fcurrent%2Fmanifest.json',
      '/opendata/files/towns/..%2f..%2fmanifest.json',
      '/opendata/files//etc/passwd',
      '/opendata/files/%2Fetc%2Fpasswd',
      '/opendata/files/manifest.json',
      '/opendata/files/towns/',
      '/opendata/files/',
      '/opendata/files/evacuation-space.csv%00.txt',
      '/opendata/releases/..%2F..%2F/files/manifest.json',
      `/opendata/releases/${FIRST}/files/manifest.json`,
      `/opendata/releases/${FIRST}/files/../manifest.json`,
    ]) {
      const response = await rawGet(site.url, path)
      expect(response.status, path).toBe(404)
      expect(response.body, path).not.toContain('releaseId')
    }
  })

  it('picks up a new release when current moves, and keeps the old one at its immutable address', async () => {
    const rows = [
      ['名称', '緯度', '経度'],
      ['新しい避難場所', '43.1', '141.8'],
    ]
    const datasets = standardDatasets()
    const shelters = datasets[0]
    if (!shelters) throw new Error('fixture')
    shelters.files = [{ path: 'evacuation-space.csv', content: csv(rows) }]
    const second = await writeRelease(site.dir, {
      releaseId: SECOND,
      publishedAt: '2026-11-25T01:00:00.000Z',
      previousReleaseId: FIRST,
      datasets,
      current: false,
    })
    const url = `${site.url}/opendata/files/evacuation-space.csv`
    expect((await fetch(url)).headers.get('etag')).toBe(`"${distribution('evacuation-space.csv').sha256}"`)

    await pointCurrentAt(site.dir, SECOND)
    const now = await fetch(url)
    const secondCsv = second.datasets[0]?.distributions[0]
    expect(now.headers.get('etag')).toBe(`"${secondCsv?.sha256}"`)
    expect(await now.text()).toContain('新しい避難場所')
    // Files only the old release had are gone from /files/ but kept at the release's own address.
    expect((await fetch(`${site.url}/opendata/files/datapackage.json`)).status).toBe(404)
    const old = await fetch(`${site.url}/opendata/releases/${FIRST}/files/evacuation-space.csv`)
    expect(old.status).toBe(200)
    expect(old.headers.get('etag')).toBe(`"${distribution('evacuation-space.csv').sha256}"`)
    expect(old.headers.get('cache-control')).toContain('immutable')
    expect(
      (
        await fetch(`${site.url}/opendata/releases/${FIRST}/files/towns/014303_evacuation-space.csv`, {
          method: 'HEAD',
        })
      ).status,
    ).toBe(200)
    expect((await fetch(`${site.url}/opendata/releases/20200101T000000000Z/files/evacuation-space.csv`)).status).toBe(
      404,
    )

    await pointCurrentAt(site.dir, FIRST)
    expect((await fetch(url)).headers.get('etag')).toBe(`"${distribution('evacuation-space.csv').sha256}"`)
  })
})

describe('a broken pointer or manifest', () => {
  it('answers 500 while current names a missing or invalid release, and recovers when it is fixed', async () => {
    const broken = await tempOpenDataDir()
    const app = await startOpenDataServer(broken.dir)
    try {
      await symlink('releases/20261125T010000000Z', join(broken.dir, 'current'))
      expect((await fetch(`${app.url}/opendata/`)).status).toBe(500)
      await mkdir(join(broken.dir, 'releases', '20261125T010000000Z'), { recursive: true })
      await writeFile(
        join(broken.dir, 'releases', '20261125T010000000Z', 'manifest.json'),
        '{"releaseId": "half-written"',
      )
      expect((await fetch(`${app.url}/api/3/action/package_list`)).status).toBe(500)
      // The publisher finishes the release: the failed read was not cached.
      await writeRelease(broken.dir, { releaseId: '20261125T010000000Z', datasets: standardDatasets(), current: false })
      expect((await fetch(`${app.url}/opendata/files/regional-gtfs.zip`, { method: 'HEAD' })).status).toBe(200)
    } finally {
      await app.close()
      await broken.remove()
    }
  })
})
