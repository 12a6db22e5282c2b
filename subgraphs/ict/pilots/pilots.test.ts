import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ChangePilotStatusDocument,
  CreatePilotDocument,
  PilotDetailsDocument,
  RecordPilotOutcomeDocument,
} from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

const BIBAI = '012157'
let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

describe('pilots', () => {
  it('serves partners, outcome and the dated status history', async () => {
    const seeded = await stack.database.admin
      .selectFrom('ict.pilot')
      .select('id')
      .where('technology', '=', 'RPA')
      .executeTakeFirstOrThrow()
    const { body } = await stack.graphql(PilotDetailsDocument, { id: seeded.id })
    expect(body.data?.pilot).toMatchObject({
      status: 'ADOPTED',
      targetBusiness: '個人住民税',
      outcome: { hoursSavedPerYear: 1200 },
    })
    expect(body.data?.pilot?.partnerMunicipalities).toEqual([{ code: BIBAI, name: '美唄市' }])
    expect(body.data?.pilot?.statusHistory.map((change) => [change.status, change.effectiveOn])).toEqual([
      ['CONSIDERING', '2021-10-01'],
      ['PILOTING', '2022-04-01'],
      ['ADOPTED', '2023-04-01'],
    ])
  })

  it('records every status change of the owning town and its outcome', async () => {
    const token = await stack.token(BIBAI)
    const created = await stack.graphql(
      CreatePilotDocument,
      {
        input: {
          initiativeId: 'ict-3',
          title: '生成AIによる議事録要約',
          technology: '生成AI',
          startedOn: '2026-04-01',
          partnerMunicipalityCodes: ['014303'],
        },
      },
      { token },
    )
    const id = created.body.data?.createPilot.id ?? ''
    expect(created.body.data?.createPilot.statusHistory).toEqual([{ status: 'CONSIDERING', effectiveOn: '2026-04-01' }])
    const changed = await stack.graphql(
      ChangePilotStatusDocument,
      { id, status: 'PILOTING', effectiveOn: '2026-07-01', note: '実証開始' },
      { token },
    )
    expect(changed.body.data?.changePilotStatus.statusHistory.map((c) => c.status)).toEqual(['CONSIDERING', 'PILOTING'])
    const outcome = await stack.graphql(
      RecordPilotOutcomeDocument,
      { id, hoursSavedPerYear: 300, notes: '試算' },
      { token },
    )
    expect(outcome.body.data?.recordPilotOutcome.outcome).toEqual({ hoursSavedPerYear: 300, notes: '試算' })
  })

  it('keeps the current status the latest in the history when a change is back-dated; no future dates', async () => {
    const token = await stack.token(BIBAI)
    const created = await stack.graphql(
      CreatePilotDocument,
      { input: { initiativeId: 'ict-3', title: 'AI-OCR', technology: 'AI-OCR', startedOn: '2026-04-01' } },
      { token },
    )
    const id = created.body.data?.createPilot.id ?? ''
    const change = (status: 'PILOTING' | 'DROPPED', effectiveOn: string) =>
      stack.graphql(ChangePilotStatusDocument, { id, status, effectiveOn }, { token })
    expect((await change('PILOTING', '2026-07-01')).body.errors).toBeUndefined()
    const late = (await change('DROPPED', '2026-05-01')).body.data?.changePilotStatus
    expect(late?.statusHistory.map((c) => [c.status, c.effectiveOn])).toEqual([
      ['CONSIDERING', '2026-04-01'],
      ['DROPPED', '2026-05-01'],
      ['PILOTING', '2026-07-01'],
    ])
    expect(late?.status).toBe('PILOTING')
    const stored = () =>
      stack.database.admin.selectFrom('ict.pilot').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    const before = await stored()
    const future = await change('DROPPED', '2999-01-01')
    expect(future.body.errors?.[0]?.extensions?.['field']).toBe('args.effectiveOn')
    expect(await stored()).toEqual(before)
  })

  it("refuses another town's editor on every pilot write and changes nothing", async () => {
    const target = await stack.database.admin
      .selectFrom('ict.pilot')
      .selectAll()
      .where('municipalityCode', '=', BIBAI)
      .executeTakeFirstOrThrow()
    const historyBefore = await stack.database.admin
      .selectFrom('ict.pilotStatusChange')
      .select('id')
      .where('pilotId', '=', target.id)
      .execute()
    const token = await stack.token('014303')
    const attempts = [
      await stack.graphql(
        ChangePilotStatusDocument,
        { id: target.id, status: 'DROPPED', effectiveOn: '2026-01-01' },
        { token },
      ),
      await stack.graphql(RecordPilotOutcomeDocument, { id: target.id, hoursSavedPerYear: 1 }, { token }),
      await stack.graphql(
        CreatePilotDocument,
        { input: { municipalityCode: BIBAI, initiativeId: 'ict-3', title: 'x', technology: 'y' } },
        { token },
      ),
    ]
    for (const attempt of attempts) expect(errorCodes(attempt.body)).toEqual(['FORBIDDEN'])
    const after = await stack.database.admin
      .selectFrom('ict.pilot')
      .selectAll()
      .where('id', '=', target.id)
      .executeTakeFirstOrThrow()
    expect(after).toEqual(target)
    expect(
      await stack.database.admin
        .selectFrom('ict.pilotStatusChange')
        .select('id')
        .where('pilotId', '=', target.id)
        .execute(),
    ).toEqual(historyBefore)
  })

  it('rejects malformed partner codes and initiatives of other fields', async () => {
    const token = await stack.token(BIBAI)
    const { body } = await stack.graphql(
      CreatePilotDocument,
      { input: { initiativeId: 'transit-1', title: 'x', technology: 'y', partnerMunicipalityCodes: ['01210'] } },
      { token },
    )
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    expect(body.errors?.[0]?.message).toMatch(/input\.initiativeId.*input\.partnerMunicipalityCodes\.0/)
  })

  it('rejects a well-formed partner the platform does not serve (札幌市 in the nine-town data)', async () => {
    const token = await stack.token(BIBAI)
    const { body } = await stack.graphql(
      CreatePilotDocument,
      { input: { initiativeId: 'ict-3', title: 'x', technology: 'y', partnerMunicipalityCodes: ['011002'] } },
      { token },
    )
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    expect(body.errors?.[0]?.message).toMatch(/input\.partnerMunicipalityCodes must name municipalities .*"011002"/)
  })
})
