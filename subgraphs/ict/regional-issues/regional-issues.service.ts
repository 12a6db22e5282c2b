import type { CreateRegionalIssueInput } from '../../../codegen/ict-resolvers.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { notFound } from '../../../lib/errors.js'
import { parseInput } from '../../../lib/graphql/input.js'
import {
  createdAtSortKey,
  isCreatedAtSortKey,
  pageRequest,
  toConnection,
  type PageArgs,
} from '../../../lib/graphql/pagination.js'
import { isUuid } from '../../../lib/ids.js'
import type { IctContext } from '../context.js'
import { findPilotsByIds } from '../pilots/pilots.repository.js'
import {
  countIssues,
  findIssuesByIds,
  findIssuesPage,
  insertIssue,
  insertPilotIssue,
} from './regional-issues.repository.js'
import { regionalIssueRules } from './regional-issues.rules.js'

export async function listRegionalIssues(ctx: IctContext, args: PageArgs) {
  const page = pageRequest(args, isCreatedAtSortKey)
  return toConnection(await findIssuesPage(ctx.db, page), page, createdAtSortKey, () => countIssues(ctx.db))
}

export function createRegionalIssue(ctx: IctContext, input: CreateRegionalIssueInput) {
  return runWrite(ctx, async (w) => {
    w.assertRegional()
    const data = parseInput(regionalIssueRules.input, input)
    const row = await insertIssue(w.trx, { title: data.title, description: data.description ?? '' })
    await w.changed({ operation: 'create', entity: 'RegionalIssue', entityId: row.id, ownerCode: null, after: row })
    return row
  })
}

export function linkPilotToIssue(ctx: IctContext, pilotId: string, issueId: string) {
  return runWrite(ctx, async (w) => {
    const [pilot] = isUuid(pilotId) ? await findPilotsByIds(w.trx, [pilotId]) : []
    if (!pilot) throw notFound(`No pilot with id ${JSON.stringify(pilotId)}.`)
    w.assertOwns(pilot.municipalityCode)
    const [issue] = isUuid(issueId) ? await findIssuesByIds(w.trx, [issueId]) : []
    if (!issue) throw notFound(`No regional issue with id ${JSON.stringify(issueId)}.`)
    await insertPilotIssue(w.trx, { pilotId, issueId, municipalityCode: pilot.municipalityCode })
    await w.changed({
      operation: 'link-issue',
      entity: 'Pilot',
      entityId: pilotId,
      ownerCode: pilot.municipalityCode,
      after: { issueId },
    })
    w.refresh(ctx.loaders.issuesByPilot, pilotId)
    return pilot
  })
}
