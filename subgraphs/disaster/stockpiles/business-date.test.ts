import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { businessDate, type Clock } from '../../../lib/business-date.js'
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js'
import { findCoverage, findExpiringLots } from './stockpiles.repository.js'

/**
 * Stock expiry follows the date in Japan, not the database's UTC `current_date`: with the clock moved across
 * midnight JST (15:00 UTC), a lot that expires "today" counts until 23:59:59 JST and not a second later, although
 * the UTC date is the same on both sides.
 */

let database: TestDatabase
let lot: { municipalityCode: string; itemId: string; quantity: number }
const EXPIRES_ON = '2026-12-06'
const beforeMidnightJst: Clock = () => new Date('2026-12-06T14:59:59Z') // 23:59:59 JST, UTC date 12-06
const afterMidnightJst: Clock = () => new Date('2026-12-06T15:00:00Z') // 00:00:00 JST 12-07, UTC date still 12-06

beforeAll(async () => {
  database = await createTestDatabase()
  const site = await database.admin
    .selectFrom('disaster.stockpileSite')
    .select(['id', 'municipalityCode'])
    .executeTakeFirstOrThrow()
  const item = await database.admin.selectFrom('disaster.supplyItem').select('id').executeTakeFirstOrThrow()
  // A quantity no seeded lot has, so this lot's share of the coverage is recognisable.
  lot = { municipalityCode: site.municipalityCode, itemId: item.id, quantity: 7_654_321 }
  await database.admin
    .insertInto('disaster.stockLot')
    .values({ siteId: site.id, ...lot, expiresOn: EXPIRES_ON })
    .execute()
})
afterAll(() => database.drop())

const stockOf = async (clock: Clock) => {
  const rows = await findCoverage(database.admin, lot.municipalityCode, businessDate(clock()))
  return rows.find((row) => row.itemId === lot.itemId)?.quantity ?? 0
}

describe('business dates across midnight JST', () => {
  it('gives "today" as the date in Japan', () => {
    expect(businessDate(beforeMidnightJst())).toBe('2026-12-06')
    expect(businessDate(afterMidnightJst())).toBe('2026-12-07')
  })

  it('counts a lot expiring today until midnight JST and not after, while the UTC date has not changed', async () => {
    const before = await stockOf(beforeMidnightJst)
    const after = await stockOf(afterMidnightJst)
    expect(before - after).toBe(lot.quantity)
  })

  it('lists the lot as expiring within 0 days on its last day', async () => {
    const ids = async (clock: Clock, days: number) =>
      (await findExpiringLots(database.admin, days, lot.municipalityCode, 1000, businessDate(clock()))).map(
        (row) => row.quantity,
      )
    expect(await ids(beforeMidnightJst, 0)).toContain(lot.quantity)
    // One day earlier in Japan (2026-12-05 JST) it is one day away: not within 0 days, within 1.
    const dayBefore: Clock = () => new Date('2026-12-05T03:00:00Z')
    expect(await ids(dayBefore, 0)).not.toContain(lot.quantity)
    expect(await ids(dayBefore, 1)).toContain(lot.quantity)
  })
})
