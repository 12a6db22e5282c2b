import DataLoader from 'dataloader'
import { groupBy } from '../../../lib/collections.js'
import type { Database } from '../../../lib/db/database.js'
import { rowLoader } from '../../../lib/graphql/loaders.js'
import { findLatestReports, findResponseHistories } from './situation.repository.js'

/** Entries of each kind a town's response history holds, newest first. */
export const HISTORY_LIMIT = 200

export function createSituationLoaders(db: Database) {
  return {
    latestReportByShelter: rowLoader(
      (ids: readonly string[]) => findLatestReports(db, ids),
      (row) => row.shelterId,
    ),
    /** Each town's response history (`Municipality.responseHistory`): two statements for a whole batch of towns. */
    responseHistoryByMunicipality: new DataLoader<string, Awaited<ReturnType<typeof historiesOf>>[number]>((codes) =>
      historiesOf(db, codes),
    ),
  }
}

async function historiesOf(db: Database, codes: readonly string[]) {
  const [statuses, alerts] = await findResponseHistories(db, codes, HISTORY_LIMIT)
  const statusesOf = groupBy(statuses, (row) => row.municipalityCode)
  const alertsOf = groupBy(alerts, (row) => row.municipalityCode)
  return codes.map((code) => ({
    statuses: (statusesOf.get(code) ?? []).slice(0, HISTORY_LIMIT),
    alerts: (alertsOf.get(code) ?? []).slice(0, HISTORY_LIMIT),
  }))
}
