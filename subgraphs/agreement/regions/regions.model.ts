import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A row of agreement.served_region: the model of Region. */
export type RegionModel = Selectable<DB['agreement.servedRegion']> & { id: string }
