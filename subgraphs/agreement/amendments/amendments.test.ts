import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  AgreementAsOfDocument,
  AgreementVersionsDocument,
  AmendmentProposalsDocument,
  DecideAmendmentDocument,
  ProposeAmendmentDocument,
  WithdrawAmendmentDocument,
} from '../../../codegen/operations.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import {
  addDisasterInitiative,
  decide,
  IWAMIZAWA,
  KURIYAMA,
  propose,
  proposeOk,
  TSUKIGATA,
} from '../../../test/support/amendment-fixtures.js'

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

const versionCount = async () =>
  (await stack.database.admin.selectFrom('agreement.agreement').select('id').execute()).length
const decisionsOf = (proposalId: string) =>
  stack.database.admin
    .selectFrom('agreement.amendmentDecision')
    .selectAll()
    .where('proposalId', '=', proposalId)
    .execute()
const auditOf = (entityIds: string[]) =>
  stack.database.admin
    .selectFrom('app.auditLog')
    .select(['operation', 'entity', 'actorMunicipalityCode'])
    .where('entityId', 'in', entityIds)
    .orderBy('id')
    .execute()

/** One field of the agreement text (by id) as a query returned it. */
const fieldOf = <F extends { id: string }>(
  agreement: { policyAreas: readonly { fields: readonly F[] }[] } | undefined,
  fieldId: string,
) => agreement?.policyAreas.flatMap((a) => a.fields).find((f) => f.id === fieldId)

/**
 * After adoption: today version 1 is still in force and ends where version 2 begins; version 2 carries the
 * amendment; the day before, the old text is unchanged.
 */
async function expectVersionTwoFromItsDateOnly(initiativesBefore: number, text: string) {
  // Today the signed text (version 1) is still in force; it ends where version 2 begins.
  const today = await stack.graphql(AgreementAsOfDocument, {})
  expect(today.body.data?.agreement).toMatchObject({
    version: 1,
    effectiveFrom: '2020-10-09',
    effectiveUntil: '2030-04-01',
    amendedBy: null,
  })
  const after = await stack.graphql(AgreementAsOfDocument, { asOf: '2030-04-01' })
  const agreement = after.body.data?.agreement
  expect(agreement).toMatchObject({
    version: 2,
    id: 'minamisorachi-2020-v2',
    effectiveFrom: '2030-04-01',
    effectiveUntil: null,
  })
  expect(agreement?.amendedBy?.decisions.every((d) => d.decision === 'CONSENT')).toBe(true)
  expect(fieldOf(agreement, 'disaster')?.initiatives.at(-1)).toEqual({
    id: `disaster-${initiativesBefore + 1}`,
    text,
  })
  const transit = fieldOf(agreement, 'transit')
  expect(transit?.roles.find((r) => r.municipality.code === TSUKIGATA)?.duties).toEqual([
    '乗合交通の利用促進',
    'デマンド交通の実証',
  ])
  // Version 1 is untouched: asOf the day before still shows the old text.
  const dayBefore = await stack.graphql(AgreementAsOfDocument, { asOf: '2030-03-31' })
  expect(fieldOf(dayBefore.body.data?.agreement, 'disaster')?.initiatives).toHaveLength(initiativesBefore)
}

/** The version list pages: version 1 first, then version 2 after its cursor. */
async function expectVersionsPaged() {
  const versions = await stack.graphql(AgreementVersionsDocument, { first: 1 })
  expect(versions.body.data?.agreementVersions.nodes).toEqual([
    { version: 1, effectiveFrom: '2020-10-09', effectiveUntil: '2030-04-01' },
  ])
  const next = await stack.graphql(AgreementVersionsDocument, {
    first: 5,
    after: versions.body.data?.agreementVersions.pageInfo.endCursor,
  })
  expect(next.body.data?.agreementVersions.nodes.map((v) => v.version)).toEqual([2])
}

describe('amendments (第5条): consensus of all nine parties', () => {
  it('adopts a proposal once all nine consent; the new version is in force from its effective date only', async () => {
    const text = '冬季の大規模停電に備えた共同備蓄の実施'
    const id = await proposeOk(stack, [
      addDisasterInitiative(text),
      {
        changeRole: {
          fieldId: 'transit',
          municipalityCode: TSUKIGATA,
          duties: ['乗合交通の利用促進', 'デマンド交通の実証'],
        },
      },
    ])
    const initiativesBefore =
      fieldOf((await stack.graphql(AgreementAsOfDocument, {})).body.data?.agreement, 'disaster')?.initiatives.length ??
      0

    for (const code of PARTY_CODES.slice(0, 8)) await decide(stack, id, code)
    expect(await decisionsOf(id)).toHaveLength(8)
    expect(await versionCount()).toBe(1)

    const last = await decide(stack, id, PARTY_CODES[8])
    expect(last.body.errors).toBeUndefined()
    expect(last.body.data?.decideAmendment).toMatchObject({
      status: 'ADOPTED',
      resultingVersion: { version: 2, effectiveFrom: '2030-04-01', status: 'IN_FORCE' },
      pendingParties: [],
    })
    expect(last.body.data?.decideAmendment.decisions).toHaveLength(9)

    await expectVersionTwoFromItsDateOnly(initiativesBefore, text)
    await expectVersionsPaged()

    const audit = await auditOf([id, ...PARTY_CODES.map((code) => `${id}:${code}`), 'version:2'])
    expect(audit.map((row) => row.operation)).toEqual(['propose', ...PARTY_CODES.map(() => 'decide'), 'adopt'])
  })

  it('rejects a proposal on the first objection; later decisions are CONFLICT and no version is made', async () => {
    const versions = await versionCount()
    const id = await proposeOk(stack, [{ changeInitiative: { initiativeId: 'ict-1', text: '改訂案' } }])
    await decide(stack, id, IWAMIZAWA)
    const objection = await decide(stack, id, KURIYAMA, 'OBJECTION', '財政負担の見通しが示されていないため')
    expect(objection.body.data?.decideAmendment).toMatchObject({ status: 'REJECTED', pendingParties: [] })
    const late = await decide(stack, id, TSUKIGATA)
    expect(errorCodes(late.body)).toEqual(['CONFLICT'])
    expect(await versionCount()).toBe(versions)
    expect((await decisionsOf(id)).map((d) => d.decision)).toEqual(['CONSENT', 'OBJECTION'])
    const rejected = await stack.graphql(AmendmentProposalsDocument, { status: 'REJECTED' })
    expect(rejected.body.data?.amendmentProposals.nodes.map((p) => p.id)).toEqual([id])
  })

  it('requires a reason for an objection', async () => {
    const id = await proposeOk(stack, [{ changeInitiative: { initiativeId: 'ict-2', text: '改訂案' } }])
    const token = await stack.token(KURIYAMA)
    const { body } = await stack.graphql(
      DecideAmendmentDocument,
      { input: { proposalId: id, decision: 'OBJECTION' } },
      { token },
    )
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    expect(body.errors?.[0]?.extensions?.['field']).toBe('input.reason')
    expect(await decisionsOf(id)).toEqual([])
  })

  it('lets only the proposer withdraw an open proposal, which then takes no decisions, frees its items', async () => {
    const change = { changeInitiative: { initiativeId: 'transit-1', text: '広域路線の見直し' } }
    const id = await proposeOk(stack, [change])
    const clash = await propose(stack, [change], { by: KURIYAMA })
    expect(errorCodes(clash.body)).toEqual(['CONFLICT'])

    const intruder = await stack.graphql(WithdrawAmendmentDocument, { id }, { token: await stack.token(KURIYAMA) })
    expect(errorCodes(intruder.body)).toEqual(['FORBIDDEN'])
    const withdrawn = await stack.graphql(WithdrawAmendmentDocument, { id }, { token: await stack.token(TSUKIGATA) })
    expect(withdrawn.body.data?.withdrawAmendment).toMatchObject({ id, status: 'WITHDRAWN' })
    expect(withdrawn.body.data?.withdrawAmendment.closedAt).toEqual(expect.any(String))
    const late = await decide(stack, id, IWAMIZAWA)
    expect(errorCodes(late.body)).toEqual(['CONFLICT'])
    const again = await stack.graphql(WithdrawAmendmentDocument, { id }, { token: await stack.token(TSUKIGATA) })
    expect(errorCodes(again.body)).toEqual(['CONFLICT'])
    expect((await propose(stack, [change], { by: KURIYAMA })).body.errors).toBeUndefined()
  })

  it('refuses a town deciding for another (FORBIDDEN), an operator deciding for a town; records nothing', async () => {
    const id = await proposeOk(stack, [{ changeInitiative: { initiativeId: 'ict-3', text: '改訂案' } }])
    const forOther = await stack.graphql(
      DecideAmendmentDocument,
      { input: { proposalId: id, decision: 'CONSENT', municipalityCode: KURIYAMA } },
      { token: await stack.token(TSUKIGATA) },
    )
    expect(errorCodes(forOther.body)).toEqual(['FORBIDDEN'])
    const admin = await stack.graphql(
      DecideAmendmentDocument,
      { input: { proposalId: id, decision: 'CONSENT' } },
      { token: await stack.token(KURIYAMA, ['admin']) },
    )
    expect(errorCodes(admin.body)).toEqual(['FORBIDDEN'])
    const anonymous = await stack.graphql(DecideAmendmentDocument, { input: { proposalId: id, decision: 'CONSENT' } })
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED'])
    expect(await decisionsOf(id)).toEqual([])
    const twice = await decide(stack, id, TSUKIGATA).then(() => decide(stack, id, TSUKIGATA))
    expect(errorCodes(twice.body)).toEqual(['CONFLICT'])
    expect(await decisionsOf(id)).toHaveLength(1)
  })

  it("refuses an editor proposing in another town's name (FORBIDDEN) and writes nothing", async () => {
    const count = async () =>
      (await stack.database.admin.selectFrom('agreement.amendmentProposal').select('id').execute()).length
    const before = await count()
    const token = await stack.token(TSUKIGATA)
    const { body } = await stack.graphql(
      ProposeAmendmentDocument,
      {
        input: {
          title: 't',
          reason: 'r',
          effectiveOn: '2030-04-01',
          municipalityCode: KURIYAMA,
          changes: [addDisasterInitiative('x')],
        },
      },
      { token },
    )
    expect(errorCodes(body)).toEqual(['FORBIDDEN'])
    expect(await count()).toBe(before)
  })

  it('validates the diff against the current text with field paths and writes nothing on bad input', async () => {
    const count = async () =>
      (await stack.database.admin.selectFrom('agreement.amendmentProposal').select('id').execute()).length
    const before = await count()
    const twoKinds = await propose(stack, [
      { addInitiative: { fieldId: 'disaster', text: 'x' }, dissolve: { confirm: true } },
    ])
    expect(errorCodes(twoKinds.body)).toEqual(['BAD_USER_INPUT'])
    expect(twoKinds.body.errors?.[0]?.extensions?.['field']).toBe('input.changes.0')
    const unknown = await propose(stack, [
      addDisasterInitiative('ok'),
      { changeInitiative: { initiativeId: 'disaster-99', text: 'x' } },
    ])
    expect(unknown.body.errors?.[0]?.extensions?.['field']).toBe('input.changes.1.changeInitiative.initiativeId')
    const past = await propose(stack, [addDisasterInitiative('ok')], { effectiveOn: '2021-01-01' })
    expect(past.body.errors?.[0]?.extensions?.['field']).toBe('input.effectiveOn')
    expect(await count()).toBe(before)
  })

  it('answers BAD_USER_INPUT for a date before signing or a malformed date', async () => {
    const early = await stack.graphql(AgreementAsOfDocument, { asOf: '2020-10-08' })
    expect(errorCodes(early.body)).toEqual(['BAD_USER_INPUT'])
    const malformed = await stack.graphql(AgreementAsOfDocument, { asOf: '2020/10/09' })
    expect(errorCodes(malformed.body)).toEqual(['BAD_USER_INPUT'])
    const signing = await stack.graphql(AgreementAsOfDocument, { asOf: '2020-10-09' })
    expect(signing.body.data?.agreement.version).toBe(1)
  })
})
