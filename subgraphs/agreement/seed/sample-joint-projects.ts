import type { Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/**
 * Two sample joint projects (marked is_sample) so costAllocation has something to show on a fresh
 * start. Fixed ids and figures: the seed is deterministic.
 */
export async function seedJointProjectSample(trx: Transaction<DB>): Promise<void> {
  const stockpile = '6f1c2a3e-0000-4000-8000-000000000001'
  const transit = '6f1c2a3e-0000-4000-8000-000000000002'
  await trx
    .insertInto('agreement.jointProject')
    .values([
      {
        id: stockpile,
        title: '共同備蓄 段ボールベッド・防寒着の購入（サンプル）',
        description: '冬季避難に備えた共同備蓄品の一括購入。',
        initiativeId: 'disaster-2',
        fiscalYear: 2026,
        totalCostYen: 4_800_000,
        equalPercent: 20,
        populationPercent: 80,
        usagePercent: 0,
        isSample: true,
      },
      {
        id: transit,
        title: '広域バス利用促進キャンペーン（サンプル）',
        description: '圏域内バス路線の共同プロモーション。',
        initiativeId: 'transit-2',
        fiscalYear: 2026,
        totalCostYen: 1_000_000,
        equalPercent: 30,
        populationPercent: 30,
        usagePercent: 40,
        usageUnit: '年間乗車人員（千人）',
        isSample: true,
      },
    ])
    .execute()
  const ridership: Record<string, number> = {
    '012106': 420,
    '012092': 35,
    '012157': 60,
    '012220': 30,
    '014231': 25,
    '014273': 15,
    '014281': 40,
    '014290': 45,
    '014303': 12,
  }
  await trx
    .insertInto('agreement.jointProjectUsage')
    .values(
      Object.entries(ridership).map(([municipalityCode, amount]) => ({ projectId: transit, municipalityCode, amount })),
    )
    .execute()
}
