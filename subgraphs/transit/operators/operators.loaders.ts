import type { Database } from '../../../lib/db/database.js'
import { rowLoader } from '../../../lib/graphql/loaders.js'
import { connectionLoader } from '../../../lib/graphql/pagination.js'
import type { OperatorModel } from './operators.model.js'
import {
  countOperatorsByMunicipality,
  findOperatorsByIds,
  findOperatorsByMunicipality,
} from './operators.repository.js'

export function createOperatorLoaders(db: Database) {
  return {
    operatorById: rowLoader(
      (ids: readonly string[]) => findOperatorsByIds(db, ids),
      (row) => row.id,
    ),
    operatorsByMunicipality: connectionLoader(
      (codes: readonly string[], page) => findOperatorsByMunicipality(db, codes, page),
      // Only municipal operators are fetched here (the query filters on the codes), so the owner is set.
      (row: OperatorModel) => row.municipalityCode ?? '',
      (row) => row.id,
      (codes) => countOperatorsByMunicipality(db, codes),
    ),
  }
}
