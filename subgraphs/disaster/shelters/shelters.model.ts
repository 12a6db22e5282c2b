import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A shelter as stored, retired ones included: the model of the GraphQL type Shelter. */
export type ShelterModel = Selectable<DB['disaster.shelter']>

/** The columns a shelter's input fills (everything but identity, owner, list and bookkeeping). */
export type ShelterColumns = Omit<
  ShelterModel,
  'id' | 'municipalityCode' | 'designation' | 'isSample' | 'retiredAt' | 'createdAt' | 'updatedAt'
>
