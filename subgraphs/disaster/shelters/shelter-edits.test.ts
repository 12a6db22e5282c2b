import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CreateShelterDocument,
  RetireShelterDocument,
  ShelterDetailsDocument,
  SheltersByHazardDocument,
  SheltersNearDocument,
  UpdateShelterDocument,
} from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

const MIKASA = '012220'
const input = {
  sourceId: 'TEST-001',
  name: '三笠市民会館',
  nameKana: 'ミカサシミンカイカン',
  address: '北海道三笠市幸町2番地',
  addressDetail: '2階',
  latitude: 43.2458,
  longitude: 141.8753,
  elevationMetres: 62,
  phone: '01267-2-3181',
  safeFor: ['EARTHQUAKE', 'FLOOD'] as ('EARTHQUAKE' | 'FLOOD')[],
  isDesignatedShelter: true,
  capacity: 400,
  targetCommunity: '幸町町内会',
  url: 'https://example.org/shelter',
  notes: 'テスト',
}

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

describe('shelter edits', () => {
  it('lets an editor designate, update and retire a shelter of their own town, keeping all fields', async () => {
    const token = await stack.token(MIKASA)
    const created = await stack.graphql(CreateShelterDocument, { input }, { token })
    const id = created.body.data?.createShelter.id ?? ''
    expect(created.body.data?.createShelter).toMatchObject({
      safeFor: ['FLOOD', 'EARTHQUAKE'],
      municipality: { code: MIKASA },
    })
    const details = await stack.graphql(ShelterDetailsDocument, { id })
    expect(details.body.data?.shelter).toMatchObject({
      addressDetail: '2階',
      elevationMetres: 62,
      phone: '01267-2-3181',
      location: { latitude: 43.2458, longitude: 141.8753 },
      targetCommunity: '幸町町内会',
      sourceId: 'TEST-001',
      isSample: false,
      isRetired: false,
    })
    const updated = await stack.graphql(UpdateShelterDocument, { id, input: { ...input, capacity: 450 } }, { token })
    expect(updated.body.data?.updateShelter.capacity).toBe(450)
    const retired = await stack.graphql(RetireShelterDocument, { id }, { token })
    expect(retired.body.data?.retireShelter.isRetired).toBe(true)
    const listed = await stack.graphql(SheltersByHazardDocument, { municipalityCode: MIKASA, first: 200 })
    expect(listed.body.data?.shelters.nodes.map((node) => node.id)).not.toContain(id)
    const audit = await stack.database.admin
      .selectFrom('app.auditLog')
      .select('operation')
      .where('entityId', '=', id)
      .orderBy('id')
      .execute()
    expect(audit.map((row) => row.operation)).toEqual(['create', 'update', 'retire'])
  })

  it("refuses another town's editor on create, update and retire with FORBIDDEN, changing nothing", async () => {
    const target = await stack.database.admin
      .selectFrom('disaster.shelter')
      .selectAll()
      .where('municipalityCode', '=', MIKASA)
      .executeTakeFirstOrThrow()
    const token = await stack.token('014303')
    const attempts = [
      await stack.graphql(
        CreateShelterDocument,
        { input: { ...input, municipalityCode: MIKASA, sourceId: 'X' } },
        { token },
      ),
      await stack.graphql(UpdateShelterDocument, { id: target.id, input }, { token }),
      await stack.graphql(RetireShelterDocument, { id: target.id }, { token }),
    ]
    for (const attempt of attempts) expect(errorCodes(attempt.body)).toEqual(['FORBIDDEN'])
    expect(
      await stack.database.admin
        .selectFrom('disaster.shelter')
        .selectAll()
        .where('id', '=', target.id)
        .executeTakeFirstOrThrow(),
    ).toEqual(target)
  })

  it("refuses an update naming another town's municipalityCode (editor and admin), changing nothing", async () => {
    const target = await stack.database.admin
      .selectFrom('disaster.shelter')
      .selectAll()
      .where('municipalityCode', '=', MIKASA)
      .orderBy('id')
      .executeTakeFirstOrThrow()
    for (const token of [await stack.token(MIKASA), await stack.token('014303', ['admin'])]) {
      const moved = await stack.graphql(
        UpdateShelterDocument,
        { id: target.id, input: { ...input, sourceId: 'MOVE', municipalityCode: '014303' } },
        { token },
      )
      expect(errorCodes(moved.body)).toEqual(['BAD_USER_INPUT'])
      expect(moved.body.errors?.[0]?.extensions?.['field']).toBe('input.municipalityCode')
      expect(moved.body.errors?.[0]?.message).toBe(
        `input.municipalityCode "014303" is not this shelter's town (${MIKASA}); ` +
          'a shelter cannot move to another town: retire it and create it there.',
      )
    }
    const row = () =>
      stack.database.admin.selectFrom('disaster.shelter').selectAll().where('id', '=', target.id).executeTakeFirst()
    expect(await row()).toEqual(target)
    const own = await stack.graphql(
      UpdateShelterDocument,
      { id: target.id, input: { ...input, sourceId: 'STAY', municipalityCode: MIKASA } },
      { token: await stack.token(MIKASA) },
    )
    expect(own.body.errors).toBeUndefined()
    expect((await row())?.municipalityCode).toBe(MIKASA)
  })

  it('rejects half a coordinate pair, a duplicate source id and bad values with field paths', async () => {
    const token = await stack.token(MIKASA)
    const half = await stack.graphql(
      CreateShelterDocument,
      { input: { ...input, sourceId: 'HALF', longitude: null } },
      { token },
    )
    expect(half.body.errors?.[0]?.extensions?.['field']).toBe('input.longitude')
    const bad = await stack.graphql(
      CreateShelterDocument,
      { input: { ...input, sourceId: 'BAD', capacity: -1, url: 'ftp://x' } },
      { token },
    )
    expect(bad.body.errors?.[0]?.message).toMatch(/input\.capacity.*input\.url/)
    await stack.graphql(CreateShelterDocument, { input: { ...input, sourceId: 'DUP' } }, { token })
    const duplicate = await stack.graphql(CreateShelterDocument, { input: { ...input, sourceId: 'DUP' } }, { token })
    expect(errorCodes(duplicate.body)).toEqual(['CONFLICT'])
  })
})

describe('shelter queries', () => {
  it('filters a town by hazard', async () => {
    const { body } = await stack.graphql(SheltersByHazardDocument, {
      municipalityCode: '012106',
      hazard: 'FLOOD',
      first: 200,
    })
    const nodes = body.data?.shelters.nodes ?? []
    const expected = await stack.database.admin
      .selectFrom('disaster.shelter')
      .select('id')
      .where('municipalityCode', '=', '012106')
      .where('hazardFlood', '=', true)
      .where('retiredAt', 'is', null)
      .execute()
    expect(nodes.length).toBe(expected.length)
    expect(nodes.every((node) => node.safeFor.includes('FLOOD'))).toBe(true)
  })

  it('finds shelters near a point, nearest first, within the radius', async () => {
    const office = { latitude: 43.1961, longitude: 141.7759 }
    const { body } = await stack.graphql(SheltersNearDocument, { ...office, radiusMetres: 2000, first: 200 })
    const distances = body.data?.sheltersNear.map((entry) => entry.distanceMetres) ?? []
    expect(distances.length).toBeGreaterThan(0)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(distances.every((distance) => distance <= 2000)).toBe(true)
    const wider = await stack.graphql(SheltersNearDocument, { ...office, radiusMetres: 5000, first: 200 })
    expect(wider.body.data?.sheltersNear.length).toBeGreaterThan(distances.length)
    const safe = await stack.graphql(SheltersNearDocument, { ...office, hazard: 'INLAND_FLOOD' })
    expect(safe.body.data?.sheltersNear.every((entry) => entry.shelter.safeFor.includes('INLAND_FLOOD'))).toBe(true)
  })

  it.each([
    [{ latitude: 91, longitude: 0 }, 'latitude'],
    [{ latitude: 43, longitude: 141, radiusMetres: 100_000 }, 'radiusMetres'],
    [{ latitude: 43, longitude: 141, first: 500 }, 'first'],
  ])('rejects %j', async (variables, field) => {
    const { body } = await stack.graphql(SheltersNearDocument, variables)
    expect(body.errors?.[0]?.extensions?.['field']).toBe(field)
  })
})
