import { print } from 'graphql'
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
