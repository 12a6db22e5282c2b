import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** One imported GTFS-JP feed of an operator (at most one ACTIVE): the model of FeedVersion. */
export type FeedVersionModel = Selectable<DB['transit.feedVersion']>
