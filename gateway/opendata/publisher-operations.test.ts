import { Kind, parse, print, visit, type FieldNode } from 'graphql'
import { describe, expect, it } from 'vitest'
import * as documents from '../../codegen/opendata-operations.js'
import { readSafelist } from '../../lib/http/persisted-operations.js'
import { publisherOperations } from './publisher-operations.js'

describe("the publisher's typed documents", () => {
  it('are all in the persisted-operation safelist, exactly as the publisher prints them', () => {
    const safelisted = new Set(readSafelist().values())
    const sent = Object.entries(documents)
      .filter(([name]) => name.endsWith('Document'))
      .map(([, document]) => print(document as Parameters<typeof print>[0]))
    expect(sent.length).toBe(publisherOperations().length)
    expect(sent.length).toBeGreaterThan(10)
    for (const text of sent) expect(safelisted.has(text), text.slice(0, 60)).toBe(true)
  })
})

describe("the publisher's operations", () => {
  it("ask for every connection's pageInfo before its nodes (paginate asks for the next page on the cursor)", () => {
    const connections: string[] = []
    for (const operation of publisherOperations()) {
      visit(parse(operation), {
        SelectionSet(selectionSet) {
          const names = selectionSet.selections
            .filter((selection): selection is FieldNode => selection.kind === Kind.FIELD)
            .map((field) => field.name.value)
          if (!names.includes('nodes') || !names.includes('pageInfo')) return
          connections.push(operation.slice(0, 40))
          expect(names.indexOf('pageInfo'), operation.slice(0, 60)).toBeLessThan(names.indexOf('nodes'))
        },
      })
    }
    expect(connections.length).toBeGreaterThan(10)
  })
})
