import { CC_BY_4, sharedRows, table } from '../dataset.js'
import { shelterFileIdentity, shelterNoColumn } from './shelter-file.js'
import { everyShelter, ofList, type ShelterRow } from './shelters.js'
import { prefectureNameOf } from '../../../lib/prefectures.js'
import { flag } from './towns.js'

const HAZARD_COLUMNS = [
  ['災害種別_洪水', 'FLOOD'],
  ['災害種別_崖崩れ、土石流及び地滑り', 'LANDSLIDE'],
  ['災害種別_高潮', 'STORM_SURGE'],
  ['災害種別_地震', 'EARTHQUAKE'],
  ['災害種別_津波', 'TSUNAMI'],
  ['災害種別_大規模な火事', 'LARGE_FIRE'],
  ['災害種別_内水氾濫', 'INLAND_FLOOD'],
  ['災害種別_火山現象', 'VOLCANO'],
] as const

/**
 * 指定緊急避難場所一覧 in the 自治体標準オープンデータセット v1 layout (26 columns), region-wide and per town: the
 * 指定緊急避難場所 list only (a town's 指定避難所 list is another designation).
 */
export const evacuationSpace = table<ShelterRow>({
  id: 'evacuation-space',
  fileStem: 'evacuation_space',
  title: { ja: '指定緊急避難場所一覧', en: 'Designated emergency evacuation sites' },
  description: {
    ja: '各市町の指定緊急避難場所（自治体標準オープンデータセット v1 の項目）。市町別ファイルもあります。',
    en:
      'Designated emergency evacuation sites of each town, ' +
      'in the Japanese standard open data layout (v1); per-town files included.',
  },
  keywords: ['防災', '避難場所', '指定緊急避難場所', 'evacuation'],
  theme: 'disaster',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  ...sharedRows(everyShelter, ofList('EMERGENCY_SITE')),
  ...shelterFileIdentity<ShelterRow>(),
  columns: [
    shelterNoColumn<ShelterRow>(),
    { name: '名称', type: 'string', value: (row) => row.name },
    { name: '名称_カナ', type: 'string', value: (row) => row.nameKana },
    { name: '住所', type: 'string', value: (row) => row.address },
    { name: '方書', type: 'string', value: (row) => row.addressDetail },
    { name: '緯度', type: 'number', value: (row) => row.location?.latitude ?? null },
    { name: '経度', type: 'number', value: (row) => row.location?.longitude ?? null },
    { name: '標高', type: 'number', value: (row) => row.elevationMetres },
    { name: '電話番号', type: 'string', value: (row) => row.phone },
    { name: '内線番号', type: 'string', value: (row) => row.phoneExtension },
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality.code },
    { name: '都道府県名', type: 'string', value: (row) => prefectureNameOf(row.municipality.code) ?? '' },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality.name },
    ...HAZARD_COLUMNS.map(([name, hazard]) => ({
      name,
      type: 'string' as const,
      // △: usable for this hazard only under conditions, as towns' own files mark it (issue #15).
      value: (row: ShelterRow) =>
        row.conditionallySafeFor.includes(hazard) ? '△' : flag(row.safeFor.includes(hazard)),
    })),
    { name: '指定避難所との重複', type: 'string', value: (row) => flag(row.isDesignatedShelter) },
    { name: '想定収容人数', type: 'integer', value: (row) => row.capacity },
    { name: '対象となる町会・自治会', type: 'string', value: (row) => row.targetCommunity },
    { name: 'URL', type: 'string', value: (row) => row.url },
    // The standard has no sample flag: sample rows say so where every reader looks.
    {
      name: '備考',
      type: 'string',
      value: (row) => (row.isSample ? ['【サンプルデータ】', row.notes].filter(Boolean).join(' ') : row.notes),
    },
  ],
})
