import { parse, type HTMLElement } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  csv,
  startOpenDataServer,
  startStandardSite,
  type FixtureDataset,
  tempOpenDataDir,
  writeRelease,
} from '../../../test/support/opendata-fixture.js'

/** The portal's search, facets, paging, town pages and English pages, against real release files over HTTP. */

type Server = { url: string; close: () => Promise<void> }
type Dir = { dir: string; remove: () => Promise<void> }
let dir: Dir
let server: Server
let bigDir: Dir
let bigServer: Server

async function page(path: string, on: Server = server): Promise<{ status: number; root: HTMLElement; csp: string }> {
  const response = await fetch(on.url + path)
  return {
    status: response.status,
    root: parse(await response.text()),
    csp: response.headers.get('content-security-policy') ?? '',
  }
}

/** Dataset ids of the results shown. */
const resultIds = (root: HTMLElement) =>
  root.querySelectorAll('ol.results > li h3').map((h3) => (h3.getAttribute('id') ?? '').replace(/^dataset-/, ''))

const link = (root: HTMLElement, selector: string) => root.querySelector(selector)?.getAttribute('href') ?? null

/** 45 small datasets, for paging. */
function manyDatasets(): FixtureDataset[] {
  return Array.from({ length: 45 }, (_, index) => ({
    id: `set-${String(index + 1).padStart(2, '0')}`,
    title: { ja: `データ${index + 1}`, en: `Data ${index + 1}` },
    files: [{ path: `set-${index + 1}.csv`, content: csv([['a'], ['1']]) }],
  }))
}

beforeAll(async () => {
  ;({ dir, server } = await startStandardSite())
  bigDir = await tempOpenDataDir()
  await writeRelease(bigDir.dir, { releaseId: '20261125T010000000Z', datasets: manyDatasets() })
  bigServer = await startOpenDataServer(bigDir.dir)
})
afterAll(async () => {
  await server.close()
  await dir.remove()
  await bigServer.close()
  await bigDir.remove()
})

describe('search', () => {
  it('finds 避難 by its reading in hiragana, half-width and full-width katakana', async () => {
    const kanji = resultIds((await page(`/opendata/?q=${encodeURIComponent('避難')}`)).root)
    expect(kanji).toEqual(['evacuation-space'])
    for (const typed of ['ひなん', 'ﾋﾅﾝ', 'ヒナン', 'ひなんばしょ'])
      expect(resultIds((await page(`/opendata/?q=${encodeURIComponent(typed)}`)).root), typed).toEqual(kanji)
  })

  it('searches titles, descriptions, keywords and column names; every word must occur', async () => {
    const ids = async (q: string) => resultIds((await page(`/opendata/?q=${encodeURIComponent(q)}`)).root)
    expect(await ids('実施日')).toEqual(['tsukigata-drills']) // a column name only
    expect(await ids('ｇｔｆｓ')).toEqual(['regional-gtfs']) // a keyword, typed full-width
    expect(await ids('merged')).toEqual(['regional-gtfs']) // the English description
    expect(await ids('防災　訓練')).toEqual(['tsukigata-drills']) // two words, full-width space
    expect(await ids('防災 nothing-like-this')).toEqual([])
    const hostile = await page(`/opendata/?q=${encodeURIComponent('<script>x</script>')}`)
    expect(hostile.root.querySelectorAll('script')).toHaveLength(0)
    expect(hostile.root.querySelector('input#q')?.getAttribute('value')).toBe('<script>x</script>')
    const none = await page(`/opendata/?q=nothing-like-this`)
    expect(none.root.querySelector('#results-heading')?.text).toBe('0 件のデータセット')
    expect(none.root.querySelector('.results')).toBeNull()
  })

  it('has a labelled GET search form that keeps the chosen facets, allowed by the page CSP', async () => {
    const { root, csp } = await page('/opendata/?q=%E9%98%B2%E7%81%BD&town=014303')
    const form = root.querySelector('form[role=search]')
    expect(form?.getAttribute('method')).toBe('get')
    expect(form?.getAttribute('action')).toBe('/opendata/')
    expect(root.querySelector('label[for=q]')?.text).toContain('キーワード')
    expect(form?.querySelector('input#q')?.getAttribute('value')).toBe('防災')
    expect(form?.querySelector('input[type=hidden][name=town]')?.getAttribute('value')).toBe('014303')
    expect(csp).toContain("form-action 'self'")
  })
})

describe('facets', () => {
  it('counts datasets per town, theme, format and kind, as links that choose and remove', async () => {
    const { root } = await page('/opendata/')
    const facet = (name: string) =>
      root.querySelectorAll(`ul[aria-labelledby=facet-${name}] a`).map((a) => a.text.replace(/\s+/g, ' ').trim())
    expect(facet('town')).toEqual(['栗山町 (1)', '月形町 (2)'])
    expect(facet('theme')).toEqual(['防災 (2)', '地域公共交通 (1)'])
    expect(facet('format')).toEqual(expect.arrayContaining(['CSV (2)', 'GTFS (1)', 'GeoJSON (1)']))
    expect(facet('sample')).toEqual(['実データのみ (2)', 'サンプルデータを含む (1)'])
    const chosen = await page('/opendata/?town=014303')
    expect(resultIds(chosen.root).sort()).toEqual(['evacuation-space', 'tsukigata-drills'])
    const current = chosen.root.querySelector('ul[aria-labelledby=facet-town] a[aria-current]')
    expect(current?.text).toContain('月形町')
    expect(current?.getAttribute('href')).toBe('/opendata/') // choosing it again removes it
  })

  it('combines facets with each other and with the words', async () => {
    expect(resultIds((await page('/opendata/?town=014303&sample=real')).root)).toEqual(['tsukigata-drills'])
    expect(resultIds((await page('/opendata/?theme=transit&format=GTFS')).root)).toEqual(['regional-gtfs'])
    expect(resultIds((await page(`/opendata/?q=GTFS&town=014303`)).root)).toEqual([])
    const both = await page('/opendata/?town=014303&sample=real')
    // Other facets' alternatives keep the chosen ones: 'sample' would give the other dataset of 月形町.
    expect(link(both.root, 'ul[aria-labelledby=facet-sample] a:not([aria-current])')).toBe(
      '/opendata/?town=014303&sample=sample',
    )
  })

  it('refuses a bad page or kind with 400, naming the parameter', async () => {
    const bad = await page('/opendata/?page=zero')
    expect(bad.status).toBe(400)
    expect(bad.root.querySelector('h1')?.text).toBe('検索条件が正しくありません')
    expect(bad.root.text).toContain('page: must be a whole number')
    const kind = await page('/opendata/?sample=maybe')
    expect(kind.status).toBe(400)
    expect(kind.root.text).toContain('sample: must be "sample" or "real"')
  })
})

describe('paging', () => {
  it('shows 20 results a page with rel=next and rel=prev links', async () => {
    const first = await page('/opendata/', bigServer)
    expect(resultIds(first.root)).toHaveLength(20)
    expect(first.root.querySelector('#results-heading')?.text).toBe('45 件のデータセット')
    expect(link(first.root, 'a[rel=prev]')).toBeNull()
    expect(link(first.root, 'a[rel=next]')).toBe('/opendata/?page=2')
    const last = await page('/opendata/?page=3', bigServer)
    expect(resultIds(last.root)).toEqual(['set-41', 'set-42', 'set-43', 'set-44', 'set-45'])
    expect(link(last.root, 'a[rel=prev]')).toBe('/opendata/?page=2')
    expect(link(last.root, 'a[rel=next]')).toBeNull()
    expect(last.root.querySelector('.pager [aria-current=page]')?.text).toBe('3 / 3 ページ')
    const filtered = await page('/opendata/?q=data&page=2', bigServer)
    expect(link(filtered.root, 'a[rel=next]')).toBe('/opendata/?q=data&page=3')
  })
})

describe('town pages', () => {
  it('shows a town by name with its own datasets and its files of regional datasets', async () => {
    const { status, root } = await page('/opendata/towns/014303')
    expect(status).toBe(200)
    expect(root.querySelector('h1')?.text).toBe('月形町のオープンデータ')
    expect(root.text).toContain('Tsukigata Town')
    const links = root.querySelectorAll('a')
    expect(links.some((a) => a.getAttribute('href') === '/opendata/datasets/tsukigata-drills')).toBe(true)
    const share = links.find((a) => a.getAttribute('href') === '/opendata/files/towns/014303_evacuation-space.csv')
    expect(share?.text).toBe('月形町 の指定緊急避難場所')
    // Another town's files are not shown.
    expect(links.some((a) => (a.getAttribute('href') ?? '').includes('014290'))).toBe(false)
    expect(link(root, 'main a[href^="/opendata/?town="]')).toBe('/opendata/?town=014303')
  })

  it('answers a code that is not a party with a 404 page listing the nine towns', async () => {
    const { status, root } = await page('/opendata/towns/999999')
    expect(status).toBe(404)
    expect(root.text).toContain('「999999」は連携協定の市町の番号ではありません')
    expect(root.querySelectorAll('main li a')).toHaveLength(9)
  })

  it('is linked from the portal, whose files carry town names instead of codes', async () => {
    const { root } = await page('/opendata/')
    const towns = root
      .querySelectorAll('a')
      .filter((a) => (a.getAttribute('href') ?? '').startsWith('/opendata/towns/'))
    expect(new Set(towns.map((a) => a.getAttribute('href'))).size).toBe(9)
    const file = root
      .querySelectorAll('a')
      .find((a) => a.getAttribute('href') === '/opendata/files/towns/014290_evacuation-space.csv')
    expect(file?.text).toBe('栗山町 の指定緊急避難場所')
    const datasetPage = (await page('/opendata/datasets/evacuation-space')).root
    const row = datasetPage
      .querySelectorAll('tbody th')
      .find((th) => th.text.includes('towns/014303_evacuation-space.csv'))
    expect(row?.querySelector('a')?.text).toBe('月形町 の指定緊急避難場所')
    expect(row?.querySelector('[lang=en]')?.text).toBe('Evacuation sites of Tsukigata Town')
  })
})

describe('English pages', () => {
  it('serves the search in English with lang="en" and a switch that keeps the query', async () => {
    const { status, root } = await page(`/opendata/en/?q=${encodeURIComponent('ひなん')}&sample=sample`)
    expect(status).toBe(200)
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en')
    expect(resultIds(root)).toEqual(['evacuation-space'])
    expect(root.querySelector('#dataset-evacuation-space a')?.text).toBe('Designated emergency evacuation sites')
    expect(root.querySelector('form[role=search]')?.getAttribute('action')).toBe('/opendata/en/')
    expect(root.querySelector('.banner')?.text).toContain('This release contains sample data')
    const toJapanese = root.querySelector('a.lang-switch')
    expect(toJapanese?.getAttribute('lang')).toBe('ja')
    expect(toJapanese?.getAttribute('href')).toBe(`/opendata/?q=${encodeURIComponent('ひなん')}&sample=sample`)
    const ja = await page('/opendata/?town=014303')
    expect(link(ja.root, 'a.lang-switch')).toBe('/opendata/en/?town=014303')
  })

  it('has every page type in both languages, each with lang and a switch to the same page', async () => {
    for (const path of ['/opendata/', '/opendata/towns/014290', '/opendata/datasets/evacuation-space']) {
      const english = `/opendata/en/${path.slice('/opendata/'.length)}`
      const ja = await page(path)
      const en = await page(english)
      expect([ja.status, en.status], path).toEqual([200, 200])
      expect(ja.root.querySelector('html')?.getAttribute('lang')).toBe('ja')
      expect(en.root.querySelector('html')?.getAttribute('lang')).toBe('en')
      expect(link(ja.root, 'a.lang-switch')).toBe(english)
      expect(link(en.root, 'a.lang-switch')).toBe(path)
    }
    expect((await page('/opendata/en/towns/014290')).root.querySelector('h1')?.text).toBe('Open data of Kuriyama Town')
    expect((await page('/opendata/en/towns/000000')).status).toBe(404)
  })
})
