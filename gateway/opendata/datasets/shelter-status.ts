import { CC_BY_4, sharedRows, table } from '../dataset.js'
import { everyShelter, type ShelterRow } from './shelters.js'

/** The latest reported state of every shelter in the region (open, evacuees, congestion). */
export const shelterStatus = table<ShelterRow>({
  id: 'shelter-status',
  fileStem: 'shelter_status',
  title: { ja: '避難所の開設・混雑状況（最新）', en: 'Shelter status (latest reports)' },
  description: {
    ja: '各避難所から報告された最新の開設状況・避難者数・混雑度。未報告の避難所も含みます。',
    en:
      'The latest reported opening state, evacuees and congestion of ' +
      'every shelter in the region, including shelters with no report.',
  },
  keywords: ['防災', '避難所', '混雑状況', 'shelter status'],
  theme: 'disaster',
  license: CC_BY_4,
  updateFrequency: 'continuous',
  ...sharedRows(everyShelter, (row) => row),
  key: (row) => row.id,
  primaryKey: ['避難所ID'],
  isSample: (row) => row.isSample,
  municipalityCode: (row) => row.municipality.code,
  location: (row) => row.location,
  columns: [
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality.code },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality.name },
    { name: '避難所ID', type: 'string', value: (row) => row.id },
    // The same NO as in 指定緊急避難場所一覧 (the town's own ID, else the platform's id), so the files join on it.
    { name: 'NO', type: 'string', value: (row) => row.sourceId ?? row.id },
    {
      name: '指定区分',
      type: 'string',
      value: (row) => (row.designation === 'EMERGENCY_SITE' ? '指定緊急避難場所' : '指定避難所'),
    },
    { name: '名称', type: 'string', value: (row) => row.name },
    { name: '緯度', type: 'number', value: (row) => row.location?.latitude ?? null },
    { name: '経度', type: 'number', value: (row) => row.location?.longitude ?? null },
    { name: '想定収容人数', type: 'integer', value: (row) => row.capacity },
    {
      name: '開設状況',
      type: 'string',
      value: (row) => (row.latestStatus === null ? '未報告' : row.latestStatus.isOpen ? '開設' : '閉鎖'),
    },
    { name: '避難者数', type: 'integer', value: (row) => row.latestStatus?.evacuees ?? null },
    { name: '世帯数', type: 'integer', value: (row) => row.latestStatus?.households ?? null },
    { name: '収容率', type: 'number', value: (row) => row.latestStatus?.occupancyRate ?? null },
    { name: '混雑度', type: 'string', value: (row) => row.latestStatus?.congestion ?? null },
    { name: '報告日時', type: 'datetime', value: (row) => row.latestStatus?.reportedAt ?? null },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.isSample },
  ],
})
