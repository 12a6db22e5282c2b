import type { Database } from '../lib/db/database.js'
import { loadAgreement } from '../subgraphs/agreement/seed/load-agreement.js'
import { seedJointProjectSample } from '../subgraphs/agreement/seed/sample-joint-projects.js'
import { seedDisasterSample } from '../subgraphs/disaster/seed/sample-data.js'
import { seedIctSample } from '../subgraphs/ict/seed/sample-data.js'
import { seedTransitSample } from '../subgraphs/transit/seed/sample-data.js'
import { seedTownCentres } from '../subgraphs/transit/seed/town-centres.js'

export interface SeedResult {
  seeded: boolean
}

/**
 * Loads the agreement (real content) and, unless disabled, the sample data of the other
 * subgraphs — once. A database that already holds the agreement is left exactly as it is, so a
 * second start reuses the data. Runs as the migrating role in one transaction: all or nothing.
 */
export async function seedIfEmpty(admin: Database, options: { sampleData: boolean }): Promise<SeedResult> {
  const existing = await admin.selectFrom('agreement.agreement').select('id').limit(1).executeTakeFirst()
  if (existing) return { seeded: false }
  await admin.transaction().execute(async (trx) => {
    await loadAgreement(trx)
    const municipalities = await trx.selectFrom('agreement.municipality').selectAll().execute()
    await seedTownCentres(
      trx,
      municipalities.map((m) => ({ code: m.code, latitude: m.officeLatitude, longitude: m.officeLongitude })),
    )
    if (!options.sampleData) return
    await seedDisasterSample(
      trx,
      new Map(
        municipalities.map((m) => [
          m.code,
          { latitude: m.officeLatitude, longitude: m.officeLongitude, population: m.population },
        ]),
      ),
    )
    await seedTransitSample(
      trx,
      municipalities.map((m) => ({
        code: m.code,
        name: m.name,
        nameKana: m.nameKana,
        nameEn: m.nameEn,
        kind: m.kind,
        latitude: m.officeLatitude,
        longitude: m.officeLongitude,
      })),
    )
    await seedIctSample(trx)
    await seedJointProjectSample(trx)
  })
  return { seeded: true }
}
