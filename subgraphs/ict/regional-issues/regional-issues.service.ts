import { z } from 'zod'
import type { CreateRegionalIssueInput } from '../../../codegen/ict-resolvers.js'
import { assertCanWriteFor, assertCanWriteRegional, requireStaff } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { notFound } from '../../../lib/errors.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
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
import { findIssuesByIds, findIssuesPage, insertIssue, insertPilotIssue } from './regional-issues.repository.js'

const createSchema = z.object({ title: inputRules.text(200), description: inputRules.optionalText(4000).nullish() })

export async function listRegionalIssues(ctx: IctContext, args: PageArgs) {
  const page = pageRequest(args, isCreatedAtSortKey)
  return toConnection(await findIssuesPage(ctx.db, page), page, createdAtSortKey)
}

export async function createRegionalIssue(ctx: IctContext, input: CreateRegionalIssueInput) {
  const actor = assertCanWriteRegional(ctx.viewer)
  const data = parseInput(createSchema, input)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertIssue(trx, { title: data.title, description: data.description ?? '' })
    await recordAudit(trx, {
      actor,
      subgraph: 'ict',
      operation: 'create',
      entity: 'RegionalIssue',
      entityId: row.id,
      ownerCode: null,
      after: row,
      requestId: ctx.requestId,
    })
    return row
  })
}

export async function linkPilotToIssue(ctx: IctContext, pilotId: string, issueId: string) {
  requireStaff(ctx.viewer)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const [pilot] = isUuid(pilotId) ? await findPilotsByIds(trx, [pilotId]) : []
    if (!pilot) throw notFound(`No pilot with id ${JSON.stringify(pilotId)}.`)
    const actor = assertCanWriteFor(ctx.viewer, pilot.municipalityCode)
    const [issue] = isUuid(issueId) ? await findIssuesByIds(trx, [issueId]) : []
    if (!issue) throw notFound(`No regional issue with id ${JSON.stringify(issueId)}.`)
    await insertPilotIssue(trx, { pilotId, issueId, municipalityCode: pilot.municipalityCode })
    await recordAudit(trx, {
      actor,
      subgraph: 'ict',
      operation: 'link-issue',
      entity: 'Pilot',
      entityId: pilotId,
      ownerCode: pilot.municipalityCode,
      after: { issueId },
      requestId: ctx.requestId,
    })
    ctx.loaders.issuesByPilot.clear(pilotId)
    return pilot
  })
}
