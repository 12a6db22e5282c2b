import { unauthenticated } from '../errors.js'
import type { TokenVerifier } from './tokens.js'

/** How long a decision may rest on a stale list before it is read again (a town added, a lead changed). */
const RELOAD_AFTER_MS = 30_000

/** What the verifier needs of each served municipality (lib/served-municipalities.ts `ServedTown`). */
export interface ServedTownFlags {
  code: string
  isCoordinator: boolean
}

/**
 * A verifier that also refuses staff tokens of a municipality the platform does not serve, and marks the viewer of
 * a coordinating municipality (one that leads a policy field of the agreement: `isCoordinator` in lib/auth/viewer.ts).
 * Both come from the data (agreement.served_municipality), read once and again when older than 30 s.
 */
export function requireServedTown(
  verify: TokenVerifier,
  loadServedTowns: () => Promise<readonly ServedTownFlags[]>,
): TokenVerifier {
  let served: Promise<ReadonlyMap<string, boolean>> | null = null
  let loadedAt = 0
  const load = () => {
    loadedAt = Date.now()
    served = loadServedTowns().then(
      (towns) => new Map(towns.map((town) => [town.code, town.isCoordinator])),
      (error: unknown) => {
        served = null
        throw error
      },
    )
    return served
  }
  return async (header) => {
    const viewer = await verify(header)
    if (viewer.kind !== 'staff') return viewer
    const towns = await (served === null || Date.now() - loadedAt > RELOAD_AFTER_MS ? load() : served)
    const leads = towns.get(viewer.municipalityCode)
    if (leads === undefined) {
      throw unauthenticated(
        `Token rejected: claim "municipality" ${JSON.stringify(viewer.municipalityCode)} ` +
          'is not a municipality this platform serves.',
      )
    }
    return { ...viewer, leadsAgreement: leads }
  }
}
