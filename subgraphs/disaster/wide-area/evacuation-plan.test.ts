import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planEvacuation } from './evacuation-plan.js'

/** Ranked candidates as the repository returns them: free places > 0, some taking people who need care. */
const ranked = fc.array(
  fc.record({ remainingCapacity: fc.integer({ min: 1, max: 300 }), acceptsPeopleNeedingCare: fc.boolean() }),
  { maxLength: 30 },
)
const group = fc
  .integer({ min: 1, max: 3000 })
  .chain((headCount) =>
    fc.record({ headCount: fc.constant(headCount), careHeadCount: fc.integer({ min: 0, max: headCount }) }),
  )

describe('planEvacuation', () => {
  it('places people who need care only where taken, never past a place, and covers when the shelters can', () => {
    fc.assert(
      fc.property(ranked, group, (rows, { headCount, careHeadCount }) => {
        const plan = planEvacuation(rows, { headCount, careHeadCount })
        // Candidates keep the rank order and each is proposed once.
        const positions = plan.candidates.map((c) => rows.indexOf(c.row))
        expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b))
        for (const { row, care } of plan.candidates) {
          expect(care).toBeLessThanOrEqual(row.acceptsPeopleNeedingCare ? row.remainingCapacity : 0)
        }
        const careAssigned = plan.candidates.reduce((sum, c) => sum + c.care, 0)
        expect(careAssigned).toBe(Math.min(careHeadCount, plan.carePlaces))
        expect(plan.places).toBe(plan.candidates.reduce((sum, c) => sum + c.row.remainingCapacity, 0))
        // Feasible with every ranked shelter iff the plan covers: the greedy walk loses nobody.
        const allCare = rows.filter((r) => r.acceptsPeopleNeedingCare).reduce((s, r) => s + r.remainingCapacity, 0)
        const all = rows.reduce((s, r) => s + r.remainingCapacity, 0)
        expect(plan.coversCareHeadCount).toBe(allCare >= careHeadCount)
        expect(plan.coversHeadCount).toBe(allCare >= careHeadCount && all >= headCount)
        if (careHeadCount === headCount) expect(plan.candidates.every((c) => c.row.acceptsPeopleNeedingCare)).toBe(true)
      }),
    )
  })

  it('without care needs, takes candidates in rank order until the head count is covered, as before', () => {
    const rows = [100, 50, 80].map((remainingCapacity) => ({ remainingCapacity, acceptsPeopleNeedingCare: false }))
    const plan = planEvacuation(rows, { headCount: 120, careHeadCount: 0 })
    expect(plan.candidates.map((c) => c.row.remainingCapacity)).toEqual([100, 50])
    expect(plan).toMatchObject({ places: 150, carePlaces: 0, coversHeadCount: true, coversCareHeadCount: true })
  })
})
