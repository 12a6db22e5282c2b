import { describe, expect, it } from 'vitest'
import { boardPage, MAX_TOWNS_IN_EVENT_FILTER, type RegionSummary } from './situation-page.js'

const quiet = { openShelters: 0, evacuees: 0, remainingCapacity: 0, remainingCareCapacity: 0, towns: [] }
const regionOf = (towns: number): RegionSummary => ({
  id: 'test',
  name: '試験圏域',
  isSample: true,
  municipalities: Array.from({ length: towns }, (_, i) => ({ code: String(100000 + i) })),
})

describe('a region board', () => {
  it("names its towns for the event stream's filter, unless there are too many for a URL", () => {
    expect(boardPage(quiet, 7, regionOf(2))).toContain('data-towns="100000,100001"')
    expect(boardPage(quiet, 7, regionOf(MAX_TOWNS_IN_EVENT_FILTER))).toContain('data-towns="')
    expect(boardPage(quiet, 7, regionOf(MAX_TOWNS_IN_EVENT_FILTER + 1))).not.toContain('data-towns')
    expect(boardPage(quiet, 7)).not.toContain('data-towns')
  })
})
