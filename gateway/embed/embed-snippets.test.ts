import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { csv, startOpenDataServer, tempOpenDataDir, writeRelease } from '../../test/support/opendata-fixture.js'

/** The dataset pages the widgets draw from show a one-line `<iframe>` that works as shown. */

const OPERATOR = '6f1c2a9e-4b1d-4c8e-9a55-2f0d7c3b1e42'
let dir: { dir: string; remove: () => Promise<void> }
let server: { url: string; close: () => Promise<void> }

beforeAll(async () => {
  dir = await tempOpenDataDir()
  server = await startOpenDataServer(dir.dir)
  const shelters = [
    ['NO', '名称', '市区町村コード'],
    ['1', '中央公園', '014290'],
  ]
  const stops = [
    ['市区町村コード', '停留所ID', '名称', '事業者ID'],
    ['014303', 'S1', '月形町役場前', OPERATOR],
  ]
  await writeRelease(dir.dir, {
    releaseId: '20261125T010000000Z',
    datasets: [
      {
        id: 'evacuation-space',
        columns: shelters[0],
        files: [{ path: 'evacuation-space.csv', content: csv(shelters) }],
      },
      { id: 'bus-stops', columns: stops[0], files: [{ path: 'bus-stops.csv', content: csv(stops) }] },
      { id: 'ict-systems', files: [{ path: 'ict-systems.csv', content: csv([['a'], ['1']]) }] },
    ],
  })
})
afterAll(async () => {
  await server.close()
  await dir.remove()
})

async function snippetOf(datasetId: string): Promise<string | null> {
  const page = await (await fetch(`${server.url}/opendata/datasets/${datasetId}`)).text()
  const code = /<code data-embed-snippet>([\s\S]*?)<\/code>/.exec(page)?.[1]
  return code === undefined
    ? null
    : code
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
}

describe('embed snippets on dataset pages', () => {
  it('gives the shelters widget on the evacuation-space page, for a town of the preview', async () => {
    expect(await snippetOf('evacuation-space')).toBe(
      `<iframe src="${server.url}/embed/shelters?town=014290" title="避難所" width="100%" height="520" ` +
        `style="border:0"></iframe>`,
    )
  })

  it('gives the departures board on the bus-stops page, for a stop of the preview', async () => {
    expect(await snippetOf('bus-stops')).toBe(
      `<iframe src="${server.url}/embed/departures?operator=${OPERATOR}&stop=S1" title="発車案内" ` +
        `width="100%" height="320" style="border:0"></iframe>`,
    )
  })

  it('gives none where no widget draws from the dataset', async () => {
    expect(await snippetOf('ict-systems')).toBeNull()
  })
})
