import { groupBy } from '../../../lib/collections.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { STANDARD_BUSINESSES, isStandardBusiness } from '../systems/standard-businesses.js'
import type { SystemRow } from '../systems/systems.repository.js'

export interface SystemMatrixCellModel {
  municipalityCode: string
  systems: SystemRow[]
}
export interface SystemMatrixRowModel {
  business: string
  cells: SystemMatrixCellModel[]
}
export interface SystemMatrixModel {
  businesses: string[]
  rows: SystemMatrixRowModel[]
}

/** Arranges the systems in service as business × party (in the order the parties signed). */
export function buildSystemMatrix(systems: readonly SystemRow[], standardOnly: boolean): SystemMatrixModel {
  const byBusiness = groupBy(systems, (system) => system.business)
  const others = [...byBusiness.keys()].filter((business) => !isStandardBusiness(business)).sort()
  const businesses = [...STANDARD_BUSINESSES, ...(standardOnly ? [] : others)]
  return {
    businesses,
    rows: businesses.map((business) => {
      const byTown = groupBy(byBusiness.get(business) ?? [], (system) => system.municipalityCode)
      return {
        business,
        cells: PARTY_CODES.map((code) => ({ municipalityCode: code, systems: byTown.get(code) ?? [] })),
      }
    }),
  }
}
