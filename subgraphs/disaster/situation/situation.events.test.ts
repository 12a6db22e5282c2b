import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ReportShelterStatusDocument,
  SetEvacuationAlertDocument,
  SetResponseStatusDocument,
} from '../../../codegen/operations.js'
import { latestEventId } from '../../../gateway/events/outbox.repository.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

/**
 * The outbox (DESIGN.md §5b): what the situation's mutations tell, written in their own transaction by the
 * write path, and numbered in commit order.
 */

const KURIYAMA = '014290'
let stack: TestStack
let shelter: { id: string; capacity: number }

beforeAll(async () => {
  stack = await startTestStack()
  const row = await stack.database.admin
    .selectFrom('disaster.shelter')
    .select(['id', 'capacity'])
    .where('municipalityCode', '=', KURIYAMA)
    .where('capacity', '>=', 10)
    .where('retiredAt', 'is', null)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  shelter = { id: row.id, capacity: row.capacity ?? 0 }
  // A clean start: the shelter closed, whatever the sample data said.
  const token = await stack.token(KURIYAMA)
  await stack.graphql(
    ReportShelterStatusDocument,
    { shelterId: shelter.id, input: { isOpen: false, evacuees: 0 } },
    { token },
  )
})
afterAll(() => stack.stop())

async function eventsAfter(id: number) {
  return stack.database.admin
    .selectFrom('app.outboxEvent')
    .select(['id', 'type', 'municipalityCode', 'subject', 'payload'])
    .where('id', '>', id)
    .orderBy('id')
    .execute()
}
const lastEventId = () => latestEventId(stack.database.admin)

describe('events of the situation, through the outbox', () => {
  it('tells a shelter opening, its figures, becoming full and closing — each once', async () => {
    const token = await stack.token(KURIYAMA)
    const start = await lastEventId()
    const report = (isOpen: boolean, evacuees: number) =>
      stack.graphql(ReportShelterStatusDocument, { shelterId: shelter.id, input: { isOpen, evacuees } }, { token })
    await report(true, 3)
    await report(true, 5)
    await report(true, shelter.capacity)
    await report(true, shelter.capacity + 1)
    await report(false, 0)
    const events = await eventsAfter(start)
    expect(events.map((event) => event.type)).toEqual([
      'shelter.opened',
      'shelter.updated',
      'shelter.full',
      'shelter.updated',
      'shelter.closed',
    ])
    expect(events.every((event) => event.subject === shelter.id && event.municipalityCode === KURIYAMA)).toBe(true)
    expect(events[0]?.payload).toMatchObject({
      shelterId: shelter.id,
      municipalityCode: KURIYAMA,
      isOpen: true,
      evacuees: 3,
      capacity: shelter.capacity,
      remainingCapacity: shelter.capacity - 3,
    })
    expect(events[2]?.payload).toMatchObject({ evacuees: shelter.capacity, remainingCapacity: 0 })
    expect(events[4]?.payload).toMatchObject({ isOpen: false, remainingCapacity: null })
  })

  it('tells a shelter that opens already full twice: opened and full', async () => {
    const token = await stack.token(KURIYAMA)
    const start = await lastEventId()
    const input = { isOpen: true, evacuees: shelter.capacity }
    await stack.graphql(ReportShelterStatusDocument, { shelterId: shelter.id, input }, { token })
    expect((await eventsAfter(start)).map((event) => event.type)).toEqual(['shelter.opened', 'shelter.full'])
    await stack.graphql(
      ReportShelterStatusDocument,
      { shelterId: shelter.id, input: { isOpen: false, evacuees: 0 } },
      { token },
    )
  })

  it('tells a response level or an alert level only when it changes', async () => {
    const token = await stack.token(KURIYAMA)
    const start = await lastEventId()
    await stack.graphql(SetResponseStatusDocument, { level: 'ALERT', note: '大雨' }, { token })
    await stack.graphql(SetResponseStatusDocument, { level: 'ALERT', note: '継続' }, { token })
    await stack.graphql(SetEvacuationAlertDocument, { area: '角田地区', level: 4 }, { token })
    await stack.graphql(SetEvacuationAlertDocument, { area: '角田地区', level: 4, note: '同じ' }, { token })
    await stack.graphql(SetEvacuationAlertDocument, { area: '角田地区', level: null }, { token })
    const events = await eventsAfter(start)
    expect(events.map((event) => [event.type, event.payload])).toEqual([
      ['response-level.changed', expect.objectContaining({ level: 'ALERT', note: '大雨', municipalityCode: KURIYAMA })],
      ['alert-level.changed', expect.objectContaining({ area: '角田地区', level: 4, previousLevel: null })],
      ['alert-level.changed', expect.objectContaining({ area: '角田地区', level: null, previousLevel: 4 })],
    ])
  })

  it('writes nothing for a refused or failed write', async () => {
    const start = await lastEventId()
    const otherTown = await stack.token('014303')
    const refused = await stack.graphql(
      ReportShelterStatusDocument,
      { shelterId: shelter.id, input: { isOpen: true, evacuees: 1 } },
      { token: otherTown },
    )
    expect(errorCodes(refused.body)).toEqual(['FORBIDDEN'])
    const invalid = await stack.graphql(
      ReportShelterStatusDocument,
      { shelterId: shelter.id, input: { isOpen: true, evacuees: -1 } },
      { token: await stack.token(KURIYAMA) },
    )
    expect(errorCodes(invalid.body)).toEqual(['BAD_USER_INPUT'])
    expect(await eventsAfter(start)).toEqual([])
  })

  it('numbers events in commit order: a writer waits for an uncommitted event before it', async () => {
    const start = await lastEventId()
    const token = await stack.token(KURIYAMA)
    let mutationDone = false
    await stack.database.admin.transaction().execute(async (trx) => {
      await sql`insert into app.outbox_event (type, municipality_code, subject, payload)
                values ('shelter.updated', ${KURIYAMA}, 'probe', '{}')`.execute(trx)
      const mutation = stack
        .graphql(
          ReportShelterStatusDocument,
          { shelterId: shelter.id, input: { isOpen: true, evacuees: 2 } },
          { token },
        )
        .then(() => (mutationDone = true))
      await new Promise((resolve) => setTimeout(resolve, 500))
      // The mutation cannot commit its event while this transaction holds the numbering lock.
      expect(mutationDone).toBe(false)
      void mutation
    })
    await expect.poll(() => mutationDone, { timeout: 10_000 }).toBe(true)
    const events = await eventsAfter(start)
    expect(events.map((event) => event.subject)).toEqual(['probe', shelter.id])
    expect(events[1]?.id).toBe((events[0]?.id ?? 0) + 1)
  })
})
