import { beforeAll, describe, expect, it } from 'vitest'
import {
  csv,
  standardDatasets,
  useOpenDataServer,
  writeRelease,
  type FixtureDataset,
} from '../../../test/support/opendata-fixture.js'

interface Envelope {
  help: string
  success: boolean
  result?: unknown
  error?: { __type: string; message: string }
}
interface Pkg {
  id: string
  name: string
  title: string
  metadata_modified: string
  organization: { id: string; name: string; title: string }
  tags: { name: string }[]
  resources: {
    id: string
    package_id: string
    name: string
    description: string
    url: string
    format: string
    position: number
    mimetype: string
    size: number
    hash: string
    last_modified: string
  }[]
  extras: { key: string; value: string }[]
  license_id: string
  license_url: string
}
interface SearchResult {
  count: number
  results: Pkg[]
  facets: Record<string, Record<string, number>>
  search_facets: Record<string, { items: { name: string; display_name: string; count: number }[] }>
}

interface FixtureTown {
  id: string
  ja: string
  en: string
  code: string
}
const TOWNS: [FixtureTown, FixtureTown] = [
  { id: 'iwamizawa', ja: '岩見沢市', en: 'Iwamizawa', code: '012106' },
  { id: 'naganuma', ja: '長沼町', en: 'Naganuma', code: '014281' },
]

/** 22 more datasets with distinct modification times, so paging has several pages. */
function extraDatasets(): FixtureDataset[] {
  return Array.from({ length: 22 }, (_, index) => {
    const town = TOWNS[index % 2] ?? TOWNS[0]
    const day = String(index + 1).padStart(2, '0')
    return {
      id: `extra-${day}`,
      title: { ja: `追加データ${day}`, en: `Extra ${day}` },
      keywords: ['統計'],
      theme: 'ict',
      publisher: { id: town.id, name: { ja: town.ja, en: town.en }, municipalityCode: town.code },
      modified: `2026-03-${day}T00:00:00.000Z`,
      created: `2026-03-01T00:00:00.000Z`,
      files: [{ path: `extra-${day}.csv`, content: csv([['a'], [day]]) }],
    }
  })
}

const site = useOpenDataServer()

async function action(name: string, params: Record<string, string> = {}): Promise<{ status: number; body: Envelope }> {
  const response = await fetch(`${site.url}/api/3/action/${name}?${new URLSearchParams(params).toString()}`)
  return { status: response.status, body: (await response.json()) as Envelope }
}
async function result<T>(name: string, params: Record<string, string> = {}): Promise<T> {
  const { status, body } = await action(name, params)
  expect(status, JSON.stringify(body.error)).toBe(200)
  expect(body.success).toBe(true)
  return body.result as T
}

describe('CKAN API before any release', () => {
  it('answers with empty lists', async () => {
    expect(await result('package_list')).toEqual([])
    expect(await result('organization_list')).toEqual([])
    expect(await result<SearchResult>('package_search')).toMatchObject({ count: 0, results: [] })
    expect((await action('package_show', { id: 'evacuation-space' })).status).toBe(404)
  })
})

describe('CKAN Action API', () => {
  beforeAll(async () => {
    await writeRelease(site.dir, {
      releaseId: '20261125T010000000Z',
      datasets: [...standardDatasets(), ...extraDatasets()],
    })
  })

  it('wraps results in the envelope with a help URL', async () => {
    const { status, body } = await action('status_show')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      success: true,
      result: { ckan_version: '2.11.0', locale_default: 'ja', release_id: '20261125T010000000Z' },
    })
    expect(body.help).toBe(`${site.url}/api/3/action/help_show?name=status_show`)
    expect(await result<string>('help_show', { name: 'package_search' })).toContain('fq')
  })

  it('names an unknown action with 400 and a missing package with 404, in the error envelope', async () => {
    const unknown = await action('package_delete')
    expect(unknown.status).toBe(400)
    expect(unknown.body).toMatchObject({ success: false, error: { __type: 'Bad Request' } })
    const missing = await action('package_show', { id: 'no-such-dataset' })
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ success: false, error: { __type: 'Not Found Error', message: 'Not found' } })
    const noId = await action('package_show')
    expect(noId.status).toBe(409)
    expect(noId.body).toMatchObject({ success: false, error: { __type: 'Validation Error', id: ['Missing value'] } })
    expect((await action('organization_show', { id: 'sapporo' })).body.error?.__type).toBe('Not Found Error')
  })

  it('lists package names in order, with limit and offset', async () => {
    const names = await result<string[]>('package_list')
    expect(names).toHaveLength(27) // 25 datasets and the two towns' shares of evacuation-space
    expect(names).toEqual([...names].sort())
    expect(await result('package_list', { limit: '2', offset: '1' })).toEqual(names.slice(1, 3))
  })

  it('shows a package with resources by name or id', async () => {
    const pkg = await result<Pkg>('package_show', { id: 'evacuation-space' })
    expect(pkg).toMatchObject({
      name: 'evacuation-space',
      title: '指定緊急避難場所一覧',
      license_id: 'CC-BY-4.0',
      license_url: 'https://creativecommons.org/licenses/by/4.0/',
      organization: { name: 'minamisorachi', title: '南空知圏域' },
      // CKAN's own format: naive UTC with microseconds, no offset.
      metadata_modified: '2026-11-20T00:00:00.000000',
      metadata_created: '2026-01-05T00:00:00.000000',
      num_resources: 6,
      state: 'active',
      groups: [{ name: 'disaster', title: '防災' }],
    })
    expect(pkg.resources.map((resource) => resource.position)).toEqual([0, 1, 2, 3, 4, 5])
    expect(pkg.extras).toContainEqual({ key: 'is_sample', value: 'true' })
    expect(pkg.tags.map((tag) => tag.name)).toEqual(expect.arrayContaining(['防災', '避難場所']))
    expect(pkg.resources).toHaveLength(6)
    for (const resource of pkg.resources) {
      expect(resource.package_id).toBe(pkg.id)
      expect(resource.hash).toMatch(/^sha256:[0-9a-f]{64}$/)
      const download = await fetch(resource.url)
      expect(download.status, resource.url).toBe(200)
      expect(download.headers.get('content-type')).toBe(resource.mimetype)
      expect(Number(download.headers.get('content-length'))).toBe(resource.size)
      expect(download.headers.get('etag')).toBe(`"${resource.hash.slice('sha256:'.length)}"`)
      await download.arrayBuffer()
    }
    expect(await result<Pkg>('package_show', { id: pkg.id })).toEqual(pkg)
  })

  it("shows a town's share of a region-wide dataset as its own package in the town's organization", async () => {
    const share = await result<Pkg>('package_show', { id: 'evacuation-space-014303' })
    expect(share).toMatchObject({
      title: '指定緊急避難場所一覧（月形町）',
      organization: { name: 'tsukigata', title: '月形町' },
    })
    expect(share.resources.map((resource) => resource.url)).toEqual([
      `${site.url}/opendata/files/towns/014303_evacuation-space.csv`,
    ])
    // Named by the town's name, as the portal labels the file (the release's title carries the code).
    expect(share.resources.map((resource) => [resource.name, resource.description])).toEqual([
      ['月形町 の指定緊急避難場所', 'Evacuation sites of Tsukigata Town'],
    ])
    expect(share.extras).toContainEqual({ key: 'region_package', value: 'evacuation-space' })
    expect(share.extras).toContainEqual({ key: 'municipality_codes', value: '014303' })
    const region = await result<Pkg>('package_show', { id: 'evacuation-space' })
    expect(region.resources.map((resource) => resource.id)).not.toContain(share.resources[0]?.id)
  })

  it('pages through package_search with start and rows until exhausted, in a stable order', async () => {
    const first = await result<SearchResult>('package_search')
    expect(first.count).toBe(27)
    expect(first.results).toHaveLength(10) // CKAN's default rows
    const seen: string[] = []
    for (let start = 0; ; start += 7) {
      const page = await result<SearchResult>('package_search', { start: String(start), rows: '7' })
      expect(page.count).toBe(27)
      if (page.results.length === 0) break
      seen.push(...page.results.map((pkg) => pkg.name))
    }
    expect(seen).toHaveLength(27)
    expect(new Set(seen).size).toBe(27)
    // Default order: most recently modified first.
    expect(seen[0]).toBe('evacuation-space')
    const modified = first.results.map((pkg) => pkg.metadata_modified)
    expect(modified).toEqual([...modified].sort().reverse())
    expect((await result<SearchResult>('package_search', { rows: '5000' })).results).toHaveLength(27)
  })

  it('refuses bad paging values with 409 Validation Error', async () => {
    for (const params of [{ rows: '-1' }, { rows: 'ten' }, { start: '-5' }] as Record<string, string>[]) {
      const { status, body } = await action('package_search', params)
      expect(status, JSON.stringify(params)).toBe(409)
      expect(body.error?.__type).toBe('Validation Error')
    }
  })

  it('searches q over titles, notes and tags in Japanese and English', async () => {
    const names = async (params: Record<string, string>) =>
      (await result<SearchResult>('package_search', { rows: '100', ...params })).results.map((p) => p.name).sort()
    const shelters = ['evacuation-space', 'evacuation-space-014290', 'evacuation-space-014303']
    expect(await names({ q: '避難場所' })).toEqual(shelters)
    expect(await names({ q: 'evacuation' })).toEqual(shelters)
    // The town's package, and the regional one, whose resources include 栗山町's file (by name, as CKAN indexes them).
    expect(await names({ q: 'evacuation kuriyama' })).toEqual(['evacuation-space', 'evacuation-space-014290'])
    expect(await names({ q: 'GTFS' })).toEqual(['regional-gtfs'])
    expect(await names({ q: '防災 訓練' })).toEqual(['tsukigata-drills'])
    expect(await names({ q: '存在しない語' })).toEqual([])
    expect((await names({ q: '*:*' })).length).toBe(27)
  })

  it('ignores full-width/half-width forms, case and katakana/hiragana, in q, fielded q and autocomplete', async () => {
    const names = async (params: Record<string, string>) =>
      (await result<SearchResult>('package_search', { rows: '100', ...params })).results.map((p) => p.name).sort()
    expect(await names({ q: 'ＧＴＦＳ' })).toEqual(['regional-gtfs'])
    expect(await names({ q: 'ｇｔｆｓ－ｊｐ' })).toEqual(['regional-gtfs'])
    expect(await names({ q: 'title:ｇｔｆｓ' })).toEqual(['regional-gtfs'])
    expect(await names({ q: 'ばす情報' })).toEqual(['regional-gtfs'])
    expect(await names({ q: 'ﾊﾞｽ情報' })).toEqual(['regional-gtfs'])
    const completions = await result<{ name: string }[]>('package_autocomplete', { q: 'ＧＴＦＳ' })
    expect(completions.map((c) => c.name)).toEqual(['regional-gtfs'])
  })

  it('filters with fq: organization, tags, res_format, metadata_modified ranges, combined', async () => {
    const search = (fq: string, extra: Record<string, string> = {}) =>
      result<SearchResult>('package_search', { fq, rows: '100', ...extra })
    expect((await search('organization:tsukigata')).results.map((p) => p.name)).toEqual([
      'evacuation-space-014303',
      'tsukigata-drills',
    ])
    expect((await search('organization:iwamizawa')).count).toBe(11)
    expect((await search('tags:GTFS')).results.map((p) => p.name)).toEqual(['regional-gtfs'])
    expect((await search('res_format:GeoJSON')).results.map((p) => p.name)).toEqual(['evacuation-space'])
    expect((await search('res_format:csv')).count).toBe(26)
    expect((await search('metadata_modified:[2026-06-01T00:00:00Z TO *]')).results.map((p) => p.name)).toEqual([
      'evacuation-space',
      'evacuation-space-014290',
      'evacuation-space-014303',
      'regional-gtfs',
      'tsukigata-drills',
    ])
    expect((await search('metadata_modified:{2026-06-01T00:00:00Z TO *]')).count).toBe(4)
    expect((await search('metadata_modified:[* TO 2026-03-05T00:00:00Z]')).count).toBe(5)
    expect((await search('metadata_modified:[2026-03-10 TO 2026-03-12]')).count).toBe(3)
    expect((await search('organization:minamisorachi AND tags:防災')).results.map((p) => p.name)).toEqual([
      'evacuation-space',
    ])
    expect((await search('tags:防災 res_format:CSV', { q: '訓練' })).results.map((p) => p.name)).toEqual([
      'tsukigata-drills',
    ])
    expect((await search('tags:"防災"')).count).toBe(4)
    expect((await search('-organization:iwamizawa')).count).toBe(16)
  })

  it('answers what Solr would refuse with 409 Search Error, a sort CKAN cannot read with 400, never 500', async () => {
    for (const params of [
      { fq: 'colour:blue' },
      { fq: 'metadata_modified:[yesterday TO *]' },
      { fq: 'organization:(a OR' },
      { fq: '__proto__:x' },
      { fq: 'constructor:x' },
      { q: 'toString:x' },
      { sort: 'size desc' },
      { sort: 'constructor asc' },
    ] as Record<string, string>[]) {
      const { status, body } = await action('package_search', params)
      expect(status, JSON.stringify(params)).toBe(409)
      expect(body).toMatchObject({ success: false, error: { __type: 'Search Error' } })
      expect(body.error?.message).toMatch(/^Search error: Search Query is invalid: /)
    }
    for (const sort of ['name sideways', 'name', '__proto__', 'hasOwnProperty', 'name asc desc']) {
      const { status, body } = await action('package_search', { sort })
      expect(status, sort).toBe(400)
      expect(body).toMatchObject({ success: false, error: { __type: 'Search Query Error' } })
      expect(body.error?.message).toMatch(/^Search Query is invalid: Invalid "sort" parameter/)
    }
    for (const name of ['__proto__', 'constructor', 'toString']) {
      expect((await action(name)).status, name).toBe(400)
      expect((await action('help_show', { name })).status, name).toBe(404)
    }
  })

  it('sorts by name and by modification time', async () => {
    const sorted = async (sort: string) =>
      (await result<SearchResult>('package_search', { sort, rows: '100' })).results.map((p) => p.name)
    const byName = await sorted('name asc')
    expect(byName).toEqual([...byName].sort())
    expect(await sorted('name desc')).toEqual([...byName].reverse())
    const oldestFirst = await sorted('metadata_modified asc')
    expect(oldestFirst[0]).toBe('extra-01')
    expect(oldestFirst.at(-1)).toBe('evacuation-space-014303')
    expect((await sorted('score desc, metadata_modified desc'))[0]).toBe('evacuation-space')
  })

  it('returns facets over the matches for the facet.field asked (none unless asked, as CKAN)', async () => {
    expect((await result<SearchResult>('package_search', { rows: '0' })).facets).toEqual({})
    const { facets, search_facets } = await result<SearchResult>('package_search', {
      rows: '0',
      'facet.field': '["organization","res_format","groups"]',
    })
    expect(facets['organization']).toEqual({ iwamizawa: 11, naganuma: 11, minamisorachi: 2, tsukigata: 2, kuriyama: 1 })
    expect(facets['res_format']?.['GTFS']).toBe(1)
    expect(facets['groups']).toEqual({ disaster: 4, ict: 22, transit: 1 })
    // CKAN sorts search_facets items by display name, descending.
    const displayed = search_facets['organization']?.items.map((item) => item.display_name) ?? []
    expect(displayed).toEqual([...displayed].sort().reverse())
    const only = await result<SearchResult>('package_search', {
      'facet.field': '["tags"]',
      fq: 'organization:minamisorachi',
    })
    expect(Object.keys(only.facets)).toEqual(['tags'])
    expect(only.facets['tags']?.['防災']).toBe(1)
  })

  it('takes parameters from a POSTed JSON body, and answers a body that is not JSON with 400', async () => {
    const response = await fetch(`${site.url}/api/3/action/package_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fq: 'organization:naganuma', rows: 3, start: 9, sort: 'name asc' }),
    })
    const body = (await response.json()) as Envelope
    expect(response.status).toBe(200)
    expect(body.result).toMatchObject({ count: 11, results: [{ name: 'extra-20' }, { name: 'extra-22' }] })
    const shown = await fetch(`${site.url}/api/3/action/package_show`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id":"regional-gtfs"}',
    })
    expect(((await shown.json()) as Envelope).result).toMatchObject({ name: 'regional-gtfs' })
    const broken = await fetch(`${site.url}/api/3/action/package_show`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id":',
    })
    expect(broken.status).toBe(400)
    expect(await broken.json()).toMatchObject({
      success: false,
      error: { __type: 'Bad Request', message: expect.stringContaining('JSON') as unknown },
    })
  })

  it('lists and shows organizations: the towns that publish and the region', async () => {
    expect(await result('organization_list')).toEqual([
      'iwamizawa',
      'kuriyama',
      'minamisorachi',
      'naganuma',
      'tsukigata',
    ])
    const all = await result<{ name: string; title: string; package_count: number }[]>('organization_list', {
      all_fields: 'true',
    })
    // 月形町 publishes in its own name and also has its share of the regional dataset; 栗山町 only the share.
    expect(all).toContainEqual(expect.objectContaining({ name: 'tsukigata', title: '月形町', package_count: 2 }))
    expect(all).toContainEqual(expect.objectContaining({ name: 'kuriyama', title: '栗山町', package_count: 1 }))
    expect(await result('organization_list', { sort: 'package_count desc', limit: '2' })).toEqual([
      'iwamizawa',
      'naganuma',
    ])
    const region = await result<{ id: string; name: string; package_count: number }>('organization_show', {
      id: 'minamisorachi',
    })
    expect(region).toMatchObject({ name: 'minamisorachi', package_count: 2 })
    const byId = await result<{ packages: Pkg[] }>('organization_show', { id: region.id, include_datasets: 'true' })
    expect(byId.packages.map((p) => p.name).sort()).toEqual(['evacuation-space', 'regional-gtfs'])
  })

  it('lists current packages with resources, newest first, with limit and offset', async () => {
    const all = await result<Pkg[]>('current_package_list_with_resources')
    expect(all).toHaveLength(27)
    expect(all[0]?.name).toBe('evacuation-space')
    expect(all[0]?.resources.length).toBeGreaterThan(0)
    const page = await result<Pkg[]>('current_package_list_with_resources', { limit: '3', offset: '2' })
    expect(page.map((p) => p.name)).toEqual(all.slice(2, 5).map((p) => p.name))
  })
})
