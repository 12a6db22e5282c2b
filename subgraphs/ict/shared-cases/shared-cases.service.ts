import { z } from 'zod'
import type { CreateSharedCaseInput } from '../../../codegen/ict-resolvers.js'
import { runWrite } from '../../../lib/db/write-path.js'
import { parseInput } from '../../../lib/graphql/input.js'
import {
  createdAtSortKey,
  isCreatedAtSortKey,
  pageRequest,
  toConnection,
  type PageArgs,
} from '../../../lib/graphql/pagination.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { IctContext } from '../context.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'
import { countSharedCases, insertSharedCase, searchSharedCases } from './shared-cases.repository.js'
import { sharedCaseRules } from './shared-cases.rules.js'

const searchSchema = z.object({ text: fieldRules.text(100).nullish(), tag: fieldRules.text(50).nullish() })

export async function findSharedCases(ctx: IctContext, args: PageArgs & { text?: string | null; tag?: string | null }) {
  const filter = parseInput(searchSchema, { text: args.text, tag: args.tag }, 'args')
  const page = pageRequest(args, isCreatedAtSortKey)
  const search = { text: filter.text ?? null, tag: filter.tag ?? null }
  const rows = await searchSharedCases(ctx.db, search, page)
  return toConnection(rows, page, createdAtSortKey, () => countSharedCases(ctx.db, search))
}

/** A town's own case (its editors), or a region-wide one without a town (the coordinator). */
export function createSharedCase(ctx: IctContext, input: CreateSharedCaseInput) {
  return runWrite(ctx, async (w) => {
    const owner = input.municipalityCode
      ? assertMunicipalityCode(input.municipalityCode, 'input.municipalityCode')
      : null
    w.assertOwns(owner)
    const data = parseInput(sharedCaseRules.input, input)
    const row = await insertSharedCase(w.trx, {
      municipalityCode: owner,
      source: data.source ?? '',
      title: data.title,
      summary: data.summary ?? '',
      tags: [...new Set(data.tags ?? [])],
      links: data.links ?? [],
    })
    await w.changedRow('SharedCase', 'create', row)
    return row
  })
}
