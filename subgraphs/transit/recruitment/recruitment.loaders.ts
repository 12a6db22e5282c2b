import type { Database } from '../../../lib/db/database.js'
import { rowLoader } from '../../../lib/graphql/loaders.js'
import { connectionLoader, createdAtSortKey } from '../../../lib/graphql/pagination.js'
import {
  eventSortKey,
  countEventsByInitiative,
  countEventsByMunicipality,
  findEventsByIds,
  findEventsByInitiative,
  findEventsByMunicipality,
} from './recruitment-events.repository.js'
import {
  countOpeningsByInitiative,
  countOpeningsByMunicipality,
  findOpeningsByIds,
  findOpeningsByInitiative,
  findOpeningsByMunicipality,
} from './recruitment-openings.repository.js'
import type { RecruitmentOpeningModel } from './recruitment-openings.model.js'

// Only the rows of the requested towns come back from the *ByMunicipality queries, so the owner is set.
const ownerOf = (row: { municipalityCode: string | null }) => row.municipalityCode ?? ''

export function createRecruitmentLoaders(db: Database) {
  return {
    openingById: rowLoader(
      (ids: readonly string[]) => findOpeningsByIds(db, ids),
      (row) => row.id,
    ),
    openingsByMunicipality: connectionLoader(
      (codes: readonly string[], page) => findOpeningsByMunicipality(db, codes, page),
      ownerOf,
      (row: RecruitmentOpeningModel) => createdAtSortKey(row),
      (codes) => countOpeningsByMunicipality(db, codes),
    ),
    openingsByInitiative: connectionLoader(
      (ids: readonly string[], page) => findOpeningsByInitiative(db, ids, page),
      (row) => row.initiativeId,
      createdAtSortKey,
      (ids) => countOpeningsByInitiative(db, ids),
    ),
    eventById: rowLoader(
      (ids: readonly string[]) => findEventsByIds(db, ids),
      (row) => row.id,
    ),
    eventsByMunicipality: connectionLoader(
      (codes: readonly string[], page) => findEventsByMunicipality(db, codes, page),
      ownerOf,
      eventSortKey,
      (codes) => countEventsByMunicipality(db, codes),
    ),
    eventsByInitiative: connectionLoader(
      (ids: readonly string[], page) => findEventsByInitiative(db, ids, page),
      (row) => row.initiativeId,
      eventSortKey,
      (ids) => countEventsByInitiative(db, ids),
    ),
  }
}
