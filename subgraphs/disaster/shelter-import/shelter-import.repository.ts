import { sql, type Insertable } from 'kysely'
import type { DisasterShelter } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import type { Designation } from '../shelters/shelter-kinds.js'
import type { ShelterColumns } from '../shelters/shelters.model.js'

/** Every row of one town's list, retired ones too (a reappearing site revives its row), locked for the import. */
export function findTownList(db: Executor, municipalityCode: string, designation: Designation) {
  return db
    .selectFrom('disaster.shelter')
    .selectAll()
    .where('municipalityCode', '=', municipalityCode)
    .where('designation', '=', designation)
    .orderBy('id')
    .forUpdate()
    .execute()
}

/** Rows per INSERT: ~40 columns each stays far below PostgreSQL's 65,535 parameters. */
const INSERT_BATCH = 1000

export async function insertShelters(db: Executor, rows: Insertable<DisasterShelter>[]) {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    await db
      .insertInto('disaster.shelter')
      .values(rows.slice(start, start + INSERT_BATCH))
      .execute()
  }
}

/** Every column an import writes, with its PostgreSQL type: the record type of the set-based UPDATE below. */
const COLUMN_TYPES = {
  sourceId: 'text',
  name: 'text',
  nameKana: 'text',
  address: 'text',
  addressDetail: 'text',
  latitude: 'double precision',
  longitude: 'double precision',
  elevationM: 'double precision',
  phone: 'text',
  phoneExtension: 'text',
  hazardFlood: 'boolean',
  hazardLandslide: 'boolean',
  hazardStormSurge: 'boolean',
  hazardEarthquake: 'boolean',
  hazardTsunami: 'boolean',
  hazardLargeFire: 'boolean',
  hazardInlandFlood: 'boolean',
  hazardVolcano: 'boolean',
  conditionalHazards: 'text[]',
  isDesignatedShelter: 'boolean',
  isEmergencySite: 'boolean',
  capacity: 'integer',
  capacityIndoor: 'integer',
  capacityOutdoor: 'integer',
  capacityNote: 'text',
  targetCommunity: 'text',
  acceptsPeopleNeedingCare: 'boolean',
  isWelfareShelter: 'boolean',
  isBarrierFree: 'boolean',
  petPolicy: 'text',
  acceptedPersons: 'text',
  additionalMatters: 'text',
  url: 'text',
  notes: 'text',
} as const satisfies Record<keyof ShelterColumns, string>

const snake = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
const COLUMNS = Object.keys(COLUMN_TYPES) as (keyof ShelterColumns)[]

/**
 * Replaces the columns of many rows in ONE statement (the rows travel as one jsonb array), puts them back in
 * service and makes them the town's data (no longer sample).
 */
export async function updateShelters(db: Executor, rows: readonly { id: string; columns: ShelterColumns }[]) {
  if (rows.length === 0) return
  const payload = rows.map(({ id, columns }): Record<string, unknown> => {
    const entries: [string, unknown][] = [
      ['id', id],
      ...COLUMNS.map((key): [string, unknown] => [snake(key), columns[key]]),
    ]
    return Object.fromEntries(entries)
  })
  const recordType = sql.join([
    sql`id uuid`,
    ...COLUMNS.map((key) => sql`${sql.id(snake(key))} ${sql.raw(COLUMN_TYPES[key])}`),
  ])
  const assignments = sql.join(COLUMNS.map((key) => sql`${sql.id(snake(key))} = v.${sql.id(snake(key))}`))
  await sql`
    update disaster.shelter as s
    set ${assignments}, retired_at = null, is_sample = false, updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as v(${recordType})
    where s.id = v.id`.execute(db)
}

export function retireShelters(db: Executor, ids: readonly string[]) {
  return ids.length === 0
    ? Promise.resolve()
    : db
        .updateTable('disaster.shelter')
        .set({ retiredAt: new Date(), updatedAt: new Date() })
        .where('id', 'in', ids)
        .execute()
}
