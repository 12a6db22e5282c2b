/** The shape of a ranked candidate the plan needs: its free places and whether it takes people who need care. */
export interface RankedPlaces {
  remainingCapacity: number
  acceptsPeopleNeedingCare: boolean
}

/**
 * Walks the ranked candidates once and keeps those the group needs. At a shelter that takes people who need care,
 * they are placed first (its places are the only ones they can use); everyone else takes what is left there or
 * any other shelter. A shelter is proposed only when it places someone, so a plan with careHeadCount equal to
 * headCount proposes shelters that take people who need care only, and no place is counted twice.
 */
export function planEvacuation<Row extends RankedPlaces>(
  ranked: readonly Row[],
  group: { headCount: number; careHeadCount: number },
) {
  let careLeft = group.careHeadCount
  let othersLeft = group.headCount - group.careHeadCount
  const candidates: { row: Row; care: number }[] = []
  let places = 0
  let carePlaces = 0
  for (const row of ranked) {
    if (careLeft <= 0 && othersLeft <= 0) break
    const care = row.acceptsPeopleNeedingCare ? Math.min(row.remainingCapacity, careLeft) : 0
    const others = Math.min(row.remainingCapacity - care, othersLeft)
    if (care + others <= 0) continue
    candidates.push({ row, care })
    careLeft -= care
    othersLeft -= others
    places += row.remainingCapacity
    if (row.acceptsPeopleNeedingCare) carePlaces += row.remainingCapacity
  }
  return {
    candidates,
    places,
    carePlaces,
    coversHeadCount: careLeft <= 0 && othersLeft <= 0,
    coversCareHeadCount: careLeft <= 0,
  }
}
