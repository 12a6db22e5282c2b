import type { ShelterInput } from '../../../codegen/disaster-resolvers.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { badUserInput } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import { pageRequest, toConnection, type PageArgs } from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { DisasterContext } from '../context.js'
import { HAZARD_COLUMNS, type Hazard } from './hazards.js'
import type { Designation } from './shelter-kinds.js'
import {
  countShelters,
  findShelterForUpdate,
  findShelterPage,
  findSheltersByIds,
  findSheltersNear,
  insertShelter,
  updateShelter as updateShelterRow,
  type ShelterFilter,
} from './shelters.repository.js'
import { shelterColumns, shelterRules } from './shelters.rules.js'

const MAX_RADIUS_METRES = 50_000
const MAX_NEAR_RESULTS = 200

/** The filter arguments `shelters` and `sheltersNear` share. */
interface FilterArgs {
  hazard?: Hazard | null
  designation?: Designation | null
  needsCare?: boolean | null
}

const filterOf = (args: FilterArgs): ShelterFilter => ({
  hazardColumn: args.hazard ? HAZARD_COLUMNS[args.hazard] : null,
  designation: args.designation ?? null,
  needsCare: args.needsCare ?? false,
})

export async function shelterPage(ctx: DisasterContext, args: PageArgs & FilterArgs & { municipalityCode: string }) {
  const code = assertMunicipalityCode(args.municipalityCode, 'municipalityCode')
  const page = pageRequest(args, isUuid)
  const filter = filterOf(args)
  const rows = await findShelterPage(ctx.db, code, filter, page)
  return toConnection(
    rows,
    page,
    (row) => row.id,
    () => countShelters(ctx.db, code, filter),
  )
}

export function nearbyShelters(
  ctx: DisasterContext,
  args: FilterArgs & { latitude: number; longitude: number; radiusMetres?: number | null; first?: number | null },
) {
  const radiusMetres = args.radiusMetres ?? 5000
  const limit = args.first ?? 20
  if (Math.abs(args.latitude) > 90 || Math.abs(args.longitude) > 180) {
    throw badUserInput('latitude must be within ±90 and longitude within ±180.', { field: 'latitude' })
  }
  if (!(radiusMetres > 0 && radiusMetres <= MAX_RADIUS_METRES)) {
    throw badUserInput(`radiusMetres must be between 0 and ${MAX_RADIUS_METRES}.`, { field: 'radiusMetres' })
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEAR_RESULTS) {
    throw badUserInput(`first must be between 1 and ${MAX_NEAR_RESULTS}.`, { field: 'first' })
  }
  return findSheltersNear(ctx.db, args, { radiusMetres, filter: filterOf(args), limit })
}

export function createShelter(ctx: DisasterContext, input: ShelterInput) {
  return runWrite(ctx, async (w) => {
    const owner = w.ownerFor(input.municipalityCode, 'input.municipalityCode')
    const columns = shelterColumns(parseInput(shelterRules.input, input))
    const designation = input.designation ?? 'EMERGENCY_SITE'
    const row = await insertShelter(w.trx, { ...columns, designation, municipalityCode: owner })
    await w.changedRow('Shelter', 'create', row)
    return row
  })
}

const SHELTER_ACCESS = { what: 'shelter', findByIds: findSheltersByIds, lockById: findShelterForUpdate }

/**
 * A full replacement of the shelter's fields. The town stays the shelter's: naming another one is refused
 * rather than ignored, so a client that meant to move a shelter learns it did not happen. Once a town has
 * written it, the row is the town's data, no longer sample data.
 */
export function updateShelter(ctx: DisasterContext, id: string, input: ShelterInput) {
  return runWrite(ctx, async (w) => {
    const columns = shelterColumns(parseInput(shelterRules.input, input))
    const existing = await w.lockOwned(id, SHELTER_ACCESS)
    const requested = input.municipalityCode
    if (requested != null && requested !== existing.municipalityCode) {
      throw badUserInput(
        `input.municipalityCode ${JSON.stringify(requested)} is not this shelter's town ` +
          `(${existing.municipalityCode}); a shelter cannot move to another town: retire it and create it there.`,
        { field: 'input.municipalityCode' },
      )
    }
    const designation = input.designation ?? existing.designation
    const updated = await updateShelterRow(w.trx, id, { ...columns, designation, isSample: false })
    await w.changedRow('Shelter', 'update', updated, existing)
    w.refresh(ctx.loaders.shelterById, id, updated)
    return updated
  })
}

export function retireShelter(ctx: DisasterContext, id: string) {
  return runWrite(ctx, async (w) => {
    const existing = await w.lockOwned(id, SHELTER_ACCESS)
    if (existing.retiredAt) return existing
    const row = await updateShelterRow(w.trx, id, { retiredAt: new Date() })
    await w.changedRow('Shelter', 'retire', row, existing)
    w.refresh(ctx.loaders.shelterById, id, row)
    return row
  })
}
