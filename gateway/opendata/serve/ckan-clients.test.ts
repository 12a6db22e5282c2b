import { get } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  csv,
  standardDatasets,
  startOpenDataServer,
  tempOpenDataDir,
  writeRelease,
  type FixtureDataset,
} from '../../../test/support/opendata-fixture.js'

/**
 * The CKAN Action API as real clients drive it, request for request (read from their source):
 * ckanext-harvest's CKANHarvester (gather_stage/_search_for_datasets, ckanext/harvest/harvesters/
 * ckanharvester.py) and ckanapi's RemoteCKAN (ckanapi/remoteckan.py + common.py prepare_action /
 * reverse_apicontroller_action).
 */

interface Pkg {
  id: string
  name: string
  type: string
  owner_org: string
  organization: { name: string; created: string }
  metadata_modified: string
  metadata_created: string
  groups: { id: string; name: string }[]
  resources: { id: string; url: string; size: number; url_type: null; last_modified: string; num_rows?: number }[]
  extras: { key: string; value: string }[]
}

const TOWN_CODES = ['012106', '012092', '012157', '012220', '014231', '014273', '014281', '014290', '014303']
const NAIVE_MICROSECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/

/** 130 more datasets (two harvester pages) plus a regional dataset cut into nine towns' files. */
function manyDatasets(): FixtureDataset[] {
  const extras = Array.from({ length: 130 }, (_, index) => ({
    id: `stat-${String(index).padStart(3, '0')}`,
    keywords: [index % 2 === 0 ? '統計' : '人口'],
    theme: index % 3 === 0 ? 'ict' : 'agreement',
    modified: new Date(Date.UTC(2026, 0, 1 + (index % 28), 0, 0, 0, index)).toISOString(),
    files: [{ path: `stat-${index}.csv`, content: csv([['a'], [String(index)]]) }],
  }))
  const towns: FixtureDataset = {
    id: 'shelters',
    rowCount: 45,
    modified: '2026-11-01T00:00:00.000Z',
    files: [
      {
        path: 'shelters.csv',
        content: csv([['名称'], ...TOWN_CODES.flatMap(() => [['a'], ['b'], ['c'], ['d'], ['e']])]),
      },
      ...TOWN_CODES.map((code, index) => ({
        path: `towns/${code}_shelters.csv`,
        content: csv([['名称'], ...Array.from({ length: index + 1 }, () => [code])]),
        municipalityCode: code,
        rowCount: index + 1,
        // Only 月形町's own file changed in the latest release.
        modified: code === '014303' ? '2026-11-01T00:00:00.000Z' : '2026-05-01T00:00:00.000Z',
      })),
    ],
  }
  return [...standardDatasets(), towns, ...extras]
}

let dir: { dir: string; remove: () => Promise<void> }
let server: { url: string; close: () => Promise<void> }

beforeAll(async () => {
  dir = await tempOpenDataDir()
  await writeRelease(dir.dir, { releaseId: '20261125T010000000Z', datasets: manyDatasets() })
  server = await startOpenDataServer(dir.dir)
})
afterAll(async () => {
  await server.close()
  await dir.remove()
})

/** A GET with any Host header (fetch will not send one it did not derive from the URL). */
function getWithHost(url: string, headers: Record<string, string>): Promise<{ body: string; vary: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        body += chunk
      })
      response.on('end', () => {
        resolve({ body, vary: response.headers.vary ?? '' })
      })
    }).on('error', reject)
  })
}

/** ckanext-harvest's `_get_content`: requests.get(url), the text. */
const getContent = async (url: string) => (await fetch(url)).text()

/** ckanext-harvest's `_search_for_datasets`, line for line. */
async function harvesterSearch(base: string, fqTerms: string[]): Promise<Pkg[]> {
  const params: Record<string, string> = { rows: '100', start: '0', sort: 'id asc' }
  if (fqTerms.length > 0) params['fq'] = fqTerms.join(' ')
  const pkgDicts: Pkg[] = []
  const pkgIds = new Set<string>()
  let previous: string | null = null
  for (;;) {
    const content = await getContent(`${base}/api/3/action/package_search?${new URLSearchParams(params).toString()}`)
    if (previous !== null && content === previous) throw new Error("The paging doesn't seem to work")
    previous = content
    const response = JSON.parse(content) as { result?: { results?: Pkg[] } }
    const page = response.result?.results ?? []
    const duplicates = new Set(page.map((pkg) => pkg.id).filter((id) => pkgIds.has(id)))
    const fresh = page.filter((pkg) => !duplicates.has(pkg.id))
    for (const pkg of page) {
      pkgIds.add(pkg.id)
    }
    pkgDicts.push(...fresh)
    if (page.length === 0) break
    params['start'] = String(Number(params['start']) + Number(params['rows']))
  }
  return pkgDicts
}

/** ckanapi RemoteCKAN.call_action: POST {address}/api/action/{name}, JSON body, errors turned back into exceptions. */
async function remoteCkan(action: string, dataDict: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/api/action/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'User-Agent': 'ckanapi/4.8 (+https://github.com/ckan/ckanapi)' },
    body: JSON.stringify(dataDict),
  })
  const parsed = (await response.json()) as {
    success: boolean
    result?: unknown
    error?: { __type?: string; message?: string }
  }
  if (parsed.success) return parsed.result
  const type = parsed.error?.__type ?? ''
  const message = (parsed.error?.message ?? '').split(': ').slice(1).join(': ')
  throw new Error(`${type}|${message}`)
}

describe('ckanext-harvest CKANHarvester', () => {
  it('collects exactly package_list, each package once, paging with rows=100 and sort=id asc', async () => {
    const harvested = await harvesterSearch(server.url, [])
    const list = (await (await fetch(`${server.url}/api/3/action/package_list`)).json()) as { result: string[] }
    expect(harvested.map((pkg) => pkg.name).sort()).toEqual(list.result)
    expect(list.result.length).toBeGreaterThan(140)
    expect(new Set(harvested.map((pkg) => pkg.id)).size).toBe(harvested.length)
    expect(harvested.map((pkg) => pkg.id)).toEqual(harvested.map((pkg) => pkg.id).sort())
    expect(harvested.every((pkg) => pkg.type === 'dataset')).toBe(true)
  })

  it('follows its incremental filters: since-last-time in µs, organizations/groups with OR and -', async () => {
    const since = await harvesterSearch(server.url, ['metadata_modified:[2026-10-31T23:00:00.000001Z TO *]'])
    // Each town's share moved only when its own files did: of the shelters shares, 月形町's alone.
    expect(since.map((pkg) => pkg.name).sort()).toEqual([
      'evacuation-space',
      'evacuation-space-014290',
      'evacuation-space-014303',
      'shelters',
      'shelters-014303',
    ])
    const include = await harvesterSearch(server.url, ['organization:tsukigata OR organization:kuriyama'])
    expect(include.map((pkg) => pkg.organization.name).sort()).toEqual([
      'kuriyama',
      'kuriyama',
      'tsukigata',
      'tsukigata',
      'tsukigata',
    ])
    const exclude = await harvesterSearch(server.url, ['-organization:minamisorachi', '-organization:tsukigata'])
    expect(exclude.some((pkg) => ['minamisorachi', 'tsukigata'].includes(pkg.organization.name))).toBe(false)
    expect(exclude.length).toBeGreaterThan(0)
    const groups = await harvesterSearch(server.url, ['groups:transit OR groups:disaster'])
    expect(new Set(groups.flatMap((pkg) => pkg.groups.map((group) => group.name)))).toEqual(
      new Set(['transit', 'disaster']),
    )
    // Lucene semantics, as on a real CKAN: with q.op=AND, "a OR b c" makes c required and a, b optional.
    const mixed = await harvesterSearch(server.url, [
      'organization:tsukigata OR organization:kuriyama',
      'groups:transit',
    ])
    expect(mixed.map((pkg) => pkg.name)).toEqual(['regional-gtfs'])
  })

  it('gets organizations and groups the way its import stage does, with CKAN timestamps it can compare', async () => {
    const [pkg] = await harvesterSearch(server.url, ['name:evacuation-space'])
    const org = JSON.parse(await getContent(`${server.url}/api/3/action/organization_show?id=${pkg?.owner_org}`)) as {
      result: { name: string }
    }
    expect(org.result.name).toBe('minamisorachi')
    const group = JSON.parse(await getContent(`${server.url}/api/3/action/group_show?id=${pkg?.groups[0]?.id}`)) as {
      result: { name: string }
    }
    expect(group.result.name).toBe('disaster')
    for (const value of [
      pkg?.metadata_modified,
      pkg?.metadata_created,
      pkg?.organization.created,
      pkg?.resources[0]?.last_modified,
    ])
      expect(value).toMatch(NAIVE_MICROSECONDS)
  })
})

describe("a town's share of a regional dataset", () => {
  it("reports the town's own rows, sizes and modification time", async () => {
    const share = (await remoteCkan('package_show', { id: 'shelters-014303' })) as Pkg
    const other = (await remoteCkan('package_show', { id: 'shelters-012106' })) as Pkg
    expect(share.extras).toContainEqual({ key: 'row_count', value: '9' })
    expect(other.extras).toContainEqual({ key: 'row_count', value: '1' })
    expect(share.resources[0]?.num_rows).toBe(9)
    expect(share.resources[0]?.size).not.toBe(other.resources[0]?.size)
    expect(share.metadata_modified).toBe('2026-11-01T00:00:00.000000')
    expect(other.metadata_modified).toBe('2026-05-01T00:00:00.000000')
  })
})

describe('ckanapi RemoteCKAN', () => {
  it('calls actions on the versionless path with a JSON body', async () => {
    expect(await remoteCkan('status_show')).toMatchObject({
      ckan_version: expect.stringMatching(/^2\.\d+\.\d+$/) as unknown,
    })
    const search = (await remoteCkan('package_search', {
      q: 'tags:防災',
      fq: 'res_format:CSV',
      rows: 2,
      sort: 'name asc, title desc',
      'facet.field': ['organization'],
    })) as { count: number; results: Pkg[]; facets: Record<string, Record<string, number>> }
    expect(search.results.map((pkg) => pkg.name)).toEqual(['evacuation-space', 'evacuation-space-014290'])
    expect(Object.keys(search.facets)).toEqual(['organization'])
    await expect(remoteCkan('package_show', { id: 'nothing' })).rejects.toThrow('Not Found Error|')
    await expect(remoteCkan('package_search', { fq: 'colour:blue' })).rejects.toThrow(
      /^Search Error\|Search Query is invalid/,
    )
    await expect(remoteCkan('package_search', { sort: 'name' })).rejects.toThrow(/^Search Query Error\|Invalid "sort"/)
  })

  it('reads groups, tags, licenses, resources, autocomplete and organizations with counts', async () => {
    expect(await remoteCkan('group_list')).toEqual(['agreement', 'disaster', 'ict', 'transit'])
    const groups = (await remoteCkan('group_list', { all_fields: true })) as { name: string; package_count: number }[]
    expect(groups.find((group) => group.name === 'transit')?.package_count).toBe(1)
    expect(await remoteCkan('tag_list')).toEqual(expect.arrayContaining(['GTFS', '防災', '統計']))
    const licenses = (await remoteCkan('license_list')) as { id: string }[]
    const pkg = (await remoteCkan('package_show', { id: 'regional-gtfs' })) as Pkg
    expect(licenses.map((license) => license.id)).toContain((pkg as unknown as { license_id: string }).license_id)
    expect(await remoteCkan('resource_show', { id: pkg.resources[0]?.id })).toMatchObject({
      url: pkg.resources[0]?.url,
      url_type: null,
    })
    expect(await remoteCkan('package_autocomplete', { q: 'gtfs' })).toEqual([
      {
        name: 'regional-gtfs',
        title: '南空知圏域バス情報（GTFS-JP）',
        match_field: 'name',
        match_displayed: 'regional-gtfs',
      },
    ])
    const orgs = (await remoteCkan('organization_list', { all_fields: true, include_dataset_count: false })) as Record<
      string,
      unknown
    >[]
    expect(orgs.length).toBeGreaterThan(5)
    expect(orgs.every((org) => !('package_count' in org))).toBe(true)
    const counted = (await remoteCkan('organization_list', { all_fields: true })) as { package_count: number }[]
    expect(counted.every((org) => org.package_count > 0)).toBe(true)
  })
})

describe('the other paths and request shapes CKAN accepts', () => {
  it('answers /api/2/action, /api/1/action, a form POST, the API roots and the util autocomplete', async () => {
    for (const path of ['/api/2/action/package_list', '/api/1/action/package_list', '/api/action/package_list'])
      expect(((await (await fetch(server.url + path)).json()) as { success: boolean }).success, path).toBe(true)
    expect((await fetch(`${server.url}/api/4/action/package_list`)).status).toBe(404)
    const form = await fetch(`${server.url}/api/3/action/package_show`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'id=regional-gtfs',
    })
    expect(await form.json()).toMatchObject({ success: true, result: { name: 'regional-gtfs' } })
    expect(await (await fetch(`${server.url}/api/3`)).json()).toEqual({ version: 3 })
    expect(await (await fetch(`${server.url}/api/2/util/dataset/autocomplete?incomplete=gtfs`)).json()).toMatchObject({
      ResultSet: { Result: [{ name: 'regional-gtfs' }] },
    })
  })

  it('links only to allow-listed hosts: a forged Host gets relative links and Vary: Host', async () => {
    const forged = await getWithHost(`${server.url}/api/3/action/package_show?id=regional-gtfs`, {
      host: 'evil.example',
    })
    expect(forged.body).not.toContain('evil.example')
    expect(forged.body).toContain('"url":"/opendata/files/regional-gtfs.zip"')
    expect(forged.vary).toMatch(/\bHost\b/)
    for (const path of ['/opendata/catalog.ttl', '/opendata/catalog.jsonld', '/opendata/catalog.rdf']) {
      const catalog = await getWithHost(server.url + path, {
        host: 'evil.example:80',
        'x-forwarded-host': 'evil.example',
      })
      expect(catalog.body, path).not.toContain('evil.example')
      expect(catalog.vary, path).toMatch(/\bHost\b/)
    }
    const honest = JSON.stringify(
      await (await fetch(`${server.url}/api/3/action/package_show?id=regional-gtfs`)).json(),
    )
    expect(honest).toContain(`"url":"${server.url}/opendata/files/regional-gtfs.zip"`)
  })
})
