import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

const YUNI = '014273'
const NANPORO = '014231'
let stack: TestStack
beforeAll(async () => {
  // Statement counts are about the subgraphs: measured with the gateway's response cache off.
  stack = await startTestStack({ responseCache: undefined })
  // One town with more history than the 200 entries kept, one with a few alerts in two areas.
  await stack.database.admin
    .insertInto('disaster.responseStatus')
    .values(
      Array.from({ length: 205 }, (_, i) => ({
        municipalityCode: YUNI,
        headquartersLevel: i % 2 ? 'CAUTION' : 'ALERT',
        note: `entry ${i}`,
        recordedBy: 'test',
        recordedAt: new Date(Date.UTC(2099, 0, 1, 0, i)),
      })),
    )
    .execute()
  await stack.database.admin
    .insertInto('disaster.evacuationAlert')
    .values(
      [3, 4, null, 5].map((level, i) => ({
        municipalityCode: NANPORO,
        area: i % 2 ? '南幌市街' : '晩翠',
        level,
        issuedBy: 'test',
        issuedAt: new Date(Date.UTC(2099, 0, 2, i)),
      })),
    )
    .execute()
})
afterAll(() => stack.stop())

const ENTRIES = `{
  statuses { level note recordedAt isSample }
  alerts { area level note issuedAt isSample }
}`

interface History {
  statuses: { note: string }[]
  alerts: { area: string }[]
}

describe('Municipality.responseHistory', () => {
  it('is each town’s Query.responseHistory, for a whole page of towns in two statements', async () => {
    stack.statements.reset()
    const page = await stack.graphql<
      { servedMunicipalities: { nodes: ({ code: string } & { responseHistory: History })[] } },
      Record<string, never>
    >(`{ servedMunicipalities(first: 50) { nodes { code responseHistory ${ENTRIES} } } }`)
    expect(page.body.errors).toBeUndefined()
    expect(stack.statements.count('disaster')).toBe(2)
    const towns = page.body.data?.servedMunicipalities.nodes ?? []
    expect(towns.length).toBeGreaterThanOrEqual(9)
    for (const town of towns) {
      const one = await stack.graphql<{ responseHistory: History }, { code: string }>(
        `query ($code: String!) { responseHistory(municipalityCode: $code) ${ENTRIES} }`,
        { code: town.code },
      )
      expect(town.responseHistory, town.code).toEqual(one.body.data?.responseHistory)
    }
    const yuni = towns.find((town) => town.code === YUNI)?.responseHistory
    expect(yuni?.statuses).toHaveLength(200)
    expect(yuni?.statuses[0]?.note).toBe('entry 204')
    const nanporo = towns.find((town) => town.code === NANPORO)?.responseHistory
    expect(nanporo?.alerts.slice(0, 4).map((alert) => alert.area)).toEqual(['南幌市街', '晩翠', '南幌市街', '晩翠'])
  })
})
