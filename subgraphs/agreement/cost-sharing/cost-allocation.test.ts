import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import {
  allocateCost,
  AllocationInputError,
  type AllocationParticipant,
  type CostSharingWeights,
} from './cost-allocation.js'

/** Property-based checks of the 第4条2 allocation over many generated projects. */
const weights: fc.Arbitrary<CostSharingWeights> = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
  .map(([low, high]) => ({ equalPercent: low, populationPercent: high - low, usagePercent: 100 - high }))

const participants: fc.Arbitrary<AllocationParticipant[]> = fc
  .subarray([...PARTY_CODES], { minLength: 1 })
  .chain((codes) =>
    fc.tuple(
      ...codes.map((code) =>
        fc.record({
          code: fc.constant(code),
          population: fc.integer({ min: 1, max: 200_000 }),
          usage: fc.integer({ min: 0, max: 100_000 }),
        }),
      ),
    ),
  )
  .filter((towns) => towns.some((town) => town.usage > 0))

const totals = fc.integer({ min: 0, max: 2_147_483_647 })
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

describe('allocateCost', () => {
  it('gives integer, non-negative shares that sum exactly to the total', () => {
    fc.assert(
      fc.property(totals, weights, participants, (total, rule, towns) => {
        const shares = allocateCost(total, rule, towns)
        expect(shares.every((share) => Number.isInteger(share.amountYen) && share.amountYen >= 0)).toBe(true)
        expect(sum(shares.map((share) => share.amountYen))).toBe(total)
      }),
      { numRuns: 500 },
    )
  })

  it('keeps every share within one yen of its exact value and hands out fewer leftover yen than towns', () => {
    fc.assert(
      fc.property(totals, weights, participants, (total, rule, towns) => {
        const shares = allocateCost(total, rule, towns)
        for (const share of shares)
          expect(Math.abs(share.amountYen - share.exactYen)).toBeLessThan(1 + 1e-6 * Math.max(1, total))
        expect(shares.filter((share) => share.receivedRemainder).length).toBeLessThan(towns.length)
      }),
      { numRuns: 300 },
    )
  })

  it('is deterministic: the same inputs in any order give the same share per town', () => {
    fc.assert(
      fc.property(totals, weights, participants, (total, rule, towns) => {
        const byCode = (shares: ReturnType<typeof allocateCost>) =>
          Object.fromEntries(shares.map((share) => [share.code, share.amountYen]))
        const first = byCode(allocateCost(total, rule, towns))
        expect(byCode(allocateCost(total, rule, towns))).toEqual(first)
        expect(byCode(allocateCost(total, rule, [...towns].reverse()))).toEqual(first)
      }),
      { numRuns: 300 },
    )
  })

  it('is monotone in population under pure 人口割: a larger town never pays less', () => {
    const purePopulation = { equalPercent: 0, populationPercent: 100, usagePercent: 0 }
    fc.assert(
      fc.property(totals, participants, (total, towns) => {
        const shares = allocateCost(total, purePopulation, towns)
        towns.forEach((a, i) => {
          towns.forEach((b, j) => {
            if (a.population > b.population)
              expect(shares[i]?.amountYen ?? 0).toBeGreaterThanOrEqual(shares[j]?.amountYen ?? 0)
          })
        })
      }),
      { numRuns: 500 },
    )
  })

  it('splits equally within one yen under pure 均等割, whatever the populations', () => {
    const pureEqual = { equalPercent: 100, populationPercent: 0, usagePercent: 0 }
    fc.assert(
      fc.property(totals, participants, (total, towns) => {
        const amounts = allocateCost(total, pureEqual, towns).map((share) => share.amountYen)
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1)
        expect(Math.min(...amounts)).toBe(Math.floor(total / towns.length))
      }),
      { numRuns: 300 },
    )
  })

  it('gives leftover yen to the largest remainders, ties to the smaller municipality code', () => {
    // 100 yen over three equal towns: 33.33… each, one leftover yen, all remainders equal → smallest code.
    const towns = [
      { code: '014303', population: 1, usage: 0 },
      { code: '012092', population: 1, usage: 0 },
      { code: '012106', population: 1, usage: 0 },
    ]
    const shares = allocateCost(100, { equalPercent: 100, populationPercent: 0, usagePercent: 0 }, towns)
    expect(shares.map((share) => [share.code, share.amountYen])).toEqual([
      ['014303', 33],
      ['012092', 34],
      ['012106', 33],
    ])
    // 20/80/0 on 1,000,000 yen between populations 3 and 1: 100,000 + 600,000 and 100,000 + 200,000.
    const pair = allocateCost(1_000_000, { equalPercent: 20, populationPercent: 80, usagePercent: 0 }, [
      { code: '012106', population: 3, usage: 0 },
      { code: '014303', population: 1, usage: 0 },
    ])
    expect(pair.map((share) => share.amountYen)).toEqual([700_000, 300_000])
  })

  it('refuses inputs it cannot split: weights not summing to 100, 利用割 without usage', () => {
    const town = [{ code: '012106', population: 10, usage: 0 }]
    expect(() => allocateCost(10, { equalPercent: 50, populationPercent: 40, usagePercent: 0 }, town)).toThrow(
      AllocationInputError,
    )
    expect(() => allocateCost(10, { equalPercent: 0, populationPercent: 0, usagePercent: 100 }, town)).toThrow(/利用割/)
    expect(() => allocateCost(1.5, { equalPercent: 100, populationPercent: 0, usagePercent: 0 }, town)).toThrow(
      AllocationInputError,
    )
  })
})
