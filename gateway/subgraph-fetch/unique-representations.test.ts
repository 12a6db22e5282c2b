import { describe, expect, it } from 'vitest'
import { uniqueRepresentations } from './unique-representations.js'

const town = (code: string) => ({ __typename: 'Municipality', code })

describe('uniqueRepresentations', () => {
  it('asks for each entity once and answers every place, in order, each with its own copy', () => {
    const representations = [town('A'), town('B'), town('A'), town('C'), town('B'), town('A')]
    const unique = uniqueRepresentations({ representations, other: 1 })
    if (!unique) throw new Error('repeats were not found')
    expect(unique.variables).toEqual({ representations: [town('A'), town('B'), town('C')], other: 1 })
    const answered = { data: { _entities: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] } }
    const entities = unique.expand(answered).data?.['_entities'] as { name: string }[]
    expect(entities.map((entity) => entity.name)).toEqual(['a', 'b', 'a', 'c', 'b', 'a'])
    // The gateway merges later fetches into these objects: no two places share one.
    expect(new Set(entities).size).toBe(6)
  })

  it("reports an entity's error at each of its places, other errors as they came", () => {
    const unique = uniqueRepresentations({ representations: [town('A'), town('B'), town('A')] })
    if (!unique) throw new Error('repeats were not found')
    const response = unique.expand({
      data: { _entities: [null, { name: 'b' }] },
      errors: [
        { message: 'no such town', path: ['_entities', 0, 'name'] },
        { message: 'subgraph busy', path: ['other'] },
        { message: 'no path' },
      ],
    })
    expect(response.data?.['_entities']).toEqual([null, { name: 'b' }, null])
    expect(response.errors).toEqual([
      { message: 'no such town', path: ['_entities', 0, 'name'] },
      { message: 'no such town', path: ['_entities', 2, 'name'] },
      { message: 'subgraph busy', path: ['other'] },
      { message: 'no path' },
    ])
  })

  it('leaves a fetch alone that repeats nothing, or has no representations', () => {
    expect(uniqueRepresentations({ representations: [town('A'), town('B')] })).toBeNull()
    expect(uniqueRepresentations({ first: 10 })).toBeNull()
    expect(uniqueRepresentations(undefined)).toBeNull()
  })
})
