import {
  OpenDataPromotionCampaignsDocument,
  type OpenDataPromotionCampaignsQuery,
} from '../../../codegen/opendata-operations.js'
import { CC_BY_4, table } from '../dataset.js'
import { agreementInitiatives } from './initiatives.js'

type CampaignRow = NonNullable<OpenDataPromotionCampaignsQuery['initiative']>['promotionCampaigns']['nodes'][number]

/** The towns' campaigns to promote public transport (利用促進), under each line of the transit field. */
export const promotionCampaigns = table<CampaignRow>({
  id: 'transit-promotion-campaigns',
  fileStem: 'transit_promotion_campaigns',
  title: { ja: '公共交通の利用促進の取組', en: 'Public transport promotion campaigns' },
  description: {
    ja: '各市町が実施する地域公共交通の利用促進の取組（名称、内容、期間、取組内容の番号）。',
    en:
      'Campaigns the towns run to promote public transport: title, ' +
      'description, period and the agreement line they serve.',
  },
  keywords: ['地域公共交通', '利用促進', 'promotion'],
  theme: 'transit',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  rows: async function* (gateway) {
    for (const initiative of await agreementInitiatives(gateway)) {
      if (initiative.field.id !== 'transit') continue
      const variables = { id: initiative.id }
      yield* gateway.paginate(
        OpenDataPromotionCampaignsDocument,
        variables,
        (data) => data.initiative?.promotionCampaigns,
      )
    }
  },
  primaryKey: ['取組事業ID'],
  key: (row) => row.id,
  isSample: (row) => row.isSample,
  municipalityCode: (row) => row.municipality.code,
  columns: [
    { name: '取組事業ID', type: 'string', value: (row) => row.id },
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality.code },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality.name },
    { name: '取組ID', type: 'string', value: (row) => row.initiative.id },
    { name: '名称', type: 'string', value: (row) => row.title },
    { name: '内容', type: 'string', value: (row) => row.description },
    { name: '開始日', type: 'date', value: (row) => row.startsOn },
    { name: '終了日', type: 'date', value: (row) => row.endsOn },
    { name: 'URL', type: 'string', value: (row) => row.url },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.isSample },
  ],
})
