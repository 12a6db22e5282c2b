import {
  OpenDataRecruitmentEventsDocument,
  type OpenDataRecruitmentEventsQuery,
} from '../../../codegen/opendata-operations.js'
import { CC_BY_4, table } from '../dataset.js'

type EventRow = OpenDataRecruitmentEventsQuery['recruitmentEvents']['nodes'][number]

const KIND = {
  JOB_FAIR: '合同説明会',
  DRIVING_EXPERIENCE: 'バス運転体験会',
  LICENSE_SUPPORT: '二種免許取得支援',
  SEMINAR: 'セミナー',
  OTHER: 'その他',
} as const

/** 担い手確保: recruitment events (job fairs, driving experience, licence support) with participants and hires. */
export const recruitmentEvents = table<EventRow>({
  id: 'transit-recruitment-events',
  fileStem: 'transit_recruitment_events',
  title: { ja: '公共交通の担い手確保イベント', en: 'Transport staff recruitment events' },
  description: {
    ja: '担い手確保のためのイベント（合同説明会、バス運転体験会、二種免許取得支援など）：開催日、会場、参加者数、採用数（人数のみ、氏名は含みません）。',
    en:
      'Recruitment events (job fairs, driving experience, licence support): ' +
      'date, venue, participant and hire counts (counts only, never names).',
  },
  keywords: ['地域公共交通', '担い手', 'イベント', 'recruitment'],
  theme: 'transit',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  rows: (gateway) => gateway.paginate(OpenDataRecruitmentEventsDocument, {}, (data) => data.recruitmentEvents),
  primaryKey: ['イベントID'],
  key: (row) => row.id,
  isSample: (row) => row.isSample,
  municipalityCode: (row) => row.municipality?.code ?? null,
  columns: [
    { name: 'イベントID', type: 'string', value: (row) => row.id },
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality?.code ?? null },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality?.name ?? '圏域全体' },
    { name: '名称', type: 'string', value: (row) => row.title },
    { name: '種別', type: 'string', value: (row) => KIND[row.kind] },
    { name: '開催日', type: 'date', value: (row) => row.heldOn },
    { name: '会場', type: 'string', value: (row) => row.venue },
    { name: '内容', type: 'string', value: (row) => row.description },
    { name: '参加者数', type: 'integer', value: (row) => row.participants },
    { name: '採用数', type: 'integer', value: (row) => row.hires },
    { name: 'URL', type: 'string', value: (row) => row.url },
    { name: '取組ID', type: 'string', value: (row) => row.initiative.id },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.isSample },
  ],
})
