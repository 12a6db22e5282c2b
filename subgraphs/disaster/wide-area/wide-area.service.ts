import type { Hazard } from '../../../codegen/disaster-resolvers.js'
import { badUserInput } from '../../../lib/errors.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { DisasterContext } from '../context.js'
import { HAZARD_COLUMNS } from '../shelters/hazards.js'
import { findEvacuationCandidates } from './wide-area.repository.js'

/** Enough rows to cover any head count the region's shelters could take, and a bound on the work. */
const CANDIDATE_LIMIT = 1000

export async function wideAreaEvacuation(
  ctx: DisasterContext,
  args: { fromMunicipalityCode: string; hazard: Hazard; headCount: number },
) {
  const from = assertMunicipalityCode(args.fromMunicipalityCode, 'fromMunicipalityCode')
  if (!Number.isInteger(args.headCount) || args.headCount < 1 || args.headCount > 1_000_000) {
    throw badUserInput('headCount must be between 1 and 1 000 000.', { field: 'headCount' })
  }
  const ranked = await findEvacuationCandidates(ctx.db, from, HAZARD_COLUMNS[args.hazard], CANDIDATE_LIMIT)
  const candidates = []
  let places = 0
  for (const row of ranked) {
    if (places >= args.headCount) break
    candidates.push(row)
    places += row.remainingCapacity
  }
  return {
    candidates: candidates.map(({ distanceMetres, remainingCapacity, isOpen, ...shelter }) => ({
      shelter,
      distanceMetres,
      remainingCapacity,
      isOpen,
    })),
    places,
    coversHeadCount: places >= args.headCount,
  }
}
