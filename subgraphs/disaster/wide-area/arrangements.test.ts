import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  AuditLogDocument,
  DecideEvacuationArrangementDocument,
  EvacuationArrangementsDocument,
  RecordEvacuationArrangementDocument,
  WithdrawEvacuationArrangementDocument,
  type EvacuationArrangementStatus,
} from '../../../codegen/operations.js'
import { createDatabase, type DB } from '../../../lib/db/database.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

/**
 * Issue #17: an arrangement recorded by town A binds town B only once B consents; each step shows in both towns'
 * audit logs; the wrong town is refused by the service and, separately, by PostgreSQL as the disaster role.
 */
const [A, B, C] = ['014303', '012106', '014290'] // 月形 proposes, 岩見沢 is bound, 栗山 is a third town
let stack: TestStack
let disasterRole: Kysely<DB>
const tokens: Record<string, string> = {}
beforeAll(async () => {
  stack = await startTestStack()
  for (const code of [A, B, C]) tokens[code] = await stack.token(code, ['editor'])
  disasterRole = createDatabase({ url: stack.database.roleUrls.disaster, poolMax: 1 })
})
afterAll(async () => {
  await disasterRole.destroy()
  await stack.stop()
})

async function propose(headCount: number) {
  const input = { fromMunicipalityCode: A, toMunicipalityCode: B, headCount, agreedOn: '2026-12-01' }
  const { body } = await stack.graphql(RecordEvacuationArrangementDocument, { input }, { token: tokens[A] })
  const proposal = body.data?.recordEvacuationArrangement
  if (!proposal) throw new Error(`proposal refused: ${JSON.stringify(body.errors)}`)
  return proposal
}
const decide = (id: string, decision: 'CONSENT' | 'DECLINE', as: string, note?: string) =>
  stack.graphql(DecideEvacuationArrangementDocument, { input: { id, decision, note } }, { token: tokens[as] })
const withdraw = (id: string, as: string) =>
  stack.graphql(WithdrawEvacuationArrangementDocument, { id }, { token: tokens[as] })
/** The ids a town's arrangement list shows (by default: those in effect). */
async function listed(code: string, statuses?: EvacuationArrangementStatus[]) {
  const { body } = await stack.graphql(EvacuationArrangementsDocument, { municipalityCode: code, statuses })
  expect(body.errors).toBeUndefined()
  return (body.data?.evacuationArrangements ?? []).map((row) => row.id)
}
/** `operation` of each of the town's own audit entries about arrangement `id`, oldest first. */
async function auditOf(code: string, id: string) {
  const { body } = await stack.graphql(AuditLogDocument, { first: 100 }, { token: tokens[code] })
  expect(body.errors).toBeUndefined()
  const entries = body.data?.auditLog.nodes ?? []
  return entries
    .filter((entry) => entry.entity === 'EvacuationArrangement' && entry.entityId === id)
    .map((entry) => ({ operation: entry.operation, actor: entry.actorMunicipality.code, concerns: entry.concerns }))
    .reverse()
}
const stored = (id: string) =>
  stack.database.admin
    .selectFrom('disaster.evacuationArrangement')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow()

/** Runs `statement` as the disaster login role with an editor's RLS settings; rolled back; SQLSTATE or row count. */
async function asEditor(code: string, statement: ReturnType<typeof sql>) {
  return disasterRole
    .transaction()
    .execute(async (trx) => {
      await sql`select set_config('app.municipality_code', ${code}, true),
        set_config('app.role', 'editor', true)`.execute(trx)
      const result = await statement.execute(trx)
      throw Object.assign(new Error('rollback'), { rows: Number(result.numAffectedRows ?? 0) })
    })
    .catch((error: unknown) => {
      const { code, rows } = error as { code?: string; rows?: number }
      return code ?? `${rows} rows`
    })
}

describe('consent to an evacuation arrangement', () => {
  it('is not in effect while proposed; a third town or the proposer cannot decide; consent enacts it', async () => {
    const proposal = await propose(300)
    expect(proposal).toMatchObject({
      status: 'PROPOSED',
      inEffect: false,
      proposedBy: { code: A },
      consentingTown: { code: B },
      decidedAt: null,
    })
    expect(await listed(A)).not.toContain(proposal.id)
    expect(await listed(B)).not.toContain(proposal.id)
    expect(await listed(B, ['PROPOSED'])).toContain(proposal.id)

    const third = await decide(proposal.id, 'CONSENT', C)
    expect(errorCodes(third.body)).toEqual(['FORBIDDEN'])
    const proposer = await decide(proposal.id, 'CONSENT', A)
    expect(errorCodes(proposer.body)).toEqual(['FORBIDDEN'])
    expect(proposer.body.errors?.[0]?.message).toContain(`only ${B}`)
    expect(await stored(proposal.id)).toMatchObject({ status: 'PROPOSED', decidedAt: null })

    const consent = await decide(proposal.id, 'CONSENT', B, '体育館を優先')
    expect(consent.body.errors).toBeUndefined()
    expect(consent.body.data?.decideEvacuationArrangement).toMatchObject({
      status: 'CONSENTED',
      inEffect: true,
      decisionNote: '体育館を優先',
    })
    expect(consent.body.data?.decideEvacuationArrangement.decidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(await listed(A)).toContain(proposal.id)
    expect(await listed(B)).toContain(proposal.id)
    expect(await listed(C)).not.toContain(proposal.id)

    // Final: neither a second decision nor a withdrawal changes it.
    expect(errorCodes((await decide(proposal.id, 'DECLINE', B)).body)).toEqual(['CONFLICT'])
    expect(errorCodes((await withdraw(proposal.id, A)).body)).toEqual(['CONFLICT'])
    expect(await stored(proposal.id)).toMatchObject({ status: 'CONSENTED', decisionNote: '体育館を優先' })

    // The proposal and the consent, each one entry, in both towns' audit logs; none in the third town's.
    const expected = [
      { operation: 'propose', actor: A, concerns: [{ code: A }, { code: B }] },
      { operation: 'consent', actor: B, concerns: [{ code: A }, { code: B }] },
    ]
    expect(await auditOf(A, proposal.id)).toEqual(expected)
    expect(await auditOf(B, proposal.id)).toEqual(expected)
    expect(await auditOf(C, proposal.id)).toEqual([])
  })

  it('never puts a declined or withdrawn arrangement in effect; only the proposer withdraws', async () => {
    const declined = await propose(40)
    const decline = await decide(declined.id, 'DECLINE', B, '収容余力なし')
    expect(decline.body.data?.decideEvacuationArrangement).toMatchObject({ status: 'DECLINED', inEffect: false })
    expect(errorCodes((await decide(declined.id, 'CONSENT', B)).body)).toEqual(['CONFLICT'])
    expect(await stored(declined.id)).toMatchObject({ status: 'DECLINED' })
    for (const code of [A, B]) expect(await listed(code)).not.toContain(declined.id)
    expect(await listed(A, ['DECLINED'])).toContain(declined.id)
    for (const code of [A, B])
      expect((await auditOf(code, declined.id)).map((entry) => entry.operation)).toEqual(['propose', 'decline'])

    const withdrawn = await propose(50)
    expect(errorCodes((await withdraw(withdrawn.id, B)).body)).toEqual(['FORBIDDEN'])
    expect(errorCodes((await withdraw(withdrawn.id, C)).body)).toEqual(['FORBIDDEN'])
    const done = await withdraw(withdrawn.id, A)
    expect(done.body.data?.withdrawEvacuationArrangement).toMatchObject({ status: 'WITHDRAWN', inEffect: false })
    expect(errorCodes((await decide(withdrawn.id, 'CONSENT', B)).body)).toEqual(['CONFLICT'])
    for (const code of [A, B]) {
      expect(await listed(code)).not.toContain(withdrawn.id)
      expect((await auditOf(code, withdrawn.id)).map((entry) => entry.operation)).toEqual(['propose', 'withdraw'])
    }
  })

  it('refuses unknown ids and anonymous callers', async () => {
    const unknown = await decide('00000000-0000-4000-8000-000000000000', 'CONSENT', B)
    expect(errorCodes(unknown.body)).toEqual(['NOT_FOUND'])
    expect(errorCodes((await decide('not-an-id', 'CONSENT', B)).body)).toEqual(['NOT_FOUND'])
    const proposal = await propose(60)
    const anonymous = await stack.graphql(DecideEvacuationArrangementDocument, {
      input: { id: proposal.id, decision: 'CONSENT' },
    })
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED'])
  })
})

describe('consent in PostgreSQL (row-level security as the disaster login role)', () => {
  it("refuses the proposer's direct UPDATE of the decision; the bound town may change its columns only", async () => {
    const proposal = await propose(70)
    const table = sql.table('disaster.evacuation_arrangement')
    const setStatus = (status: string) => sql`update ${table} set status = ${status}, decided_at = now(),
      decided_by = 'sql' where id = ${proposal.id}`
    // A proposed it: A cannot consent (or decline) in its place — the new row fails every UPDATE policy.
    expect(await asEditor(A, setStatus('CONSENTED'))).toBe('42501')
    expect(await asEditor(A, setStatus('DECLINED'))).toBe('42501')
    // A third town does not see the row for UPDATE at all.
    expect(await asEditor(C, setStatus('CONSENTED'))).toBe('0 rows')
    // B, the bound town, may set the decision — but not withdraw, and not touch the terms.
    expect(await asEditor(B, setStatus('CONSENTED'))).toBe('1 rows')
    expect(await asEditor(B, setStatus('WITHDRAWN'))).toBe('42501')
    expect(await asEditor(B, sql`update ${table} set head_count = 1 where id = ${proposal.id}`)).toBe('42501')
    expect(await asEditor(A, setStatus('WITHDRAWN'))).toBe('1 rows')
    // An arrangement cannot be inserted as already consented.
    const insert = sql`insert into ${table} (from_municipality_code, to_municipality_code, proposer_municipality_code,
      head_count, agreed_on, status, decided_at, decided_by) values (${A}, ${B}, ${A}, 1, '2026-12-01', 'CONSENTED',
      now(), 'sql')`
    expect(await asEditor(A, insert)).toBe('42501')
    expect(await stored(proposal.id)).toMatchObject({ status: 'PROPOSED', headCount: 70 })

    // Once decided, nobody's UPDATE policy admits the row any more.
    await decide(proposal.id, 'CONSENT', B)
    expect(await asEditor(B, setStatus('DECLINED'))).toBe('0 rows')
    expect(await stored(proposal.id)).toMatchObject({ status: 'CONSENTED' })
  })
})
