import type { HazardColumn } from '../shelters/hazards.js'

/** The fields an import fills; each layout maps its headers onto them. */
export type ImportField =
  | 'sourceId'
  | 'name'
  | 'nameKana'
  | 'address'
  | 'addressDetail'
  | 'latitude'
  | 'longitude'
  | 'elevationM'
  | 'phone'
  | 'phoneExtension'
  | 'municipalityCode'
  | 'isDesignatedShelter'
  | 'capacity'
  | 'targetCommunity'
  | 'url'
  | 'notes'
  | HazardColumn

export interface Layout {
  name: 'v1' | 'v2' | 'gsi'
  /** Headers that identify the layout (all must be present). */
  signature: string[]
  columns: Record<string, ImportField>
}

const HAZARD_HEADERS: Record<string, HazardColumn> = {
  洪水: 'hazardFlood',
  '崖崩れ、土石流及び地滑り': 'hazardLandslide',
  高潮: 'hazardStormSurge',
  地震: 'hazardEarthquake',
  津波: 'hazardTsunami',
  大規模な火事: 'hazardLargeFire',
  内水氾濫: 'hazardInlandFlood',
  火山現象: 'hazardVolcano',
}
const prefixed = (prefix: string) =>
  Object.fromEntries(Object.entries(HAZARD_HEADERS).map(([header, field]) => [`${prefix}${header}`, field]))

/** 自治体標準オープンデータセット 指定緊急避難場所一覧, v1 (26 columns). */
const V1: Layout = {
  name: 'v1',
  signature: ['NO', '名称', '住所', '緯度', '経度', '災害種別_地震'],
  columns: {
    NO: 'sourceId',
    名称: 'name',
    名称_カナ: 'nameKana',
    住所: 'address',
    方書: 'addressDetail',
    緯度: 'latitude',
    経度: 'longitude',
    標高: 'elevationM',
    電話番号: 'phone',
    内線番号: 'phoneExtension',
    市区町村コード: 'municipalityCode',
    ...prefixed('災害種別_'),
    指定避難所との重複: 'isDesignatedShelter',
    想定収容人数: 'capacity',
    '対象となる町会・自治会': 'targetCommunity',
    URL: 'url',
    備考: 'notes',
  },
}

/** v2 (39 columns): an ID column and the address split; 所在地_連結表記 is the whole address. */
const V2: Layout = {
  name: 'v2',
  signature: ['全国地方公共団体コード', 'ID', '名称', '所在地_連結表記'],
  columns: {
    全国地方公共団体コード: 'municipalityCode',
    ID: 'sourceId',
    名称: 'name',
    名称_カナ: 'nameKana',
    所在地_連結表記: 'address',
    建物名等: 'addressDetail',
    緯度: 'latitude',
    経度: 'longitude',
    標高: 'elevationM',
    電話番号: 'phone',
    内線番号: 'phoneExtension',
    ...prefixed('災害種別_'),
    指定避難所との重複: 'isDesignatedShelter',
    想定収容人数: 'capacity',
    '対象となる町会・自治会': 'targetCommunity',
    URL: 'url',
    備考: 'notes',
  },
}

/** 国土地理院 指定緊急避難場所データ: 共通ID and bare hazard names. */
const GSI: Layout = {
  name: 'gsi',
  signature: ['共通ID', '施設・場所名', '住所', '緯度', '経度'],
  columns: {
    共通ID: 'sourceId',
    '施設・場所名': 'name',
    住所: 'address',
    ...HAZARD_HEADERS,
    指定避難所との住所同一: 'isDesignatedShelter',
    緯度: 'latitude',
    経度: 'longitude',
    備考: 'notes',
  },
}

export const LAYOUTS = [V2, V1, GSI] as const

export function detectLayout(headers: readonly string[]): Layout | null {
  return LAYOUTS.find((layout) => layout.signature.every((header) => headers.includes(header))) ?? null
}
