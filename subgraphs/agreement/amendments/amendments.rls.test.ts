import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type DB } from '../../../lib/db/database.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js'
import { settleProposal } from './settle-amendment.js'

/** The second fence, in SQL as the agreement subgraph's login role: decisions and text writes. */
let database: TestDatabase
let role: Kysely<DB>
let proposalId = ''
beforeAll(async () => {
  database = await createTestDatabase()
  role = createDatabase({ url: database.roleUrls.agreement, poolMax: 1 })
  const proposal = await database.admin
    .insertInto('agreement.amendmentProposal')
    .values({
      proposerMunicipalityCode: '014303',
      proposedBy: 'sql-test',
      baseVersion: 1,
      title: 't',
      reason: 'r',
      effectiveOn: '2030-04-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  proposalId = proposal.id
  await database.admin
    .insertInto('agreement.amendmentChange')
    .values({
      proposalId,
      position: 1,
      kind: 'CHANGE_INITIATIVE',
      target: 'initiative:ict-1',
      payload: JSON.stringify({ initiativeId: 'ict-1', text: 'x' }),
    })
    .execute()
})
afterAll(async () => {
  await role.destroy()
  await database.drop()
})

async function attempt(session: { municipality: string; role: string }, statement: ReturnType<typeof sql>) {
  try {
    const result = await role.transaction().execute(async (trx) => {
      await sql`select set_config('app.municipality_code', ${session.municipality}, true),
        set_config('app.role', ${session.role}, true)`.execute(trx)
      return statement.execute(trx)
    })
    return { code: 'ok', rows: result.rows, affected: Number(result.numAffectedRows ?? 0) }
  } catch (error) {
    return { code: (error as { code?: string }).code ?? String(error), rows: [], affected: 0 }
  }
}

const editorOf = (municipality: string) => ({ municipality, role: 'editor' })

describe('amendments: row-level security for the agreement_svc role', () => {
  it("refuses a town's decision recorded for another town (42501), and an admin's decision for any town", async () => {
    const forOther = sql`insert into agreement.amendment_decision (proposal_id, municipality_code, decision,
      decided_by) values (${proposalId}, '014290', 'CONSENT', 'x')`
    expect((await attempt(editorOf('014303'), forOther)).code).toBe('42501')
    expect((await attempt({ municipality: '014290', role: 'admin' }, forOther)).code).toBe('42501')
    expect((await attempt(editorOf('014290'), forOther)).code).toBe('ok')
  })

  it("refuses a proposal in another town's name (42501) and a withdrawal by another town (0 rows)", async () => {
    const forOther = sql`insert into agreement.amendment_proposal (proposer_municipality_code, proposed_by,
      base_version, title, reason, effective_on)
                         values ('014290', 'x', 1, 't', 'r', '2030-04-01')`
    expect((await attempt(editorOf('014303'), forOther)).code).toBe('42501')
    const withdraw = sql`update agreement.amendment_proposal set status = 'WITHDRAWN', closed_at = now()
      where id = ${proposalId}`
    expect((await attempt(editorOf('014290'), withdraw)).affected).toBe(0)
    const release = sql`update agreement.amendment_change set is_open = false where proposal_id = ${proposalId}`
    expect((await attempt(editorOf('014290'), release)).affected).toBe(0)
    const row = await database.admin
      .selectFrom('agreement.amendmentProposal')
      .select('status')
      .where('id', '=', proposalId)
      .executeTakeFirstOrThrow()
    expect(row.status).toBe('OPEN')
  })

  it('refuses direct writes to the agreement text and adoption by UPDATE', async () => {
    const text = sql`insert into agreement.initiative (agreement_id, id, field_id, number, text)
      values ('minamisorachi-2020', 'ict-9', 'ict', 9, 'x')`
    expect((await attempt(editorOf('012106'), text)).code).toBe('42501')
    const adopt = sql`update agreement.amendment_proposal set status = 'ADOPTED', closed_at = now(), resulting_version
      = 1 where id = ${proposalId}`
    expect((await attempt(editorOf('014303'), adopt)).code).toBe('42501')
    expect((await attempt(editorOf('014290'), adopt)).affected).toBe(0)
  })

  it('admits no adoption with eight consents of nine: not by the settlement, not by writing the version', async () => {
    for (const code of PARTY_CODES.slice(0, 8)) {
      await database.admin
        .insertInto('agreement.amendmentDecision')
        .values({ proposalId, municipalityCode: code, decision: 'CONSENT', decidedBy: 'x' })
        .onConflict((oc) => oc.doNothing())
        .execute()
    }
    const settled = await role.transaction().execute(async (trx) => {
      const session = sql`select set_config('app.municipality_code', '014303', true),
                                 set_config('app.role', 'editor', true)`
      await session.execute(trx)
      return settleProposal(trx, proposalId)
    })
    expect(settled).toEqual({ wasOpen: true, status: 'OPEN', resultingVersion: null })
    const forgeVersion = sql`insert into agreement.agreement (id, title, signed_on, status, basis_title,
        basis_issuer, basis_issued_on, basis_reference, preamble, attestation, source_file, version, effective_from,
        amended_by_proposal_id)
      select 'forged', title, signed_on, status, basis_title, basis_issuer, basis_issued_on, basis_reference, preamble,
        attestation, source_file, 2, effective_from, ${proposalId} from agreement.agreement where version = 1`
    expect((await attempt(editorOf('014303'), forgeVersion)).code).toBe('42501')
    const adopt = sql`update agreement.amendment_proposal
                      set status = 'ADOPTED', closed_at = now(), resulting_version = 1 where id = ${proposalId}`
    expect((await attempt(editorOf('012106'), adopt)).code).toBe('42501')
    const versions = await database.admin.selectFrom('agreement.agreement').select('version').execute()
    expect(versions).toEqual([{ version: 1 }])
  })

  it('with every consent, still refuses a version that is not committed together with its adoption', async () => {
    await database.admin
      .insertInto('agreement.amendmentDecision')
      .values({ proposalId, municipalityCode: PARTY_CODES[8], decision: 'CONSENT', decidedBy: 'x' })
      .onConflict((oc) => oc.doNothing())
      .execute()
    const version2 = sql`insert into agreement.agreement (id, title, signed_on, status, basis_title, basis_issuer,
        basis_issued_on, basis_reference, preamble, attestation, source_file, version, effective_from,
        amended_by_proposal_id)
      select 'minamisorachi-2020-v2', title, signed_on, status, basis_title, basis_issuer, basis_issued_on,
        basis_reference, preamble, attestation, source_file, 2, effective_from, ${proposalId}
      from agreement.agreement where version = 1`
    // Admitted by the policy (every party consented), refused at commit: the proposal was never marked ADOPTED.
    expect((await attempt(editorOf('014303'), version2)).code).toBe('23514')
    // The committed text of version 1 stays closed, to an admin token as well.
    const rewrite = sql`update agreement.initiative set text = 'x'
                        where agreement_id = 'minamisorachi-2020' and id = 'ict-1'`
    expect((await attempt({ municipality: '012106', role: 'admin' }, rewrite)).affected).toBe(0)
    const addText = sql`insert into agreement.initiative (agreement_id, id, field_id, number, text)
                        values ('minamisorachi-2020', 'ict-9', 'ict', 9, 'x')`
    expect((await attempt({ municipality: '012106', role: 'admin' }, addText)).code).toBe('42501')
  })
})
