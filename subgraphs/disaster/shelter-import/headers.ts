import type { HazardColumn } from '../shelters/hazards.js'
import type { ShelterColumns } from '../shelters/shelters.model.js'

/**
 * What each column of a shelter file means, by its header: every spelling real files use (自治体標準 v1 and v2,
 * 国土地理院 per-town and national files, 指定避難所 lists, English headers cities use), whatever the column order.
 * Headers are compared folded (NFKC, lower case, without spaces, `_`, `-`, `.` and `・`), so `名称_カナ`, `名称カナ`
 * and `Name Kana` are one header each time they are spelt. Within a field, the first spelling listed wins when a
 * file has several (a 国土地理院 file's 共通ID over its running NO).
 */

/** The record columns a file can fill (ShelterColumns) and the cells that say whose row it is. */
export type RecordField = Exclude<keyof ShelterColumns, 'conditionalHazards'>
export type TownField = 'municipalityCode' | 'municipalityName' | 'prefectureName'
/** Parts of a split address (v2): joined into the address when 所在地_連結表記 is empty. */
export type AddressPart = 'addressPrefecture' | 'addressCity' | 'addressTown' | 'addressNumber'
export type ImportField = RecordField | TownField | AddressPart

const HAZARD_SPELLINGS: Record<HazardColumn, string[]> = {
  hazardFlood: ['洪水', 'flood'],
  hazardLandslide: [
    '崖崩れ、土石流及び地滑り',
    '崖崩れ,土石流及び地滑り',
    '土砂災害',
    'landslide',
    'sediment disaster',
  ],
  hazardStormSurge: ['高潮', 'storm surge', 'high tide'],
  hazardEarthquake: ['地震', 'earthquake'],
  hazardTsunami: ['津波', 'tsunami', 'tunami'],
  hazardLargeFire: ['大規模な火事', '大規模火災', 'large fire', 'fire'],
  hazardInlandFlood: ['内水氾濫', 'inland flood', 'inland flooding', 'inundation'],
  hazardVolcano: ['火山現象', '火山', 'volcano', 'volcanic'],
}

/** Spellings per field, most specific first. Hazards also come as `災害種別_<name>` (自治体標準). */
const SPELLINGS: Record<ImportField, string[]> = {
  sourceId: ['共通ID', 'ID', 'NO', '番号', '通し番号', 'source id', 'number'],
  name: ['名称', '施設・場所名', '施設名', '避難所名', '避難場所名', '指定避難所名', '指定緊急避難場所名', 'name'],
  nameKana: ['名称_カナ', '名称_かな', 'フリガナ', 'ふりがな', 'カナ', 'name kana', 'kana'],
  address: ['所在地_連結表記', '住所', '所在地', 'address'],
  addressDetail: ['方書', '建物名等(方書)', '建物名等', 'address detail', 'building'],
  latitude: ['緯度', 'latitude', 'lat'],
  longitude: ['経度', 'longitude', 'lon', 'lng', 'long'],
  elevationM: ['標高', 'elevation', 'altitude'],
  phone: ['電話番号', '電話', 'tel', 'phone', 'telephone'],
  phoneExtension: ['内線番号', '内線', 'extension'],
  ...Object.fromEntries(
    Object.entries(HAZARD_SPELLINGS).map(([field, names]) => [field, [...names.map((n) => `災害種別_${n}`), ...names]]),
  ),
  isDesignatedShelter: ['指定避難所との重複', '指定避難所との住所同一', 'designated shelter', 'is designated shelter'],
  isEmergencySite: ['指定緊急避難場所との重複', '指定緊急避難場所との住所同一', 'emergency site', 'is emergency site'],
  capacity: ['想定収容人数', '収容人数', '収容可能人数', 'capacity'],
  capacityIndoor: ['想定収容人数_屋内', '収容人数(屋内)', '屋内収容人数', 'capacity indoor'],
  capacityOutdoor: ['想定収容人数_屋外', '収容人数(屋外)', '屋外収容人数', 'capacity outdoor'],
  capacityNote: ['想定収容人数_備考', 'capacity note'],
  targetCommunity: ['対象となる町会・自治会', '対象町内会', '対象地区', 'target community'],
  acceptsPeopleNeedingCare: ['要配慮者受入', '要配慮者の受入', '要配慮者受入れ', 'accepts people needing care'],
  isWelfareShelter: ['福祉避難所', 'welfare shelter'],
  isBarrierFree: ['バリアフリー', 'バリアフリー対応', 'barrier free'],
  petPolicy: ['ペット同行', 'ペット同行避難', 'ペットの同行', 'ペット', 'pets', 'pet', 'pet policy'],
  acceptedPersons: ['受入対象者', '受入れ対象者', 'accepted persons', 'target persons'],
  additionalMatters: ['その他市町村長が必要と認める事項', 'additional matters'],
  url: ['URL', 'ホームページ', 'website', 'web'],
  notes: ['備考', '摘要', 'notes', 'note', 'remarks'],
  municipalityCode: [
    '全国地方公共団体コード',
    '市区町村コード',
    '都道府県コード又は市区町村コード',
    '地方公共団体コード',
    '団体コード',
    'municipality code',
    'city code',
    'lg code',
    'code',
  ],
  municipalityName: ['都道府県名及び市町村名', '地方公共団体名', '市区町村名', '市町村名', 'municipality', 'city'],
  prefectureName: ['都道府県名', 'prefecture'],
  addressPrefecture: ['所在地_都道府県'],
  addressCity: ['所在地_市区町村'],
  addressTown: ['所在地_町字'],
  addressNumber: ['所在地_番地以下'],
} as Record<ImportField, string[]>

/** Columns of the standards this platform does not store: named in the result when they hold values. */
const UNSTORED = [
  '名称_英字',
  '町字ID',
  '連絡先メールアドレス',
  '連絡先FormURL',
  '連絡先備考(その他、SNSなど)',
  '郵便番号',
  '画像',
  '画像_ライセンス',
  '更新日時',
  '場所の種類',
  '場所の種類コード',
  '施設の種類',
]

export const foldHeader = (header: string) =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.・]+/g, '')

const FIELD_OF = new Map<string, { field: ImportField; rank: number }>()
for (const [field, spellings] of Object.entries(SPELLINGS) as [ImportField, string[]][]) {
  spellings.forEach((spelling, rank) => {
    const key = foldHeader(spelling)
    if (!FIELD_OF.has(key)) FIELD_OF.set(key, { field, rank })
  })
}
const UNSTORED_HEADERS = new Set(UNSTORED.map(foldHeader))

/** What a header is: a field (with the rank of its spelling), a standard column not stored, or unknown. */
export type HeaderMeaning =
  { kind: 'field'; field: ImportField; rank: number } | { kind: 'unstored' } | { kind: 'unknown' } | { kind: 'empty' }

export function meaningOf(header: string): HeaderMeaning {
  const key = foldHeader(header)
  if (key === '') return { kind: 'empty' }
  const known = FIELD_OF.get(key)
  if (known) return { kind: 'field', ...known }
  return UNSTORED_HEADERS.has(key) ? { kind: 'unstored' } : { kind: 'unknown' }
}

/** The spellings of a field, for messages (`no column for 名称 (name): expected one of 名称, 施設・場所名, …`). */
export const spellingsOf = (field: ImportField) => SPELLINGS[field]
