import type { Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/**
 * Reference points of the nine towns (their offices), which place every GTFS stop in a town (the
 * transit.gtfs_stop trigger). Reference data, not sample data: loaded with the agreement.
 */
export async function seedTownCentres(
  trx: Transaction<DB>,
  towns: readonly { code: string; latitude: number; longitude: number }[],
) {
  await trx
    .insertInto('transit.townCentre')
    .values(towns.map((town) => ({ municipalityCode: town.code, latitude: town.latitude, longitude: town.longitude })))
    .execute()
}
