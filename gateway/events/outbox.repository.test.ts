import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type Database } from '../../lib/db/database.js'
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js'
import { recordReleaseEvent } from './outbox.repository.js'

let database: TestDatabase
let gateway: Database
beforeAll(async () => {
  database = await createTestDatabase()
  gateway = createDatabase({ url: database.roleUrls.gateway, poolMax: 1 })
})
afterAll(async () => {
  await gateway.destroy()
  await database.drop()
})

describe('recordReleaseEvent', () => {
  it("records a release as the gateway's own login, once however many replicas see it", async () => {
    const release = { releaseId: 'r-20261207', publishedAt: '2026-12-07T05:00:00.000Z', datasets: 3 }
    await recordReleaseEvent(gateway, release)
    await recordReleaseEvent(gateway, release)
    const events = await database.admin
      .selectFrom('app.outboxEvent')
      .select(['type', 'municipalityCode', 'subject'])
      .where('dedupeKey', '=', `release:${release.releaseId}`)
      .execute()
    expect(events).toEqual([{ type: 'release.published', municipalityCode: null, subject: release.releaseId }])
  })
})
