import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DrillTotalsDocument, RecordDrillDocument } from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

const drill = {
  initiativeId: 'disaster-1',
  heldOn: '2026-06-14',
  title: '南空知合同避難所運営訓練',
  kind: 'EXERCISE' as const,
  staff: 40,
  volunteers: 25,
  residents: 120,
  participatingMunicipalityCodes: ['014303', '014290', '014303'],
}

describe('drills', () => {
  it('records a drill with the towns taking part, and adds it to the year’s region totals', async () => {
    const before = (await stack.graphql(DrillTotalsDocument)).body.data?.drillTotals.find((row) => row.year === 2026)
    const { body } = await stack.graphql(RecordDrillDocument, { input: drill }, { token: await stack.token('012220') })
    expect(body.data?.recordDrill).toMatchObject({
      host: { code: '012220' },
      participatingMunicipalities: [{ code: '014303' }, { code: '014290' }],
      participants: { total: 185 },
    })
    const after = (await stack.graphql(DrillTotalsDocument)).body.data?.drillTotals.find((row) => row.year === 2026)
    expect(after?.drills).toBe((before?.drills ?? 0) + 1)
    expect(after?.participants.total).toBe((before?.participants.total ?? 0) + 185)
    expect(after?.participants.total).toBe(
      (after?.participants.staff ?? 0) + (after?.participants.volunteers ?? 0) + (after?.participants.residents ?? 0),
    )
  })

  it("refuses a drill hosted by another town, and one under another field's initiative", async () => {
    const token = await stack.token('012220')
    const other = await stack.graphql(
      RecordDrillDocument,
      { input: { ...drill, hostMunicipalityCode: '012106' } },
      { token },
    )
    expect(errorCodes(other.body)).toEqual(['FORBIDDEN'])
    const field = await stack.graphql(RecordDrillDocument, { input: { ...drill, initiativeId: 'ict-1' } }, { token })
    expect(field.body.errors?.[0]?.extensions?.['field']).toBe('input.initiativeId')
  })
})
