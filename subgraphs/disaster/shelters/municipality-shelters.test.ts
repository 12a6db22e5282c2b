import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

let stack: TestStack
beforeAll(async () => {
  // Statement counts are about the subgraphs: measured with the gateway's response cache off.
  stack = await startTestStack({ responseCache: undefined })
})
afterAll(() => stack.stop())

interface Page {
  nodes: { id: string; designation: string }[]
  pageInfo: { hasNextPage: boolean }
}

describe('Municipality.shelters(designation)', () => {
  it('is each town’s Query.shelters of that list, for a whole page of towns in one statement', async () => {
    for (const designation of ['EMERGENCY_SITE', 'DESIGNATED_SHELTER']) {
      stack.statements.reset()
      const page = await stack.graphql<
        { servedMunicipalities: { nodes: { code: string; shelters: Page }[] } },
        { designation: string; rows: number }
      >(
        // Page sizes as variables, as clients send them: a literal `first` multiplies the query's cost.
        `query ($designation: ShelterDesignation, $rows: Int) { servedMunicipalities(first: 50) { nodes { code
          shelters(designation: $designation, first: $rows) {
            nodes { id designation } pageInfo { hasNextPage } } } } }`,
        { designation, rows: 200 },
      )
      expect(page.body.errors).toBeUndefined()
      expect(stack.statements.count('disaster')).toBe(1)
      const towns = page.body.data?.servedMunicipalities.nodes ?? []
      expect(towns.length).toBeGreaterThanOrEqual(9)
      let rows = 0
      for (const town of towns) {
        const one = await stack.graphql<{ shelters: Page }, { code: string; designation: string }>(
          `query ($code: String!, $designation: ShelterDesignation) { shelters(municipalityCode: $code,
            designation: $designation, first: 200) { nodes { id designation } pageInfo { hasNextPage } } }`,
          { code: town.code, designation },
        )
        expect(town.shelters, town.code).toEqual(one.body.data?.shelters)
        expect(town.shelters.nodes.every((shelter) => shelter.designation === designation)).toBe(true)
        rows += town.shelters.nodes.length
      }
      expect(rows).toBeGreaterThan(0)
    }
  })
})
