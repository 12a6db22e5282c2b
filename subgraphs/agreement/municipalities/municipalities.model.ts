import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A served municipality, with its population figure: the model of Municipality. */
export type MunicipalityModel = Selectable<DB['agreement.municipality']>
