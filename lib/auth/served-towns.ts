import { unauthenticated } from '../errors.js'
import type { TokenVerifier } from './tokens.js'

/** How long a refusal may rest on a stale list before it is read again (a municipality added since start). */
const RELOAD_AFTER_MS = 30_000

/**
 * A verifier that also refuses staff tokens of a municipality the platform does not serve. The list comes from the
 * data (agreement.served_municipality, or the agreement subgraph's `municipalities` for a gateway without a
 * database), read once and again at most every 30 s when a token names a code it does not hold.
 */
export function requireServedTown(
  verify: TokenVerifier,
  loadServedCodes: () => Promise<readonly string[]>,
): TokenVerifier {
  let served: Promise<ReadonlySet<string>> | null = null
  let loadedAt = 0
  const load = () => {
    loadedAt = Date.now()
    served = loadServedCodes().then(
      (codes) => new Set(codes),
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
    let codes = await (served ?? load())
    if (!codes.has(viewer.municipalityCode) && Date.now() - loadedAt > RELOAD_AFTER_MS) codes = await load()
    if (!codes.has(viewer.municipalityCode)) {
      throw unauthenticated(
        `Token rejected: claim "municipality" ${JSON.stringify(viewer.municipalityCode)} ` +
          'is not a municipality this platform serves.',
      )
    }
    return viewer
  }
}
