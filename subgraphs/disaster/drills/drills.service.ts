import { z } from 'zod'
import type { DrillInput } from '../../../codegen/disaster-resolvers.js'
import { ownerForWrite } from '../../../lib/auth/ownership.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import { isPartyCode } from '../../../lib/municipality-code.js'
import type { DisasterContext } from '../context.js'
import { findDrillTotalsByYear, insertDrill } from './drills.repository.js'

const count = z.number().int().min(0).max(1_000_000)
const drillSchema = z.object({
  participatingMunicipalityCodes: z
    .array(z.string().refine(isPartyCode, 'must be the code of one of the nine parties'))
    .max(8)
    .nullish(),
  initiativeId: z.string().regex(/^disaster-\d{1,2}$/, 'must be an initiative of the disaster field, e.g. disaster-1'),
  heldOn: inputRules.isoDate,
  title: inputRules.text(200),
  kind: z.enum(['TRAINING', 'EXERCISE', 'EDUCATION']),
  staff: count,
  volunteers: count,
  residents: count,
})

export async function drillTotals(ctx: DisasterContext) {
  const rows = await findDrillTotalsByYear(ctx.db)
  return rows.map((row) => ({
    year: row.year,
    drills: row.drills,
    participants: {
      staff: row.staff,
      volunteers: row.volunteers,
      residents: row.residents,
      total: row.staff + row.volunteers + row.residents,
    },
  }))
}

export async function recordDrill(ctx: DisasterContext, input: DrillInput) {
  const { actor, owner: host } = ownerForWrite(ctx.viewer, input.hostMunicipalityCode, 'input.hostMunicipalityCode')
  const data = parseInput(drillSchema, input)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertDrill(trx, {
      hostMunicipalityCode: host,
      participatingMunicipalityCodes: [...new Set(data.participatingMunicipalityCodes ?? [])].filter(
        (code) => code !== host,
      ),
      initiativeId: data.initiativeId,
      heldOn: data.heldOn,
      title: data.title,
      kind: data.kind,
      staffParticipants: data.staff,
      volunteerParticipants: data.volunteers,
      residentParticipants: data.residents,
    })
    await recordAudit(trx, {
      actor,
      subgraph: 'disaster',
      operation: 'create',
      entity: 'Drill',
      entityId: row.id,
      ownerCode: host,
      after: row,
      requestId: ctx.requestId,
    })
    return row
  })
}
