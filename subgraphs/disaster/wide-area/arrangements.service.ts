import type {
  DecideEvacuationArrangementInput,
  EvacuationArrangementInput,
  EvacuationArrangementStatus,
} from '../../../codegen/disaster-resolvers.js'
import { isAdmin } from '../../../lib/auth/viewer.js'
import { runWrite, type Write } from '../../../lib/db/write-path.js'
import { badUserInput, conflict, forbidden, notFound } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { isUuid } from '../../../lib/ids.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { DisasterContext } from '../context.js'
import { IN_EFFECT, type ArrangementClosedStatus, type EvacuationArrangementModel } from './wide-area.model.js'
import {
  closeProposedArrangement,
  findArrangementById,
  findArrangementsOf,
  insertArrangement,
} from './wide-area.repository.js'
import { arrangementDecisionRules, arrangementRules } from './wide-area.rules.js'

/**
 * An arrangement binds two towns, so it takes effect only with both (issue #17): the town that records it
 * proposes it, the other town — the consenting town — consents or declines, and the proposer may withdraw it
 * before that. Each step is one audit entry that both towns read in their audit log (`partyCodes`). Row-level
 * security (migration 0122) refuses the same steps to the wrong town independently of these checks.
 */

/** The one of its two towns that did not propose the arrangement: its consent puts it in effect. */
export const consentingTownOf = (row: EvacuationArrangementModel) =>
  row.proposerMunicipalityCode === row.fromMunicipalityCode ? row.toMunicipalityCode : row.fromMunicipalityCode

/** A town's arrangements in the given statuses (by default those in effect), newest first, at most 200. */
export function arrangementsOf(
  ctx: DisasterContext,
  code: string,
  statuses: readonly EvacuationArrangementStatus[] | null | undefined,
) {
  const wanted = statuses && statuses.length > 0 ? [...new Set(statuses)] : [IN_EFFECT]
  return findArrangementsOf(ctx.db, assertMunicipalityCode(code, 'municipalityCode'), wanted, 200)
}

/** Staff of either town propose; an admin of neither town proposes on behalf of the origin town. */
export function recordEvacuationArrangement(ctx: DisasterContext, input: EvacuationArrangementInput) {
  return runWrite(ctx, async (w) => {
    const from = assertMunicipalityCode(input.fromMunicipalityCode, 'input.fromMunicipalityCode')
    const to = assertMunicipalityCode(input.toMunicipalityCode, 'input.toMunicipalityCode')
    if (from === to)
      throw badUserInput('input.toMunicipalityCode must differ from the origin town.', {
        field: 'input.toMunicipalityCode',
      })
    const own = w.actor.municipalityCode
    if (!isAdmin(w.actor) && own !== from && own !== to) {
      throw forbidden('Only staff of one of the two towns can propose their arrangement.')
    }
    const data = parseInput(arrangementRules.input, input)
    const row = await insertArrangement(w.trx, {
      fromMunicipalityCode: from,
      toMunicipalityCode: to,
      proposerMunicipalityCode: own === to ? to : from,
      hazard: input.hazard ?? null,
      headCount: data.headCount,
      note: data.note ?? '',
      agreedOn: data.agreedOn,
    })
    await audit(w, 'propose', row.proposerMunicipalityCode, { after: row })
    return row
  })
}

/** The consenting town's staff (or an admin) consent or decline, once, while the arrangement is PROPOSED. */
export function decideEvacuationArrangement(ctx: DisasterContext, input: DecideEvacuationArrangementInput) {
  return runWrite(ctx, async (w) => {
    const before = await findProposed(w, input.id, (row) => {
      const deciding = consentingTownOf(row)
      if (isAdmin(w.actor) || w.actor.municipalityCode === deciding) return
      throw forbidden(
        w.actor.municipalityCode === row.proposerMunicipalityCode
          ? `id: ${row.proposerMunicipalityCode} proposed this arrangement; ` +
              `only ${deciding}, the town it binds, can consent or decline.`
          : `id: only staff of ${deciding}, the town this arrangement binds, can consent or decline.`,
      )
    })
    const data = parseInput(arrangementDecisionRules.input, { note: input.note })
    const status: ArrangementClosedStatus = input.decision === 'CONSENT' ? 'CONSENTED' : 'DECLINED'
    const after = await close(w, before, status, data.note ?? '')
    await audit(w, input.decision === 'CONSENT' ? 'consent' : 'decline', consentingTownOf(after), { before, after })
    return after
  })
}

/** The proposing town's staff (or an admin) withdraw a proposal the other town has not decided yet. */
export function withdrawEvacuationArrangement(ctx: DisasterContext, id: string) {
  return runWrite(ctx, async (w) => {
    const before = await findProposed(w, id, (row) => {
      if (isAdmin(w.actor) || w.actor.municipalityCode === row.proposerMunicipalityCode) return
      throw forbidden(
        `id: only staff of ${row.proposerMunicipalityCode}, which proposed this arrangement, can withdraw it.`,
      )
    })
    const after = await close(w, before, 'WITHDRAWN', '')
    await audit(w, 'withdraw', after.proposerMunicipalityCode, { before, after })
    return after
  })
}

/** The arrangement `id` (NOT_FOUND), `authorize`d for the caller (FORBIDDEN), still PROPOSED (CONFLICT). */
async function findProposed(w: Write, id: string, authorize: (row: EvacuationArrangementModel) => void) {
  const row = isUuid(id) ? await findArrangementById(w.trx, id) : undefined
  if (!row) throw notFound(`id: no evacuation arrangement ${JSON.stringify(id)}`)
  authorize(row)
  if (row.status !== 'PROPOSED')
    throw conflict(`id: the arrangement is ${row.status} already; a decision is final.`, { field: 'id' })
  return row
}

async function close(w: Write, before: EvacuationArrangementModel, status: ArrangementClosedStatus, note: string) {
  const after = await closeProposedArrangement(w.trx, before.id, {
    status,
    decidedBy: w.actor.subject,
    decisionNote: note,
  })
  // Another request closed it between our read and this update.
  if (!after) throw conflict('id: the arrangement was decided or withdrawn meanwhile; a decision is final.')
  return after
}

/** One entry, owned by the town that acted, read by both towns of the arrangement. */
function audit(
  w: Write,
  operation: string,
  ownerCode: string,
  rows: { before?: EvacuationArrangementModel; after: EvacuationArrangementModel },
) {
  return w.changed({
    operation,
    entity: 'EvacuationArrangement',
    entityId: rows.after.id,
    ownerCode,
    partyCodes: [rows.after.fromMunicipalityCode, rows.after.toMunicipalityCode],
    ...rows,
  })
}
