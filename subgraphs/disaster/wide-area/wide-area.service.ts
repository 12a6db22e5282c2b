import { z } from 'zod'
import type { EvacuationArrangementInput, Hazard } from '../../../codegen/disaster-resolvers.js'
import { requireStaff } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { badUserInput, forbidden } from '../../../lib/errors.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { DisasterContext } from '../context.js'
import { HAZARD_COLUMNS } from '../shelters/hazards.js'
import { findArrangementsOf, findEvacuationCandidates, insertArrangement } from './wide-area.repository.js'

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

export const arrangementsOf = (ctx: DisasterContext, code: string) =>
  findArrangementsOf(ctx.db, assertMunicipalityCode(code, 'municipalityCode'), 200)

const arrangementSchema = z.object({
  headCount: z.number().int().min(1).max(1_000_000),
  note: inputRules.optionalText(2000).nullish(),
  agreedOn: inputRules.isoDate,
})

export async function recordEvacuationArrangement(ctx: DisasterContext, input: EvacuationArrangementInput) {
  const staff = requireStaff(ctx.viewer)
  const from = assertMunicipalityCode(input.fromMunicipalityCode, 'input.fromMunicipalityCode')
  const to = assertMunicipalityCode(input.toMunicipalityCode, 'input.toMunicipalityCode')
  if (from === to)
    throw badUserInput('input.toMunicipalityCode must differ from the origin town.', {
      field: 'input.toMunicipalityCode',
    })
  if (!staff.roles.has('admin') && staff.municipalityCode !== from && staff.municipalityCode !== to) {
    throw forbidden('Only staff of one of the two towns can record their arrangement.')
  }
  const data = parseInput(arrangementSchema, input)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertArrangement(trx, {
      fromMunicipalityCode: from,
      toMunicipalityCode: to,
      hazard: input.hazard ?? null,
      headCount: data.headCount,
      note: data.note ?? '',
      agreedOn: data.agreedOn,
    })
    await recordAudit(trx, {
      actor: staff,
      subgraph: 'disaster',
      operation: 'create',
      entity: 'EvacuationArrangement',
      entityId: row.id,
      ownerCode: staff.municipalityCode,
      after: row,
      requestId: ctx.requestId,
    })
    return row
  })
}
