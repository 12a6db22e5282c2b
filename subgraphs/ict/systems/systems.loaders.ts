import type { Viewer } from '../../../lib/auth/viewer.js'
import type { Database } from '../../../lib/db/database.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { rowLoader } from '../../../lib/graphql/loaders.js'
import { connectionLoader } from '../../../lib/graphql/pagination.js'
import { findAgreementParties } from '../../../lib/served-municipalities.js'
import {
  countSystemsByMunicipality,
  findSystemsByIds,
  findSystemsByMunicipality,
  findVisibleContracts,
} from './systems.repository.js'

export function createSystemLoaders(db: Database, viewer: Viewer) {
  return {
    systemById: rowLoader(
      (ids: readonly string[]) => findSystemsByIds(db, ids),
      (row) => row.id,
    ),
    systemsByMunicipality: connectionLoader(
      (codes: readonly string[], page) => findSystemsByMunicipality(db, codes, page),
      (row) => row.municipalityCode,
      (row) => row.id,
      (codes) => countSystemsByMunicipality(db, codes),
    ),
    /** The codes that are parties to the agreement in force (null for the others): the coordinator's remit. */
    agreementPartyByCode: rowLoader(
      (codes: readonly string[]) => findAgreementParties(db, codes),
      (row) => row.code,
    ),
    /** Read as the viewer, so row-level security hides what the caller may not see. */
    visibleContractBySystemId: rowLoader(
      (ids: readonly string[]) => withViewerTransaction(db, viewer, (trx) => findVisibleContracts(trx, ids)),
      (row) => row.systemId,
    ),
  }
}
