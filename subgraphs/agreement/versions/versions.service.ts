import { pageRequest, toConnection, type PageArgs } from '../../../lib/graphql/pagination.js'
import { countVersions, findVersionsPage } from '../agreement/agreement.repository.js'
import type { AgreementContext } from '../context.js'

const isVersionKey = (key: string) => /^[1-9][0-9]{0,8}$/.test(key)

/** Every version, oldest first (cursor: the version number). */
export async function listVersions(ctx: AgreementContext, args: PageArgs) {
  const page = pageRequest(args, isVersionKey)
  return toConnection(
    await findVersionsPage(ctx.db, page),
    page,
    (row) => String(row.version),
    () => countVersions(ctx.db),
  )
}
