import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WithdrawAmendmentDocument } from '../../../codegen/operations.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { decide, KURIYAMA, propose, proposeOk, TSUKIGATA } from '../../../test/support/amendment-fixtures.js'

/** Real concurrent HTTP requests through the gateway against one database: no lost updates. */
let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

const versions = () =>
  stack.database.admin
    .selectFrom('agreement.agreement')
    .select(['version', 'amendedByProposalId'])
    .orderBy('version')
    .execute()
const proposalRow = (id: string) =>
  stack.database.admin
    .selectFrom('agreement.amendmentProposal')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow()

describe('amendments under concurrency', () => {
  it('nine simultaneous consents adopt the proposal exactly once, with all nine decisions kept', async () => {
    const id = await proposeOk(stack, [{ changeInitiative: { initiativeId: 'disaster-1', text: '同時合意の検証' } }])
    const responses = await Promise.all(PARTY_CODES.map((code) => decide(stack, id, code)))
    expect(responses.flatMap((r) => errorCodes(r.body))).toEqual([])
    expect(responses.filter((r) => r.body.data?.decideAmendment.status === 'ADOPTED')).not.toHaveLength(0)
    expect(await proposalRow(id)).toMatchObject({ status: 'ADOPTED', resultingVersion: 2 })
    expect(await versions()).toEqual([
      { version: 1, amendedByProposalId: null },
      { version: 2, amendedByProposalId: id },
    ])
    const decisions = await stack.database.admin
      .selectFrom('agreement.amendmentDecision')
      .select('municipalityCode')
      .where('proposalId', '=', id)
      .execute()
    expect(decisions.map((d) => d.municipalityCode).sort()).toEqual([...PARTY_CODES].sort())
  })

  it('an objection racing the remaining consents always ends REJECTED, never adopted', async () => {
    const id = await proposeOk(stack, [{ changeInitiative: { initiativeId: 'disaster-2', text: '反対との競合' } }])
    for (const code of PARTY_CODES.slice(0, 7)) await decide(stack, id, code)
    const [objector, consenter] = [PARTY_CODES[7], PARTY_CODES[8]]
    await Promise.all([decide(stack, id, objector, 'OBJECTION', '異議あり'), decide(stack, id, consenter)])
    expect((await proposalRow(id)).status).toBe('REJECTED')
    expect(await versions()).toHaveLength(2)
  })

  it('of two simultaneous proposals on the same item, exactly one is accepted and the other is CONFLICT', async () => {
    const change = {
      changeRole: { fieldId: 'ict', municipalityCode: KURIYAMA, duties: ['自治体クラウドの共同調達の検討'] },
    }
    const responses = await Promise.all([
      propose(stack, [change], { by: TSUKIGATA, title: '案A' }),
      propose(stack, [change], { by: KURIYAMA, title: '案B' }),
      propose(stack, [change], { by: '012106', title: '案C' }),
    ])
    const codes = responses.map((r) => errorCodes(r.body)[0] ?? 'OK').sort()
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK'])
    const open = await stack.database.admin
      .selectFrom('agreement.amendmentChange')
      .select('proposalId')
      .where('target', '=', `role:ict:${KURIYAMA}`)
      .where('isOpen', '=', true)
      .execute()
    expect(open).toHaveLength(1)
  })

  it('a withdrawal racing the last consent leaves one consistent outcome', async () => {
    const id = await proposeOk(stack, [{ changeInitiative: { initiativeId: 'disaster-3', text: '撤回との競合' } }])
    for (const code of PARTY_CODES.filter((code) => code !== KURIYAMA)) await decide(stack, id, code)
    const token = await stack.token(TSUKIGATA)
    await Promise.all([decide(stack, id, KURIYAMA), stack.graphql(WithdrawAmendmentDocument, { id }, { token })])
    const row = await proposalRow(id)
    const allVersions = await versions()
    if (row.status === 'ADOPTED') expect(allVersions.at(-1)?.amendedByProposalId).toBe(id)
    else expect(row.status).toBe('WITHDRAWN')
    expect(allVersions.filter((v) => v.amendedByProposalId === id)).toHaveLength(row.status === 'ADOPTED' ? 1 : 0)
  })
})
