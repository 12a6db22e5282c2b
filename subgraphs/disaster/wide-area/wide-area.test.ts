import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RecordEvacuationArrangementDocument, WideAreaEvacuationDocument } from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

const NANPORO = '014231'
let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

describe('wide-area evacuation', () => {
  it('ranks safe shelters of other towns by 1 km distance band, then free places, until the head count is covered', async () => {
    const { body } = await stack.graphql(WideAreaEvacuationDocument, {
      from: NANPORO,
      hazard: 'FLOOD',
      headCount: 2000,
    })
    const plan = body.data?.wideAreaEvacuation
    const candidates = plan?.candidates ?? []
    expect(candidates.length).toBeGreaterThan(1)
    expect(
      candidates.every((c) => c.shelter.municipality.code !== NANPORO && c.shelter.safeFor.includes('FLOOD')),
    ).toBe(true)
    for (let i = 1; i < candidates.length; i++) {
      const [previous, current] = [candidates[i - 1], candidates[i]]
      const [bandA, bandB] = [
        Math.floor((previous?.distanceMetres ?? 0) / 1000),
        Math.floor((current?.distanceMetres ?? 0) / 1000),
      ]
      expect(
        bandB > bandA || (bandB === bandA && (current?.remainingCapacity ?? 0) <= (previous?.remainingCapacity ?? 0)),
      ).toBe(true)
    }
    const places = candidates.reduce((sum, c) => sum + c.remainingCapacity, 0)
    expect(plan?.places).toBe(places)
    expect(plan?.coversHeadCount).toBe(true)
    expect(places - (candidates.at(-1)?.remainingCapacity ?? 0)).toBeLessThan(2000)
  })

  it('counts evacuees already in open shelters and leaves out shelters reported closed', async () => {
    const plan = async () =>
      (await stack.graphql(WideAreaEvacuationDocument, { from: NANPORO, hazard: 'EARTHQUAKE', headCount: 1 })).body.data
        ?.wideAreaEvacuation
    const first = (await plan())?.candidates[0]
    const id = first?.shelter.id ?? ''
    const shelter = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select(['municipalityCode', 'capacity'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    const report = (isOpen: boolean, evacuees: number) =>
      stack.database.admin
        .insertInto('disaster.shelterStatusReport')
        .values({ shelterId: id, municipalityCode: shelter.municipalityCode, isOpen, evacuees, reportedBy: 'test' })
        .execute()
    await report(true, 7)
    const all = (
      await stack.graphql(WideAreaEvacuationDocument, { from: NANPORO, hazard: 'EARTHQUAKE', headCount: 1_000_000 })
    ).body.data?.wideAreaEvacuation
    expect(all?.candidates.find((c) => c.shelter.id === id)).toMatchObject({
      isOpen: true,
      remainingCapacity: (shelter.capacity ?? 0) - 7,
    })
    await report(false, 0)
    const after = (
      await stack.graphql(WideAreaEvacuationDocument, { from: NANPORO, hazard: 'EARTHQUAKE', headCount: 1_000_000 })
    ).body.data?.wideAreaEvacuation
    expect(after?.candidates.map((c) => c.shelter.id)).not.toContain(id)
  })

  it('records arrangements (as proposals) for staff of either town only', async () => {
    const input = {
      fromMunicipalityCode: NANPORO,
      toMunicipalityCode: '012106',
      headCount: 500,
      agreedOn: '2026-04-01',
      hazard: 'FLOOD' as const,
    }
    const host = await stack.graphql(
      RecordEvacuationArrangementDocument,
      { input },
      { token: await stack.token('012106') },
    )
    expect(host.body.data?.recordEvacuationArrangement).toMatchObject({
      from: { code: NANPORO },
      to: { code: '012106' },
      headCount: 500,
      // Recorded by the host town: the origin town's consent puts it in effect.
      status: 'PROPOSED',
      proposedBy: { code: '012106' },
      consentingTown: { code: NANPORO },
    })
    const outsider = await stack.graphql(
      RecordEvacuationArrangementDocument,
      { input },
      { token: await stack.token('014303') },
    )
    expect(errorCodes(outsider.body)).toEqual(['FORBIDDEN'])
  })
})
