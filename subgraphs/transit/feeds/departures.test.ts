import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeparturesFromStopDocument } from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { importSampleFeed, townOperatorId } from '../../../test/support/transit-feed.js'

let stack: TestStack
let operatorId: string
beforeAll(async () => {
  // Statement counts are about the subgraphs: measured with the gateway's response cache off.
  stack = await startTestStack({ responseCache: undefined })
  operatorId = await townOperatorId(stack, '014303')
  await importSampleFeed(stack, operatorId, '014303')
})
afterAll(() => stack.stop())

const departures = async (stopId: string, date: string, after: string) =>
  (await stack.graphql(DeparturesFromStopDocument, { operatorId, stopId, date, after })).body

describe('departures', () => {
  it('lists the day’s trips from a stop after a time, in order', async () => {
    const { data } = await departures('S1', '2026-04-01', '06:00')
    expect(data?.departures.map((d) => [d.tripId, d.time, d.headsign, d.routeShortName])).toEqual([
      ['T1', '07:00:00', '岩見沢駅前', '1'],
      ['T2', '23:40:00', '岩見沢駅前', '1'],
    ])
    expect((await departures('S1', '2026-04-01', '07:01')).data?.departures.map((d) => d.tripId)).toEqual(['T2'])
  })

  it("includes the previous service day's trips running past midnight", async () => {
    const { data } = await departures('S3', '2026-04-02', '00:00')
    expect(data?.departures[0]).toMatchObject({
      tripId: 'T2',
      serviceDate: '2026-04-01',
      serviceTime: '24:30:00',
      time: '00:30:00',
    })
    expect(data?.departures[1]).toMatchObject({ tripId: 'T1', serviceDate: '2026-04-02', time: '07:50:00' })
  })

  it('applies calendar exceptions and weekdays', async () => {
    expect((await departures('S1', '2026-04-29', '00:00')).data?.departures).toEqual([])
    expect((await departures('S3', '2026-04-30', '00:00')).data?.departures.map((d) => d.tripId)).toEqual(['T1'])
    expect((await departures('S1', '2026-04-04', '00:00')).data?.departures).toEqual([])
  })

  it('answers with one SQL statement and rejects malformed input', async () => {
    stack.statements.reset()
    await departures('S1', '2026-04-01', '06:00')
    expect(stack.statements.count('transit')).toBe(1)
    expect(errorCodes(await departures('S1', '2026-02-30', '06:00'))).toEqual(['BAD_USER_INPUT'])
    expect(errorCodes(await departures('S1', '2026-04-01', '25:00'))).toEqual(['BAD_USER_INPUT'])
  })
})

describe('departures from the sample feeds', () => {
  it('work out of the box, including the trunk line’s last trip past midnight', async () => {
    const trunk = (
      await stack.database.admin
        .selectFrom('transit.operator')
        .select('id')
        .where('municipalityCode', 'is', null)
        .executeTakeFirstOrThrow()
    ).id
    const { body } = await stack.graphql(DeparturesFromStopDocument, {
      operatorId: trunk,
      stopId: 'TR-014303',
      date: '2026-04-03',
      after: '00:00',
    })
    // 北線 starts at 月形: the late bus of Thursday from 岩見沢 arrives at 24:46, then Friday's hourly buses.
    expect(body.data?.departures[0]).toMatchObject({
      tripId: 'TR-1-WD-2330-1',
      serviceDate: '2026-04-02',
      serviceTime: '24:46:00',
      time: '00:46:00',
    })
    // (The other direction ends here: its calls at 月形 are listed too, 76 minutes after leaving 岩見沢.)
    expect(body.data?.departures.slice(1, 5).map((d) => d.tripId)).toEqual([
      'TR-1-WD-0600-0',
      'TR-1-WD-0700-0',
      'TR-1-WD-0600-1',
      'TR-1-WD-0800-0',
    ])
  })
})
