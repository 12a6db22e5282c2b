import { z } from 'zod'
import type { CreateSharedCaseInput } from '../../../codegen/ict-resolvers.js'
import { assertCanWriteFor, assertCanWriteRegional } from '../../../lib/auth/viewer.js'
import { recordAudit } from '../../../lib/db/audit.js'
import { withViewerTransaction } from '../../../lib/db/viewer-transaction.js'
import { inputRules, parseInput } from '../../../lib/graphql/input.js'
import {
  createdAtSortKey,
  isCreatedAtSortKey,
  pageRequest,
  toConnection,
  type PageArgs,
} from '../../../lib/graphql/pagination.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { IctContext } from '../context.js'
import { insertSharedCase, searchSharedCases } from './shared-cases.repository.js'

const createSchema = z.object({
  source: inputRules.optionalText(200).nullish(),
  title: inputRules.text(200),
  summary: inputRules.optionalText(4000).nullish(),
  tags: z.array(inputRules.text(50)).max(20, 'must have at most 20 tags').nullish(),
  links: z.array(inputRules.httpUrl).max(10, 'must have at most 10 links').nullish(),
})
const searchSchema = z.object({ text: inputRules.text(100).nullish(), tag: inputRules.text(50).nullish() })

export async function findSharedCases(ctx: IctContext, args: PageArgs & { text?: string | null; tag?: string | null }) {
  const filter = parseInput(searchSchema, { text: args.text, tag: args.tag }, 'args')
  const page = pageRequest(args, isCreatedAtSortKey)
  const rows = await searchSharedCases(ctx.db, { text: filter.text ?? null, tag: filter.tag ?? null }, page)
  return toConnection(rows, page, createdAtSortKey)
}

/** A town's own case (its editors), or a region-wide one without a town (the coordinator). */
export async function createSharedCase(ctx: IctContext, input: CreateSharedCaseInput) {
  const owner = input.municipalityCode ? assertMunicipalityCode(input.municipalityCode, 'input.municipalityCode') : null
  const actor = owner ? assertCanWriteFor(ctx.viewer, owner) : assertCanWriteRegional(ctx.viewer)
  const data = parseInput(createSchema, input)
  return withViewerTransaction(ctx.db, ctx.viewer, async (trx) => {
    const row = await insertSharedCase(trx, {
      municipalityCode: owner,
      source: data.source ?? '',
      title: data.title,
      summary: data.summary ?? '',
      tags: [...new Set(data.tags ?? [])],
      links: data.links ?? [],
    })
    await recordAudit(trx, {
      actor,
      subgraph: 'ict',
      operation: 'create',
      entity: 'SharedCase',
      entityId: row.id,
      ownerCode: owner,
      after: row,
      requestId: ctx.requestId,
    })
    return row
  })
}
