import type { Database } from '../../../lib/db/database.js'
import { groupLoader, rowLoader } from '../../../lib/graphql/loaders.js'
import { findMunicipalitiesByAgreement, findMunicipalitiesByCodes } from './municipalities.repository.js'

export function createMunicipalityLoaders(db: Database) {
  return {
    /** Also behind `Municipality.__resolveReference`: a gateway `_entities` batch is one statement. */
    municipalityByCode: rowLoader(
      (codes: readonly string[]) => findMunicipalitiesByCodes(db, codes),
      (row) => row.code,
    ),
    municipalitiesByAgreement: groupLoader(
      (ids: readonly string[]) => findMunicipalitiesByAgreement(db, ids),
      (row) => row.agreementId,
    ),
  }
}
