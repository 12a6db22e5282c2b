/**
 * 第4条2 cost allocation: splits a total (integer yen) over the participating towns by weights over
 * 均等割 (equal), 人口割 (population) and 利用割 (usage).
 *
 * Exact arithmetic: every town's exact share is the rational number
 *   total × (e/100 × 1/n + p/100 × pop_i/Σpop + u/100 × use_i/Σuse)
 * computed with BigInt over one common denominator, so no floating-point error can creep in.
 *
 * Rounding (documented, deterministic): each town first gets the floor of its exact share; the yen
 * left over (fewer than the number of towns) go one each to the towns with the largest fractional
 * remainders (largest remainder method / Hamilton), ties broken by the smaller municipality code.
 * Hence the shares are integers, sum exactly to the total, and no share differs from its exact value
 * by a yen or more.
 */

export interface CostSharingWeights {
  equalPercent: number
  populationPercent: number
  usagePercent: number
}

export interface AllocationParticipant {
  code: string
  population: number
  usage: number
}

export interface AllocatedShare {
  code: string
  amountYen: number
  /** The unrounded share in yen (for display; the allocation itself never uses floats). */
  exactYen: number
  /** True when this town received one of the leftover yen. */
  receivedRemainder: boolean
}

export class AllocationInputError extends Error {
  override name = 'AllocationInputError'
}

export function allocateCost(
  totalYen: number,
  weights: CostSharingWeights,
  participants: readonly AllocationParticipant[],
): AllocatedShare[] {
  const { equalPercent, populationPercent, usagePercent } = weights
  if (!Number.isSafeInteger(totalYen) || totalYen < 0)
    throw new AllocationInputError('the total must be a non-negative whole number of yen')
  if (
    equalPercent + populationPercent + usagePercent !== 100 ||
    [equalPercent, populationPercent, usagePercent].some((w) => !Number.isInteger(w) || w < 0)
  ) {
    throw new AllocationInputError('the weights must be whole percentages summing to 100')
  }
  if (participants.length === 0) throw new AllocationInputError('there must be at least one participant')
  if (new Set(participants.map((p) => p.code)).size !== participants.length)
    throw new AllocationInputError('a town is listed twice')
  if (
    participants.some(
      (p) => !Number.isSafeInteger(p.population) || p.population < 0 || !Number.isSafeInteger(p.usage) || p.usage < 0,
    )
  ) {
    throw new AllocationInputError('population and usage figures must be non-negative whole numbers')
  }
  const n = BigInt(participants.length)
  const populationSum = participants.reduce((sum, p) => sum + BigInt(p.population), 0n)
  const usageSum = participants.reduce((sum, p) => sum + BigInt(p.usage), 0n)
  if (populationPercent > 0 && populationSum === 0n)
    throw new AllocationInputError('人口割 needs a population for at least one town')
  if (usagePercent > 0 && usageSum === 0n)
    throw new AllocationInputError('利用割 needs usage figures: every town has 0')
  // A zero sum only occurs with a zero weight; use 1 so the common denominator stays non-zero.
  const P = populationSum === 0n ? 1n : populationSum
  const U = usageSum === 0n ? 1n : usageSum
  const denominator = 100n * n * P * U
  const total = BigInt(totalYen)
  const exact = participants.map((p) => {
    const numerator =
      total *
      (BigInt(equalPercent) * P * U +
        BigInt(populationPercent) * n * BigInt(p.population) * U +
        BigInt(usagePercent) * n * P * BigInt(p.usage))
    return { code: p.code, floor: numerator / denominator, remainder: numerator % denominator, numerator }
  })
  const leftover = total - exact.reduce((sum, share) => sum + share.floor, 0n)
  const byRemainder = [...exact].sort((a, b) =>
    a.remainder === b.remainder ? (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) : a.remainder > b.remainder ? -1 : 1,
  )
  const favoured = new Set(byRemainder.slice(0, Number(leftover)).map((share) => share.code))
  return exact.map((share) => ({
    code: share.code,
    amountYen: Number(share.floor + (favoured.has(share.code) ? 1n : 0n)),
    exactYen: Number(share.numerator) / Number(denominator),
    receivedRemainder: favoured.has(share.code),
  }))
}

export const REMAINDER_RULE =
  '各市町の按分額（円未満切捨て）の合計と総額との差額は、切捨て端数の大きい市町から1円ずつ配分（同順位は団体コードの小さい市町を優先）。' +
  ' Largest remainder: each town gets the floor of its exact share; the leftover yen go ' +
  'one each to the largest fractional remainders, ties to the smaller municipality code.'
