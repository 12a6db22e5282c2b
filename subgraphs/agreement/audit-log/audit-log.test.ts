import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuditLogDocument, type AuditLogQueryVariables } from '../../../codegen/operations.js'
import { createDatabase, type DB } from '../../../lib/db/database.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

const IWAMIZAWA = '012106'
const TSUKIGATA = '014303'
const KURIYAMA = '014290'

let stack: TestStack
let agreementRole: Kysely<DB>
beforeAll(async () => {
  stack = await startTestStack()
  agreementRole = createDatabase({ url: stack.database.roleUrls.agreement, poolMax: 1 })
  // The template database has no writes yet: record a known history (as the administrator, which the
  // append-only trigger allows for inserts), three towns' data and one region-wide record.
  await stack.database.admin
    .insertInto('app.auditLog')
    .values([
      entry(TSUKIGATA, TSUKIGATA, 'create', { title: 'バス教室' }),
      entry(TSUKIGATA, TSUKIGATA, 'update', { title: 'バス教室（改）' }),
      entry(KURIYAMA, KURIYAMA, 'create', { name: '栗山町避難所' }),
      entry(IWAMIZAWA, null, 'create', { title: '合同防災訓練' }),
      entry(IWAMIZAWA, TSUKIGATA, 'retire', null),
    ])
    .execute()
})
afterAll(async () => {
  await agreementRole.destroy()
  await stack.stop()
})

function entry(actor: string, owner: string | null, operation: string, after: unknown) {
  return {
    actorSubject: `staff-${actor}`,
    actorMunicipalityCode: actor,
    actorRoles: owner === actor ? ['editor'] : ['admin'],
    subgraph: 'transit',
    operation,
    entity: 'PromotionCampaign',
    entityId: `${owner ?? 'region'}-1`,
    ownerMunicipalityCode: owner,
    before: null,
    after: after === null ? null : JSON.stringify(after),
    requestId: `req-${operation}`,
  }
}

const read = (variables: AuditLogQueryVariables, token?: string) =>
  stack.graphql(AuditLogDocument, variables, token ? { token } : {})
const owners = (response: Awaited<ReturnType<typeof read>>) =>
  response.body.data?.auditLog.nodes.map((node) => node.municipality?.code ?? 'region') ?? []

describe('Query.auditLog', () => {
  it('is UNAUTHENTICATED for anonymous callers', async () => {
    const response = await read({})
    expect(errorCodes(response.body)).toEqual(['UNAUTHENTICATED'])
    expect(response.body.data).toBeNull()
  })

  it("shows an editor the entries about their own town's data, newest first, whoever wrote them", async () => {
    const response = await read({}, await stack.token(TSUKIGATA))
    expect(response.body.errors).toBeUndefined()
    const nodes = response.body.data?.auditLog.nodes ?? []
    expect(nodes.map((node) => node.operation)).toEqual(['retire', 'update', 'create'])
    expect(owners(response)).toEqual([TSUKIGATA, TSUKIGATA, TSUKIGATA])
    expect(nodes[0]).toMatchObject({
      actorMunicipality: { code: IWAMIZAWA },
      actorRoles: ['admin'],
      after: null,
      requestId: 'req-retire',
    })
    expect(JSON.parse(nodes[1]?.after ?? 'null')).toEqual({ title: 'バス教室（改）' })
    expect(Date.parse(nodes[0]?.occurredAt ?? '')).not.toBeNaN()
  })

  it("refuses an editor another town's entries (FORBIDDEN) and rejects a malformed code (BAD_USER_INPUT)", async () => {
    const token = await stack.token(TSUKIGATA)
    expect(errorCodes((await read({ municipalityCode: KURIYAMA }, token)).body)).toEqual(['FORBIDDEN'])
    expect(errorCodes((await read({ municipalityCode: '14290' }, token)).body)).toEqual(['BAD_USER_INPUT'])
    expect(owners(await read({ municipalityCode: TSUKIGATA }, token))).toEqual([TSUKIGATA, TSUKIGATA, TSUKIGATA])
  })

  it('shows the coordinator their town and the region-wide entries, and an admin everything', async () => {
    expect(owners(await read({}, await stack.token(IWAMIZAWA, ['coordinator'])))).toEqual(['region'])
    expect(owners(await read({}, await stack.token(IWAMIZAWA, ['editor'])))).toEqual([])
    const admin = await stack.token(KURIYAMA, ['admin'])
    expect(owners(await read({}, admin))).toEqual([TSUKIGATA, 'region', KURIYAMA, TSUKIGATA, TSUKIGATA])
    expect(owners(await read({ municipalityCode: KURIYAMA }, admin))).toEqual([KURIYAMA])
  })

  it('pages with cursors, without gaps or repeats, and refuses forged cursors and oversized pages', async () => {
    const admin = await stack.token(IWAMIZAWA, ['admin'])
    const seen: string[] = []
    let after: string | null = null
    for (let pages = 0; pages < 5; pages++) {
      const response = await read({ first: 2, after }, admin)
      seen.push(...(response.body.data?.auditLog.nodes.map((node) => node.id) ?? []))
      after = response.body.data?.auditLog.pageInfo.endCursor ?? null
      if (!response.body.data?.auditLog.pageInfo.hasNextPage) break
    }
    expect(seen).toHaveLength(5)
    expect(new Set(seen).size).toBe(5)
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => b - a))
    expect(errorCodes((await read({ after: 'bm90LWEtY3Vyc29y' }, admin)).body)).toEqual(['BAD_USER_INPUT'])
    expect(errorCodes((await read({ first: 201 }, admin)).body)).toEqual(['BAD_USER_INPUT'])
  })
})

/** Rows of app.audit_log visible to the agreement subgraph's login role under the given session settings. */
async function visibleOwners(session: { municipality: string; role: string } | null) {
  return agreementRole.transaction().execute(async (trx) => {
    if (session) {
      await sql`select set_config('app.municipality_code', ${session.municipality}, true),
        set_config('app.role', ${session.role}, true)`.execute(trx)
    }
    const rows = await trx.selectFrom('app.auditLog').select('ownerMunicipalityCode').orderBy('id').execute()
    return rows.map((row) => row.ownerMunicipalityCode ?? 'region')
  })
}

describe('row-level security on app.audit_log (the second fence, without the service)', () => {
  it('lets the login role read only what the session may read', async () => {
    expect(await visibleOwners(null)).toEqual([])
    expect(await visibleOwners({ municipality: TSUKIGATA, role: 'anonymous' })).toEqual([])
    expect(await visibleOwners({ municipality: TSUKIGATA, role: 'editor' })).toEqual([TSUKIGATA, TSUKIGATA, TSUKIGATA])
    expect(await visibleOwners({ municipality: IWAMIZAWA, role: 'coordinator' })).toEqual(['region'])
    expect(await visibleOwners({ municipality: TSUKIGATA, role: 'coordinator' })).toEqual([
      TSUKIGATA,
      TSUKIGATA,
      TSUKIGATA,
    ])
    expect(await visibleOwners({ municipality: KURIYAMA, role: 'admin' })).toHaveLength(5)
  })

  it('refuses UPDATE and DELETE by every application role, even with admin settings, and changes nothing', async () => {
    const before = await stack.database.admin.selectFrom('app.auditLog').selectAll().orderBy('id').execute()
    for (const url of Object.values(stack.database.roleUrls)) {
      const role = createDatabase({ url, poolMax: 1 })
      try {
        for (const statement of [
          "update app.audit_log set operation = 'forged'",
          'delete from app.audit_log',
          'truncate app.audit_log',
        ]) {
          const outcome = await role
            .transaction()
            .execute(async (trx) => {
              await sql`select set_config('app.municipality_code', ${IWAMIZAWA}, true),
                set_config('app.role', 'admin', true)`.execute(trx)
              await sql.raw(statement).execute(trx)
              return 'ok'
            })
            .catch((error: unknown) => (error as { code?: string }).code)
          expect(outcome, `${url.split('@')[0]?.split('//')[1]?.split(':')[0]}: ${statement}`).toBe('42501')
        }
      } finally {
        await role.destroy()
      }
    }
    expect(await stack.database.admin.selectFrom('app.auditLog').selectAll().orderBy('id').execute()).toEqual(before)
  })
})

describe('cost of Query.auditLog', () => {
  it('runs the same SQL statements for a page of two entries as for a page of five', async () => {
    const admin = await stack.token(IWAMIZAWA, ['admin'])
    stack.statements.reset()
    expect((await read({ first: 2 }, admin)).body.data?.auditLog.nodes).toHaveLength(2)
    const small = stack.statements.count('agreement')
    stack.statements.reset()
    expect((await read({ first: 5 }, admin)).body.data?.auditLog.nodes).toHaveLength(5)
    expect(stack.statements.count('agreement')).toBe(small)
  })
})
