import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TownCodesDocument } from '../codegen/operations.js'
import { standardDatasets, tempOpenDataDir, writeRelease } from './support/opendata-fixture.js'
import { startTestStack, type TestStack } from './support/stack.js'

/** The open-data routes as wired into the real gateway (config → start-services → gateway deps). */

let stack: TestStack
let dir: { dir: string; remove: () => Promise<void> }
let origin: string

beforeAll(async () => {
  dir = await tempOpenDataDir()
  stack = await startTestStack({ openData: { dir: dir.dir } })
  origin = new URL(stack.services.gatewayUrl).origin
})
afterAll(async () => {
  // beforeAll may have failed before assigning these: the declared types assume it did not.
  /* eslint-disable @typescript-eslint/no-unnecessary-condition */
  await stack?.stop()
  await dir?.remove()
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
})

describe('open data on the gateway', () => {
  it('says no release is published yet, then serves one once current points to it', async () => {
    const empty = await fetch(`${origin}/opendata/`)
    expect(empty.status).toBe(200)
    expect(await empty.text()).toContain('まだリリースが公開されていません')
    expect(await (await fetch(`${origin}/api/3/action/package_list`)).json()).toMatchObject({
      success: true,
      result: [],
    })

    const manifest = await writeRelease(dir.dir, { releaseId: '20261125T010000000Z', datasets: standardDatasets() })
    const portal = await fetch(`${origin}/opendata/`)
    expect(portal.headers.get('x-request-id')).toBeTruthy() // the gateway's own hooks run on these routes
    expect(await portal.text()).toContain('指定緊急避難場所一覧')
    const list = (await (await fetch(`${origin}/api/3/action/package_list`)).json()) as { result: string[] }
    expect(list.result).toEqual([
      'evacuation-space',
      'evacuation-space-014290',
      'evacuation-space-014303',
      'regional-gtfs',
      'tsukigata-drills',
    ])
    const file = await fetch(`${origin}/opendata/files/regional-gtfs.zip`, { headers: { range: 'bytes=0-9' } })
    expect(file.status).toBe(206)
    expect(file.headers.get('etag')).toBe(`"${manifest.datasets[1]?.distributions[0]?.sha256}"`)
    await file.arrayBuffer()
    const catalog = await fetch(`${origin}/opendata/catalog.jsonld`)
    expect(catalog.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    expect(JSON.stringify(await catalog.json())).toContain(`${origin}/opendata/files/evacuation-space.csv`)
  })

  it('leaves /graphql as it was', async () => {
    const response = await stack.graphql(TownCodesDocument)
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
  })
})
