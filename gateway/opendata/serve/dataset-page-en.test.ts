import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { csv, startOpenDataServer, tempOpenDataDir, writeRelease } from '../../../test/support/opendata-fixture.js'

/**
 * The English dataset page (/opendata/en/datasets/…) is in English: headings, labels, captions, the map's and the
 * snippet's text. Japanese is left only in data values and names (cells, column names, keywords, the Japanese
 * title shown as such), each of which the test removes before looking.
 */

const SITES = [
  ['NO', '名称', '住所', '緯度', '経度', '市区町村コード'],
  ['1', '栗山中学校', '栗山町1番地', '43.05', '141.78', '014290'],
  ['2', '栗山公園', '栗山町2番地', '', '', '014290'],
]
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー（）、。「」]/u

let dir: { dir: string; remove: () => Promise<void> }
let server: { url: string; close: () => Promise<void> }

beforeAll(async () => {
  dir = await tempOpenDataDir()
  await writeRelease(dir.dir, {
    releaseId: '20261125T010000000Z',
    datasets: [
      {
        id: 'evacuation-space',
        isSample: true,
        rowCount: 2,
        sampleRowCount: 1,
        columns: SITES[0],
        files: [
          { path: 'evacuation-space.csv', content: csv(SITES) },
          {
            path: 'evacuation-space-014290.csv',
            content: csv(SITES),
            municipalityCode: '014290',
            title: { ja: '指定緊急避難場所一覧（014290）', en: 'Evacuation sites (014290)' },
          },
        ],
      },
    ],
  })
  server = await startOpenDataServer(dir.dir)
})
afterAll(async () => {
  await server.close()
  await dir.remove()
})

async function visibleUiText(path: string): Promise<{ lang: string | undefined; text: string; labels: string }> {
  const response = await fetch(server.url + path)
  expect(response.status).toBe(200)
  const root = parse(await response.text())
  const lang = root.querySelector('html')?.getAttribute('lang')
  const labels = root
    .querySelectorAll('[aria-label]')
    .map((element) => element.getAttribute('aria-label'))
    .join(' | ')
  // Data values and names: the preview's cells and column names, keywords, coordinates' labels, code, and
  // whatever the page itself marks as Japanese (the Japanese title, the language switch).
  const data = 'body [lang="ja"], script, style, code, pre, .keywords, .locations, .map-layout table thead, tbody td'
  for (const element of root.querySelectorAll(data)) element.remove()
  for (const cell of root.querySelectorAll('tbody th')) cell.remove()
  return { lang, labels, text: root.querySelector('body')?.text.replace(/\s+/g, ' ') ?? '' }
}

describe('the English dataset page', () => {
  it('has lang="en" and no Japanese outside data values and names', async () => {
    const { lang, text, labels } = await visibleUiText('/opendata/en/datasets/evacuation-space')
    expect(lang).toBe('en')
    expect(text).toContain('Partly sample data')
    expect(text).toContain('Metadata')
    expect(text).toContain('One line for a municipal site')
    expect(labels).toContain('Map of the 1 previewed rows')
    expect(text.match(new RegExp(JAPANESE.source, 'gu')) ?? []).toEqual([])
    expect(labels.match(new RegExp(JAPANESE.source, 'gu')) ?? []).toEqual([])
  })

  it('labels the files in English, with the town name in English', async () => {
    const response = await fetch(`${server.url}/opendata/en/datasets/evacuation-space`)
    const root = parse(await response.text())
    const files = root.querySelectorAll('tbody th a').map((link) => link.text.trim())
    expect(files).toContain('Evacuation sites (Kuriyama Town)')
    expect(root.querySelector('caption')?.text).toContain('Files of')
  })

  it('stays Japanese first on the Japanese page', async () => {
    const { lang, text } = await visibleUiText('/opendata/datasets/evacuation-space')
    expect(lang).toBe('ja')
    expect(text).toContain('メタデータ')
  })
})
