import { ApolloServer } from '@apollo/server'
import { describe, expect, it } from 'vitest'
import { DEFAULT_QUERY_LIMITS, queryLimitGuards } from './query-limits.js'

/** The limits on a small schema of connections, as the documented queries use them (first: 100, first: 200). */
const typeDefs = `#graphql
  type Query { shelters(first: Int, after: String): ShelterConnection! }
  type ShelterConnection { nodes: [Shelter!]!, pageInfo: PageInfo! }
  type PageInfo { hasNextPage: Boolean!, endCursor: String }
  type Shelter { id: ID!, name: String!, capacity: Int, municipality: Town! }
  type Town { code: String!, name: String!, shelters(first: Int): ShelterConnection! }
`
const resolvers = { Query: { shelters: () => ({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } }) } }

async function run(query: string) {
  const guards = queryLimitGuards(DEFAULT_QUERY_LIMITS)
  const server = new ApolloServer({ typeDefs, resolvers, ...guards, plugins: guards.plugins })
  await server.start()
  try {
    const response = await server.executeOperation({ query })
    return response.body.kind === 'single' ? response.body.singleResult : undefined
  } finally {
    await server.stop()
  }
}

describe('query limits', () => {
  it('allow the documented page sizes', async () => {
    for (const first of [100, 200]) {
      const result = await run(
        `{ shelters(first: ${first}) { nodes { id name capacity municipality ` +
          `{ code name } } pageInfo { hasNextPage endCursor } } }`,
      )
      expect(result?.errors, String(first)).toBeUndefined()
    }
  })

  it('name the cost limit when it is exceeded, not a syntax error', async () => {
    const level = (depth: number): string =>
      depth === 0
        ? 'id name capacity'
        : `id name municipality { code name shelters(first: 200) { nodes { ${level(depth - 1)} } } }`
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: shelters(first: 200) { nodes { ${level(2)} } }`).join(
      ' ',
    )
    const result = await run(`{ ${aliases} }`)
    const message = result?.errors?.[0]?.message ?? ''
    expect(message).toMatch(/^Over the query cost limit: Query Cost limit of 10000 exceeded/)
    expect(message).not.toMatch(/Syntax Error/)
    expect(result?.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED')
  })
})
