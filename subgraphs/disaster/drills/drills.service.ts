import { assertServedMunicipalities } from '../../../lib/served-municipalities.js'
import type { DrillInput } from '../../../codegen/disaster-resolvers.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { parseInput } from '../../../lib/graphql/input.js'
import type { DisasterContext } from '../context.js'
import { findDrillTotalsByFiscalYear, findDrillTotalsByYear, insertDrill } from './drills.repository.js'
import { drillRules } from './drills.rules.js'

const participantsOf = (row: { staff: number; volunteers: number; residents: number }) => ({
  staff: row.staff,
  volunteers: row.volunteers,
  residents: row.residents,
  total: row.staff + row.volunteers + row.residents,
})

export async function drillTotals(ctx: DisasterContext) {
  const rows = await findDrillTotalsByYear(ctx.db)
  return rows.map((row) => ({ year: row.year, drills: row.drills, participants: participantsOf(row) }))
}

/** Totals per 年度 (April–March), the year the towns budget and report drills in. */
export async function drillTotalsByFiscalYear(ctx: DisasterContext) {
  const rows = await findDrillTotalsByFiscalYear(ctx.db)
  return rows.map((row) => ({
    fiscalYear: row.fiscalYear,
    drills: row.drills,
    sampleDrills: row.sampleDrills,
    participants: participantsOf(row),
  }))
}

export function recordDrill(ctx: DisasterContext, input: DrillInput) {
  return runWrite(ctx, async (w) => {
    const host = w.ownerFor(input.hostMunicipalityCode, 'input.hostMunicipalityCode')
    const data = parseInput(drillRules.input, input)
    const participating = data.participatingMunicipalityCodes ?? []
    await assertServedMunicipalities(w.trx, participating, 'input.participatingMunicipalityCodes')
    const row = await insertDrill(w.trx, {
      hostMunicipalityCode: host,
      participatingMunicipalityCodes: [...new Set(participating)].filter((code) => code !== host),
      initiativeId: data.initiativeId,
      heldOn: data.heldOn,
      title: data.title,
      kind: data.kind,
      staffParticipants: data.staff,
      volunteerParticipants: data.volunteers,
      residentParticipants: data.residents,
    })
    await w.changed({ operation: 'create', entity: 'Drill', entityId: row.id, ownerCode: host, after: row })
    return row
  })
}
