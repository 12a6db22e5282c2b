import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildASTSchema, buildSchema } from 'graphql'
import { describe, expect, it } from 'vitest'
import { readSubgraphSchema } from '../lib/graphql/subgraph-app.js'
import { projectPath } from '../lib/paths.js'
import { conventionMappers } from './codegen-resolvers-plugin.js'

/** The naming convention codegen.yml relies on instead of a hand-listed mapper per type. */
const mappersOf = (subgraph: 'agreement' | 'disaster') =>
  conventionMappers(
    projectPath(),
    subgraph,
    `codegen/${subgraph}-resolvers.ts`,
    // The subgraph's own SDL, built by this module's graphql (the federation directives are not validated here).
    buildASTSchema(readSubgraphSchema(subgraph), { assumeValidSDL: true }),
  )

describe('codegen mappers by naming convention', () => {
  it("maps each GraphQL type to its entity folder's <Type>Model, falling back to the shared references", () => {
    const disaster = mappersOf('disaster')
    expect(disaster['Shelter']).toBe('../subgraphs/disaster/shelters/shelters.model.js#ShelterModel')
    expect(disaster['StockCoverage']).toBe('../subgraphs/disaster/stockpiles/stockpiles.model.js#StockCoverageModel')
    expect(disaster['Municipality']).toBe('../lib/graphql/entity-refs.js#MunicipalityModel')
    const agreement = mappersOf('agreement')
    expect(agreement['Municipality']).toBe(
      '../subgraphs/agreement/municipalities/municipalities.model.js#MunicipalityModel',
    )
    expect(Object.keys(agreement).length).toBeGreaterThanOrEqual(20)
  })

  it('refuses a model named after no type of the schema (a typo would silently type resolvers wrongly)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'mappers-'))
    try {
      await mkdir(join(root, 'subgraphs', 'demo', 'shelters'), { recursive: true })
      await mkdir(join(root, 'lib', 'graphql'), { recursive: true })
      await writeFile(join(root, 'lib', 'graphql', 'entity-refs.ts'), '')
      const model = join(root, 'subgraphs', 'demo', 'shelters', 'shelters.model.ts')
      const schema = buildSchema('type Query { shelter: Shelter } type Shelter { id: ID! }')
      await writeFile(model, 'export type ShelterModel = { id: string }\n')
      expect(conventionMappers(root, 'demo', 'codegen/demo-resolvers.ts', schema)).toEqual({
        Shelter: '../subgraphs/demo/shelters/shelters.model.js#ShelterModel',
      })
      await writeFile(model, 'export type ShelterModel = { id: string }\nexport interface ShleterModel {}\n')
      expect(() => conventionMappers(root, 'demo', 'codegen/demo-resolvers.ts', schema)).toThrow(
        /ShleterModel names no type of the demo schema/,
      )
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
