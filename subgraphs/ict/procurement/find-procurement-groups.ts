import { groupBy } from '../../../lib/collections.js'
import type { TownRegion } from '../../../lib/municipality-regions.js'
import type { InformationSystemModel } from '../systems/systems.model.js'
import { addDays, addMonths } from './calendar.js'
import type { ProcurementGroupModel } from './procurement.model.js'

type DatedSystem = InformationSystemModel & { contractEndsOn: string }
type RegionlessGroup = Omit<ProcurementGroupModel, 'region'>

/**
 * The groups of each 圏域 in turn (`townRegions` in its order: the agreement in force first): only towns bound by
 * one agreement can procure together, so a region's groups are found among its towns' systems alone. A town in two
 * regions can be in a group of each; a town in none is in no group.
 */
export function findProcurementGroupsByRegion(
  systems: readonly InformationSystemModel[],
  townRegions: readonly TownRegion[],
  windowMonths: number,
  today: string,
): ProcurementGroupModel[] {
  const systemsByTown = groupBy(systems, (system) => system.municipalityCode)
  return [...groupBy(townRegions, (member) => member.regionId).values()].flatMap((members) => {
    const region = { id: members[0]?.regionId ?? '', name: members[0]?.regionName ?? '' }
    const regionSystems = members.flatMap((member) => systemsByTown.get(member.municipalityCode) ?? [])
    return findProcurementGroups(regionSystems, windowMonths, today).map((group) => ({ region, ...group }))
  })
}

/**
 * Groups systems that could be procured together: same business, same vendor, two or more towns,
 * and every contract in the group ending no later than `windowMonths` after the group's first one.
 * Only contracts still running on `today` (a date in Japan) count: one that has ended is renewed or
 * replaced already, and cannot be procured jointly any more.
 *
 * The rule is greedy from the earliest contract end, so every pair in a group is within the window
 * and the result is deterministic. A chain A–B–C where A–B and B–C are within the window but A–C is
 * not becomes {A, B} (and C joins a group only with a later contract), never one group spanning
 * more than the window.
 */
export function findProcurementGroups(
  systems: readonly InformationSystemModel[],
  windowMonths: number,
  today: string,
): RegionlessGroup[] {
  const dated = systems.filter(
    (system): system is DatedSystem => system.contractEndsOn !== null && system.contractEndsOn >= today,
  )
  const candidates = groupBy(dated, (system) => `${system.business}\u0000${system.vendor}`)
  const groups: RegionlessGroup[] = []
  for (const members of candidates.values()) {
    const sorted = [...members].sort(
      (a, b) =>
        a.contractEndsOn.localeCompare(b.contractEndsOn) || a.municipalityCode.localeCompare(b.municipalityCode),
    )
    let start = 0
    while (start < sorted.length) {
      const first = sorted[start] as DatedSystem
      const limit = addMonths(first.contractEndsOn, windowMonths)
      let end = start
      while (end + 1 < sorted.length && (sorted[end + 1] as DatedSystem).contractEndsOn <= limit) end++
      const group = sorted.slice(start, end + 1)
      if (new Set(group.map((system) => system.municipalityCode)).size >= 2) {
        const last = group.at(-1) as DatedSystem
        groups.push({
          business: first.business,
          vendor: first.vendor,
          systems: group,
          earliestContractEnd: first.contractEndsOn,
          latestContractEnd: last.contractEndsOn,
          renewalWindow: { from: addDays(first.contractEndsOn, 1), to: addDays(last.contractEndsOn, 1) },
        })
        start = end + 1
      } else {
        start++
      }
    }
  }
  return groups.sort(
    (a, b) => a.earliestContractEnd.localeCompare(b.earliestContractEnd) || a.business.localeCompare(b.business),
  )
}
