import DataLoader from 'dataloader'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ANONYMOUS, type Viewer } from '../lib/auth/viewer.js'
import { createDatabase, type Database } from '../lib/db/database.js'
import { runWrite, type WriteCaller } from '../lib/db/write-path.js'
import { errorCodeOf } from '../lib/errors.js'
import { createTestDatabase, type TestDatabase } from './support/database.js'

/**
 * lib/db/write-path.ts against the real database, as the disaster subgraph's login role (row-level
 * security on): what one `runWrite` commits, records, refuses and refreshes.
 */
const TSUKIGATA = '014303'
const MIKASA = '012220'
const editorOf = (code: typeof TSUKIGATA | typeof MIKASA): Viewer => ({
  kind: 'staff',
  subject: `editor-${code}`,
  municipalityCode: code,
  roles: new Set(['editor']),
})

let database: TestDatabase
let db: Database
const statements: string[] = []
beforeAll(async () => {
  database = await createTestDatabase()
  db = createDatabase({ url: database.roleUrls.disaster, poolMax: 2, onQuery: (sql) => statements.push(sql) })
})
afterAll(async () => {
  await db.destroy()
  await database.drop()
})

const caller = (viewer: Viewer, requestId: string): WriteCaller => ({ db, viewer, subgraph: 'disaster', requestId })
const auditOf = (requestId: string) =>
  database.admin.selectFrom('app.auditLog').selectAll().where('requestId', '=', requestId).execute()
const sitesNamed = (name: string) =>
  database.admin.selectFrom('disaster.stockpileSite').selectAll().where('name', '=', name).execute()
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => 'committed',
    (error: unknown) => errorCodeOf(error) ?? (error instanceof Error ? error.message : 'unknown'),
  )

function addSite(viewer: Viewer, requestId: string, name: string, options: { failAfterAudit?: boolean } = {}) {
  return runWrite(caller(viewer, requestId), async (w) => {
    const owner = w.ownerFor(null, 'input.municipalityCode')
    const row = await w.trx
      .insertInto('disaster.stockpileSite')
      .values({ municipalityCode: owner, name, address: '' })
      .returningAll()
      .executeTakeFirstOrThrow()
    await w.changed({ operation: 'create', entity: 'StockpileSite', entityId: row.id, ownerCode: owner, after: row })
    if (options.failAfterAudit) throw new Error('work failed after its audit entry')
    return row
  })
}

describe('runWrite', () => {
  it('commits the change and its audit entry together, naming actor, subgraph and request', async () => {
    const row = await addSite(editorOf(TSUKIGATA), 'req-commit', '月形町第2備蓄倉庫')
    expect(await sitesNamed('月形町第2備蓄倉庫')).toHaveLength(1)
    expect(await auditOf('req-commit')).toMatchObject([
      {
        actorSubject: `editor-${TSUKIGATA}`,
        actorMunicipalityCode: TSUKIGATA,
        actorRoles: ['editor'],
        subgraph: 'disaster',
        operation: 'create',
        entity: 'StockpileSite',
        entityId: row.id,
        ownerMunicipalityCode: TSUKIGATA,
        before: null,
      },
    ])
  })

  it('rolls the audit entry back with the change when the work fails after recording it', async () => {
    expect(await failure(addSite(editorOf(TSUKIGATA), 'req-fail', '消える倉庫', { failAfterAudit: true }))).toBe(
      'work failed after its audit entry',
    )
    expect(await sitesNamed('消える倉庫')).toEqual([])
    expect(await auditOf('req-fail')).toEqual([])
  })

  it('refuses anonymous callers before any SQL, and another town with FORBIDDEN, writing nothing', async () => {
    statements.length = 0
    expect(await failure(addSite(ANONYMOUS, 'req-anon', '匿名の倉庫'))).toBe('UNAUTHENTICATED')
    expect(statements).toEqual([])
    const forbidden = runWrite(caller(editorOf(MIKASA), 'req-other'), async (w) => {
      w.ownerFor(TSUKIGATA, 'input.municipalityCode')
      return Promise.resolve('written')
    })
    expect(await failure(forbidden)).toBe('FORBIDDEN')
    expect([...(await auditOf('req-anon')), ...(await auditOf('req-other'))]).toEqual([])
  })

  it('sets the caller for row-level security: a write past a forgotten check is refused by PostgreSQL', async () => {
    const sneaky = runWrite(caller(editorOf(MIKASA), 'req-rls'), async (w) => {
      await w.trx
        .insertInto('disaster.stockpileSite')
        .values({ municipalityCode: TSUKIGATA, name: '他町の倉庫', address: '' })
        .execute()
    })
    expect(await failure(sneaky)).toBe('FORBIDDEN')
    expect(await sitesNamed('他町の倉庫')).toEqual([])
  })

  it('refreshes DataLoaders after the commit, and not at all when the write rolls back', async () => {
    const loads: string[] = []
    const loader = new DataLoader<string, string>((keys) => {
      loads.push(...keys)
      return Promise.resolve(keys.map((key) => `stale ${key}`))
    })
    expect(await loader.load('a')).toBe('stale a')
    await runWrite(caller(editorOf(TSUKIGATA), 'req-prime'), (w) => {
      w.refresh(loader, 'a', 'fresh a')
      return Promise.resolve()
    })
    expect(await loader.load('a')).toBe('fresh a')
    const failed = runWrite(caller(editorOf(TSUKIGATA), 'req-no-prime'), (w) => {
      w.refresh(loader, 'a', 'never committed')
      return Promise.reject(new Error('rolled back'))
    })
    expect(await failure(failed)).toBe('rolled back')
    expect(await loader.load('a')).toBe('fresh a')
    expect(loads).toEqual(['a'])
  })
})
