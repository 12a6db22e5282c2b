import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  JointProcurementDocument,
  RecordRegionDocument,
  RegionByIdDocument,
  RemoveRegionDocument,
  type RecordRegionInput,
} from '../../../codegen/operations.js'
import { createDatabase } from '../../../lib/db/database.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

/** recordRegion: an admin records the 圏域 the platform serves; nobody else can, in the API or in SQL. */

const IWAMIZAWA = '012106'
const [KURIYAMA, TSUKIGATA, NANPORO] = ['014290', '014303', '014231']
const region: RecordRegionInput = {
  id: 'sorachi-test',
  name: '空知試験定住自立圏',
  kind: 'SETTLEMENT_AND_INDEPENDENCE',
  centreMunicipalityCode: KURIYAMA,
  signedOn: '2024-04-01',
  municipalityCodes: [KURIYAMA, TSUKIGATA],
}

let stack: TestStack
let admin: string
beforeAll(async () => {
  stack = await startTestStack()
  admin = await stack.token(IWAMIZAWA, ['admin'])
})
afterAll(() => stack.stop())

const record = (input: Record<string, unknown>, token = admin) =>
  stack.graphql(RecordRegionDocument, { input: input as unknown as RecordRegionInput }, { token })

describe('recordRegion', () => {
  it('records a region and replaces it by its id, each recording audited with what it replaced', async () => {
    const created = await record(region)
    expect(created.body.errors).toBeUndefined()
    expect(created.body.data?.recordRegion).toEqual({
      id: region.id,
      name: region.name,
      kind: region.kind,
      signedOn: region.signedOn,
      isSample: false,
      centre: { code: KURIYAMA },
      municipalities: [{ code: KURIYAMA }, { code: TSUKIGATA }],
    })
    const replaced = await record({ ...region, municipalityCodes: [NANPORO, KURIYAMA] })
    expect(replaced.body.data?.recordRegion.municipalities).toEqual([{ code: NANPORO }, { code: KURIYAMA }])
    const town = await stack.graphql(RegionByIdDocument, { id: region.id })
    expect(town.body.data?.region?.municipalities.map((m) => m.regions.map((r) => r.id))).toEqual([
      ['agreement', region.id],
      ['agreement', region.id],
    ])
    const audit = await stack.database.admin
      .selectFrom('app.auditLog')
      .select(['operation', 'before', 'after'])
      .where('entity', '=', 'Region')
      .where('entityId', '=', String(region.id))
      .orderBy('id')
      .execute()
    expect(audit.map((row) => row.operation)).toEqual(['create', 'update'])
    expect(audit[1]?.before).toMatchObject({ municipalityCodes: [KURIYAMA, TSUKIGATA] })
    // The services read it at once: the procurement finder groups within it.
    const groups = await stack.graphql(JointProcurementDocument, { windowMonths: 60, region: region.id })
    expect(groups.body.errors).toBeUndefined()
    for (const group of groups.body.data?.jointProcurementCandidates ?? [])
      for (const m of group.municipalities) expect([NANPORO, KURIYAMA]).toContain(m.code)
  })

  it('removes a region, which the audit log keeps; an unknown one or the agreement is NOT_FOUND', async () => {
    await record({ ...region, id: 'to-remove' })
    const removed = await stack.graphql(RemoveRegionDocument, { id: 'to-remove' }, { token: admin })
    expect(removed.body.data?.removeRegion).toBe('to-remove')
    expect((await stack.graphql(RegionByIdDocument, { id: 'to-remove' })).body.data?.region).toBeNull()
    const audit = await stack.database.admin
      .selectFrom('app.auditLog')
      .select(['operation', 'before'])
      .where('entityId', '=', 'to-remove')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit).toMatchObject({ operation: 'delete', before: { municipalityCodes: region.municipalityCodes } })
    for (const id of ['to-remove', 'agreement']) {
      const again = await stack.graphql(RemoveRegionDocument, { id }, { token: admin })
      expect(errorCodes(again.body)).toEqual(['NOT_FOUND'])
    }
    const coordinator = await stack.token(IWAMIZAWA, ['coordinator'])
    const refused = await stack.graphql(RemoveRegionDocument, { id: region.id }, { token: coordinator })
    expect(errorCodes(refused.body)).toEqual(['FORBIDDEN'])
  })

  it('names what is wrong, field by field, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...region, municipalityCodes: [KURIYAMA, '015008'] }, 'input.municipalityCodes', /not served: "015008"/],
      [{ ...region, centreMunicipalityCode: IWAMIZAWA }, 'input.centreMunicipalityCode', /one of municipalityCodes/],
      [{ ...region, id: 'agreement' }, 'input.id', /agreement in force/],
      [{ ...region, id: 'Sorachi Test' }, 'input.id', /lower-case letters/],
      [{ ...region, municipalityCodes: [KURIYAMA] }, 'input.municipalityCodes', /at least two towns/],
      [{ ...region, municipalityCodes: [KURIYAMA, KURIYAMA] }, 'input.municipalityCodes', /each town once/],
    ]
    const before = await stack.database.admin.selectFrom('agreement.regionParty').selectAll().execute()
    for (const [input, field, message] of cases) {
      const { body } = await record({ ...input, id: input['id'] === region.id ? 'refused' : input['id'] })
      expect(errorCodes(body), field).toEqual(['BAD_USER_INPUT'])
      expect(body.errors?.[0]?.extensions?.['field']).toBe(field)
      expect(body.errors?.[0]?.message).toMatch(message)
    }
    expect(await stack.database.admin.selectFrom('agreement.regionParty').selectAll().execute()).toEqual(before)
  })

  it("is an admin's: the coordinator and editors are FORBIDDEN, anonymous callers UNAUTHENTICATED", async () => {
    for (const token of [await stack.token(IWAMIZAWA, ['coordinator']), await stack.token(TSUKIGATA)]) {
      expect(errorCodes((await record({ ...region, id: 'forged' }, token)).body)).toEqual(['FORBIDDEN'])
    }
    const anonymous = await stack.graphql(RecordRegionDocument, { input: { ...region, id: 'forged' } })
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED'])
    expect(await stack.database.admin.selectFrom('agreement.region').where('id', '=', 'forged').execute()).toEqual([])
  })

  it('is refused by row-level security to the agreement role acting for anyone but an admin', async () => {
    const role = createDatabase({ url: stack.database.roleUrls.agreement, poolMax: 1 })
    const insertAs = (viewerRole: string) =>
      role.transaction().execute(async (trx) => {
        await sql`select set_config('app.municipality_code', ${IWAMIZAWA}, true),
          set_config('app.role', ${viewerRole}, true)`.execute(trx)
        await sql`insert into agreement.region (id, name, kind, centre_municipality_code, signed_on)
          values ('forged-sql', 'forged', 'OTHER', ${IWAMIZAWA}, '2026-01-01')`.execute(trx)
        throw new Error('inserted')
      })
    try {
      for (const viewerRole of ['editor', 'coordinator', 'anonymous'])
        await expect(insertAs(viewerRole), viewerRole).rejects.toThrow(/row-level security/)
      await expect(insertAs('admin')).rejects.toThrow('inserted')
    } finally {
      await role.destroy()
    }
  })
})
