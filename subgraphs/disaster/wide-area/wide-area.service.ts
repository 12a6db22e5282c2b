import type { Hazard } from '../../../codegen/disaster-resolvers.js'
import { badUserInput } from '../../../lib/errors.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { DisasterContext } from '../context.js'
import { HAZARD_COLUMNS } from '../shelters/hazards.js'
import { planEvacuation } from './evacuation-plan.js'
import { findEvacuationCandidates } from './wide-area.repository.js'

/** Enough rows to cover any head count the region's shelters could take, and a bound on the work. */
const CANDIDATE_LIMIT = 1000
const MAX_HEAD_COUNT = 1_000_000

export async function wideAreaEvacuation(
  ctx: DisasterContext,
  args: { fromMunicipalityCode: string; hazard: Hazard; headCount: number; careHeadCount?: number | null },
) {
  const from = assertMunicipalityCode(args.fromMunicipalityCode, 'fromMunicipalityCode')
  const { headCount } = args
  const careHeadCount = args.careHeadCount ?? 0
  if (!Number.isInteger(headCount) || headCount < 1 || headCount > MAX_HEAD_COUNT) {
    throw badUserInput('headCount must be between 1 and 1 000 000.', { field: 'headCount' })
  }
  if (!Number.isInteger(careHeadCount) || careHeadCount < 0 || careHeadCount > headCount) {
    throw badUserInput(`careHeadCount must be between 0 and headCount (${headCount}): it is part of the head count.`, {
      field: 'careHeadCount',
    })
  }
  const ranked = await findEvacuationCandidates(
    ctx.db,
    from,
    { hazardColumn: HAZARD_COLUMNS[args.hazard], onlyCare: careHeadCount === headCount },
    { headCount, careHeadCount },
    CANDIDATE_LIMIT,
  )
  const plan = planEvacuation(ranked, { headCount, careHeadCount })
  return {
    ...plan,
    candidates: plan.candidates.map(({ row: { distanceMetres, remainingCapacity, isOpen, ...shelter }, care }) => ({
      shelter,
      distanceMetres,
      remainingCapacity,
      isOpen,
      careAssigned: care,
    })),
  }
}
