import type { Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { sampleUuid } from '../../../lib/sample/deterministic.js'
import { seedSampleFeeds, type TownOffice } from './sample-feeds.js'
import { seedSampleRecruitment } from './sample-recruitment.js'
import { seedSampleRouteStatistics } from './sample-route-statistics.js'

/**
 * One sample community bus per town, one region-wide trunk operator, a few campaigns, their feeds, a
 * fiscal year of route statistics and a few recruitment openings and events, all marked is_sample.
 */
export async function seedTransitSample(trx: Transaction<DB>, offices: readonly TownOffice[]) {
  await insertOperators(trx, offices)
  await insertPromotionCampaigns(trx)
  await seedSampleFeeds(trx, offices)
  await seedSampleRouteStatistics(trx)
  await seedSampleRecruitment(trx)
}

/** Each town's community bus, named after the town, and the region-wide trunk operator. */
async function insertOperators(trx: Transaction<DB>, offices: readonly TownOffice[]) {
  const names = new Map(offices.map((office) => [office.code, office.name]))
  await trx
    .insertInto('transit.operator')
    .values([
      ...PARTY_CODES.map((code) => ({
        id: sampleUuid(`operator:${code}`),
        municipalityCode: code,
        name: `${names.get(code) ?? code}コミュニティバス（サンプル）`,
        kind: 'COMMUNITY_BUS',
        isSample: true,
      })),
      {
        id: sampleUuid('operator:regional'),
        municipalityCode: null,
        name: '南空知広域幹線バス（サンプル）',
        kind: 'ROUTE_BUS',
        isSample: true,
      },
    ])
    .execute()
}

const SAMPLE_CAMPAIGNS = [
  {
    code: '012106',
    title: '南空知バス乗り継ぎスタンプラリー（サンプル）',
    startsOn: '2025-07-01',
    endsOn: '2025-09-30',
  },
  {
    code: '014303',
    title: '月形町 高齢者バス乗車体験会（サンプル）',
    startsOn: '2025-05-10',
    endsOn: '2025-05-10',
  },
  {
    code: '014290',
    title: '栗山町 公共交通マップ配布（サンプル）',
    startsOn: '2024-04-01',
    endsOn: '2025-03-31',
  },
  {
    code: '012092',
    title: '夕張市 デマンド交通お試し乗車週間（サンプル）',
    startsOn: '2025-10-01',
    endsOn: '2025-10-07',
  },
]

/** 利用促進 (transit-2): the sample campaigns. */
async function insertPromotionCampaigns(trx: Transaction<DB>) {
  await trx
    .insertInto('transit.promotionCampaign')
    .values(
      SAMPLE_CAMPAIGNS.map((campaign) => ({
        id: sampleUuid(`campaign:${campaign.code}:${campaign.startsOn}`),
        municipalityCode: campaign.code,
        initiativeId: 'transit-2',
        title: campaign.title,
        description: 'サンプルデータ: 地域公共交通の利用促進に関する取組の例。',
        startsOn: campaign.startsOn,
        endsOn: campaign.endsOn,
        isSample: true,
      })),
    )
    .execute()
}
