import {
  OpenDataRecruitmentOpeningsDocument,
  type OpenDataRecruitmentOpeningsQuery,
} from '../../../codegen/opendata-operations.js'
import { CC_BY_4, table } from '../dataset.js'

type OpeningRow = OpenDataRecruitmentOpeningsQuery['recruitmentOpenings']['nodes'][number]

const ROLE = {
  BUS_DRIVER: 'バス運転士',
  TAXI_DRIVER: 'タクシー運転手',
  DEMAND_DRIVER: 'デマンド交通運転手',
  MECHANIC: '整備士',
  DISPATCHER: '運行管理者',
  OTHER: 'その他',
} as const
const EMPLOYMENT = {
  FULL_TIME: '正社員',
  PART_TIME: 'パート',
  CONTRACT: '契約',
  SEASONAL: '季節',
  OTHER: 'その他',
} as const
const STATUS = { OPEN: '募集中', FILLED: '充足', CLOSED: '終了' } as const

/** 担い手確保: openings for drivers and other transport staff, the towns' and the region-wide ones. */
export const recruitmentOpenings = table<OpeningRow>({
  id: 'transit-recruitment-openings',
  fileStem: 'transit_recruitment_openings',
  title: { ja: '公共交通の担い手募集', en: 'Transport staff recruitment openings' },
  description: {
    ja: '地域公共交通の担い手（運転士、整備士、運行管理者など）の募集：職種、雇用形態、人数、期間、状況。圏域全体の募集は全体ファイルのみに掲載します。',
    en:
      'Openings for drivers, mechanics and dispatchers: role, employment type, ' +
      'positions, period and status. Region-wide openings are in the region file only.',
  },
  keywords: ['地域公共交通', '担い手', '運転士', 'recruitment'],
  theme: 'transit',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  rows: (gateway) => gateway.paginate(OpenDataRecruitmentOpeningsDocument, {}, (data) => data.recruitmentOpenings),
  primaryKey: ['募集ID'],
  key: (row) => row.id,
  isSample: (row) => row.isSample,
  municipalityCode: (row) => row.municipality?.code ?? null,
  columns: [
    { name: '募集ID', type: 'string', value: (row) => row.id },
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality?.code ?? null },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality?.name ?? '圏域全体' },
    { name: '事業者名', type: 'string', value: (row) => row.operator?.name ?? null },
    { name: '名称', type: 'string', value: (row) => row.title },
    { name: '職種', type: 'string', value: (row) => ROLE[row.role] },
    { name: '雇用形態', type: 'string', value: (row) => EMPLOYMENT[row.employmentType] },
    { name: '募集人数', type: 'integer', value: (row) => row.positions },
    { name: '内容', type: 'string', value: (row) => row.description },
    { name: '募集開始日', type: 'date', value: (row) => row.opensOn },
    { name: '募集終了日', type: 'date', value: (row) => row.closesOn },
    { name: '状況', type: 'string', value: (row) => STATUS[row.status] },
    { name: 'URL', type: 'string', value: (row) => row.url },
    { name: '取組ID', type: 'string', value: (row) => row.initiative.id },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.isSample },
  ],
})
