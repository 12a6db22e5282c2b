import { sql, type Insertable } from 'kysely'
import type { IctSharedCase } from '../../../codegen/db.js'
import type { Executor } from '../../../lib/db/database.js'
import { countRows } from '../../../lib/db/paging.js'
import { foldForSearch } from '../../../lib/text/search-fold.js'
import type { PageRequest } from '../../../lib/graphql/pagination.js'

/**
 * The needle under the search rule the haystack was stored with (`search_text` is `app.search_fold(…)`). LIKE
 * treats % and _ as wildcards; a search for "100%" must mean the text "100%".
 */
const likePattern = (text: string) => `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`

export function findSharedCasesByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('ict.sharedCase').selectAll().where('id', 'in', ids).execute()
}

export interface SharedCaseFilter {
  text: string | null
  tag: string | null
}

/**
 * Substring search over the folded haystack (NFKC, lower case, katakana as hiragana:
 * lib/text/search-fold.ts). The trigram index answers patterns of three characters or more; one- and
 * two-character Japanese words (除雪) are still found, by a scan.
 */
const casesMatching = (db: Executor, filter: SharedCaseFilter) =>
  db
    .selectFrom('ict.sharedCase')
    .selectAll()
    .$if(filter.text !== null, (qb) =>
      qb.where(sql<boolean>`search_text like ${likePattern(filter.text ?? '')} escape '\\'`),
    )
    .$if(filter.tag !== null, (qb) =>
      qb.where(sql<boolean>`search_tags @> array[${foldForSearch(filter.tag ?? '')}]::text[]`),
    )

export const countSharedCases = (db: Executor, filter: SharedCaseFilter) => countRows(casesMatching(db, filter))

export function searchSharedCases(db: Executor, filter: SharedCaseFilter, page: PageRequest) {
  const [afterTime = '', afterId = ''] = (page.afterKey ?? '').split('|')
  return casesMatching(db, filter)
    .$if(page.afterKey !== null, (qb) =>
      qb.where(sql<boolean>`(created_at, id) < (${afterTime}::timestamptz, ${afterId}::uuid)`),
    )
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute()
}

export function insertSharedCase(db: Executor, values: Insertable<IctSharedCase>) {
  return db.insertInto('ict.sharedCase').values(values).returningAll().executeTakeFirstOrThrow()
}
