import { groupBy } from '../../../lib/collections.js'
import { STANDARD_BUSINESSES, isStandardBusiness } from '../systems/standard-businesses.js'
import type { InformationSystemModel } from '../systems/systems.model.js'
import type { SystemMatrixModel } from './procurement.model.js'

/** Arranges the systems in service as business × town (`towns`: a page of served towns, in the served order). */
export function buildSystemMatrix(
  systems: readonly InformationSystemModel[],
  towns: readonly string[],
  standardOnly: boolean,
): Omit<SystemMatrixModel, 'towns'> {
  const byBusiness = groupBy(systems, (system) => system.business)
  const others = [...byBusiness.keys()].filter((business) => !isStandardBusiness(business)).sort()
  const businesses = [...STANDARD_BUSINESSES, ...(standardOnly ? [] : others)]
  return {
    businesses,
    rows: businesses.map((business) => {
      const byTown = groupBy(byBusiness.get(business) ?? [], (system) => system.municipalityCode)
      return {
        business,
        cells: towns.map((code) => ({ municipalityCode: code, systems: byTown.get(code) ?? [] })),
      }
    }),
  }
}
