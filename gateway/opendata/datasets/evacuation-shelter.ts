import { CC_BY_4, sharedRows, table } from '../dataset.js'
import { shelterFileIdentity, shelterNoColumn } from './shelter-file.js'
import { everyShelter, ofList, type ShelterRow } from './shelters.js'
import { prefectureNameOf } from '../../../lib/prefectures.js'
import { flag } from './towns.js'

const PET_POLICY = { NOT_ALLOWED: '不可', ACCOMPANIED: '同行避難可', COHABITATION: '同伴避難可' } as const
/** A yes/no that may be unknown: 1, 0, or empty when the town has not said. */
const knownFlag = (value: boolean | null) => (value === null ? '' : value ? '1' : '0')

/**
 * 指定避難所一覧: the 指定避難所 list only (where to stay), in the 国土地理院 指定避難所 layout (11 columns), followed
 * by the attributes residents ask for (福祉避難所, 要配慮者 受入, barrier-free, ペット同行, 想定収容人数). The
 * 指定緊急避難場所 list is the separate `evacuation_space` file.
 *
 * NO follows `evacuation_space` (the town's own id, else the platform's); 共通ID holds the platform's shelter id for
 * now, until the national 共通ID is modelled.
 */
export const evacuationShelter = table<ShelterRow>({
  id: 'evacuation-shelter',
  fileStem: 'evacuation_shelter',
  title: { ja: '指定避難所一覧（福祉避難所を含む）', en: 'Designated evacuation shelters (welfare shelters included)' },
  description: {
    ja:
      '各市町の指定避難所（国土地理院 ' +
      '指定避難所データの項目）に、福祉避難所、要配慮者の受入、バリアフリー、ペット同行、受入対象者、想定収容人数を加えたもの。指定緊急避難場所は別のデータセットです。市町別ファイルもあります。',
    en:
      'Designated evacuation shelters of each town (GSI designated-shelter ' +
      'layout) with welfare-shelter status, acceptance of people ' +
      'needing care, barrier-free access, pets and accepted persons. Emergency ' +
      'evacuation sites are a separate dataset; per-town files included.',
  },
  keywords: ['防災', '避難所', '指定避難所', '福祉避難所', 'evacuation shelter'],
  theme: 'disaster',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  ...sharedRows(everyShelter, ofList('DESIGNATED_SHELTER')),
  ...shelterFileIdentity<ShelterRow>(),
  columns: [
    shelterNoColumn<ShelterRow>(),
    { name: '共通ID', type: 'string', value: (row) => row.id },
    {
      name: '都道府県名及び市町村名',
      type: 'string',
      // The town's own prefecture (a served town may be in any: issue #19).
      value: (row) => (prefectureNameOf(row.municipality.code) ?? '') + row.municipality.name,
    },
    { name: '施設・場所名', type: 'string', value: (row) => row.name },
    { name: '住所', type: 'string', value: (row) => [row.address, row.addressDetail].filter(Boolean).join(' ') },
    { name: '指定緊急避難場所との住所同一', type: 'string', value: (row) => flag(row.isEmergencySite) },
    { name: 'その他市町村長が必要と認める事項', type: 'string', value: (row) => row.additionalMatters },
    { name: '受入対象者', type: 'string', value: (row) => row.acceptedPersons },
    { name: '緯度', type: 'number', value: (row) => row.location?.latitude ?? null },
    { name: '経度', type: 'number', value: (row) => row.location?.longitude ?? null },
    // The layout has no sample flag: sample rows say so where every reader looks.
    {
      name: '備考',
      type: 'string',
      value: (row) => (row.isSample ? ['【サンプルデータ】', row.notes].filter(Boolean).join(' ') : row.notes),
    },
    // Beyond the GSI layout: what residents ask of a shelter (issue #21).
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality.code },
    { name: '名称_カナ', type: 'string', value: (row) => row.nameKana },
    { name: '電話番号', type: 'string', value: (row) => row.phone },
    { name: '想定収容人数', type: 'integer', value: (row) => row.capacity },
    { name: '福祉避難所', type: 'string', value: (row) => flag(row.isWelfareShelter) },
    { name: '要配慮者受入', type: 'string', value: (row) => flag(row.acceptsPeopleNeedingCare) },
    { name: 'バリアフリー', type: 'string', value: (row) => knownFlag(row.isBarrierFree) },
    { name: 'ペット同行', type: 'string', value: (row) => (row.petPolicy ? PET_POLICY[row.petPolicy] : null) },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.isSample },
  ],
})
