import type { Database } from '../../../lib/db/database.js'
import { groupLoader, rowLoader } from '../../../lib/graphql/loaders.js'
import { connectionLoader } from '../../../lib/graphql/pagination.js'
import {
  countPilotsByInitiative,
  findPilotsByIds,
  findPilotsByInitiative,
  findStatusHistory,
} from './pilots.repository.js'

export function createPilotLoaders(db: Database) {
  return {
    pilotById: rowLoader(
      (ids: readonly string[]) => findPilotsByIds(db, ids),
      (row) => row.id,
    ),
    pilotsByInitiative: connectionLoader(
      (ids: readonly string[], page) => findPilotsByInitiative(db, ids, page),
      (row) => row.initiativeId,
      (row) => row.id,
      (ids) => countPilotsByInitiative(db, ids),
    ),
    statusHistoryByPilot: groupLoader(
      (ids: readonly string[]) => findStatusHistory(db, ids),
      (row) => row.pilotId,
    ),
  }
}
