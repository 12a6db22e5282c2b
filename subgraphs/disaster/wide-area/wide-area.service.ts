import type { EvacuationArrangementInput, Hazard } from '../../../codegen/disaster-resolvers.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { badUserInput, forbidden } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { DisasterContext } from '../context.js'
import { HAZARD_COLUMNS } from '../shelters/hazards.js'
import { findArrangementsOf, findEvacuationCandidates, insertArrangement } from './wide-area.repository.js'
import { arrangementRules } from './wide-area.rules.js'

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

export function recordEvacuationArrangement(ctx: DisasterContext, input: EvacuationArrangementInput) {
  return runWrite(ctx, async (w) => {
    const from = assertMunicipalityCode(input.fromMunicipalityCode, 'input.fromMunicipalityCode')
    const to = assertMunicipalityCode(input.toMunicipalityCode, 'input.toMunicipalityCode')
    if (from === to)
      throw badUserInput('input.toMunicipalityCode must differ from the origin town.', {
        field: 'input.toMunicipalityCode',
      })
    // Either town may record it (they agreed together); an admin for any pair.
    if (!w.actor.roles.has('admin') && w.actor.municipalityCode !== from && w.actor.municipalityCode !== to) {
      throw forbidden('Only staff of one of the two towns can record their arrangement.')
    }
    const data = parseInput(arrangementRules.input, input)
    const row = await insertArrangement(w.trx, {
      fromMunicipalityCode: from,
      toMunicipalityCode: to,
      hazard: input.hazard ?? null,
      headCount: data.headCount,
      note: data.note ?? '',
      agreedOn: data.agreedOn,
    })
    await w.changed({
      operation: 'create',
      entity: 'EvacuationArrangement',
      entityId: row.id,
      ownerCode: w.actor.municipalityCode,
      after: row,
    })
    return row
  })
}
