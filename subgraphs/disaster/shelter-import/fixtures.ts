import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import type { Designation } from '../shelters/shelter-kinds.js'
import { unusedColumnWarnings } from './column-map.js'
import type { ShelterImportLimits } from './limits.js'
import { readShelterFile } from './parse-shelter-csv.js'
import { ServedTownNames } from './served-town-names.js'
import { PARTY_NAMES } from '../../../lib/municipality-code.js'
import { readRecords } from './read-records.js'

/** The nine parties as the served towns, as the importer reads them from the sample data. */
export const SAMPLE_TOWNS = new ServedTownNames(Object.entries(PARTY_NAMES).map(([code, name]) => ({ code, name })))

/** A file of fixture-files/ (real-world shaped, one per variation class: see fixture-files/README.md). */
export const fixtureFile = (name: string) => readFileSync(new URL(`./fixture-files/${name}`, import.meta.url))

/**
 * A file read as the importer reads it for `town` (the town of rows that do not say theirs): the layout, each
 * row's town, the records of the town's rows, every problem and warning. For tests of the parsing alone.
 */
export function parseForTown(
  bytes: Uint8Array,
  town: string,
  options: { designation?: Designation; limits?: ShelterImportLimits } = {},
) {
  const read = readShelterFile(bytes, {
    designation: options.designation ?? 'EMERGENCY_SITE',
    fallbackTown: town,
    towns: SAMPLE_TOWNS,
    ...(options.limits ? { limits: options.limits } : {}),
  })
  if ('problems' in read)
    return { layout: null, encoding: null, towns: [], records: [], problems: read.problems, warnings: [] }
  const own = read.file.rows.filter((row) => row.town.code === town)
  const records = readRecords(read.file, own)
  return {
    layout: read.file.layout,
    encoding: read.file.encoding,
    towns: read.file.rows.map((row) => row.town.code ?? row.town.name),
    records: records.records.map((record) => record.columns),
    problems: records.problems,
    warnings: [...unusedColumnWarnings(read.file.headers, read.file.map, own), ...records.warnings],
  }
}

/** The eight hazard columns, in the order both 自治体標準 layouts (v1 and v2) list them. */
const HAZARD_COLUMNS = [
  '災害種別_洪水',
  '災害種別_崖崩れ、土石流及び地滑り',
  '災害種別_高潮',
  '災害種別_地震',
  '災害種別_津波',
  '災害種別_大規模な火事',
  '災害種別_内水氾濫',
  '災害種別_火山現象',
]

/** Builders for shelter files in the standard layouts, for tests (real files are made the same way). */
export const V1_HEADER = [
  'NO',
  '名称',
  '名称_カナ',
  '住所',
  '方書',
  '緯度',
  '経度',
  '標高',
  '電話番号',
  '内線番号',
  '市区町村コード',
  '都道府県名',
  '市区町村名',
  ...HAZARD_COLUMNS,
  '指定避難所との重複',
  '想定収容人数',
  '対象となる町会・自治会',
  'URL',
  '備考',
].join(',')

export interface V1Row {
  no: string
  name: string
  lat?: string
  lon?: string
  flood?: string
  quake?: string
  capacity?: string
  code?: string
  /** The 市区町村名 cell (月形町 unless given): it must name the town of `code`. */
  townName?: string
  notes?: string
}

export function v1Line(row: V1Row): string {
  const cells = [
    row.no,
    row.name,
    '',
    `北海道${row.townName ?? '月形町'}${row.no}番地`,
    '',
    row.lat ?? '43.3358',
    row.lon ?? '141.6694',
    '',
    '',
    '',
    row.code ?? '014303',
    '北海道',
    row.townName ?? '月形町',
    row.flood ?? '',
    '',
    '',
    row.quake ?? '1',
    '',
    '',
    '',
    '',
    '1',
    row.capacity ?? '100',
    '',
    '',
    row.notes ?? '',
  ]
  return cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')
}

export const v1File = (rows: V1Row[], options: { bom?: boolean } = {}) =>
  Buffer.from(`${options.bom ? '\uFEFF' : ''}${[V1_HEADER, ...rows.map(v1Line)].join('\r\n')}\r\n`, 'utf8')

export const shiftJis = (text: string) => iconv.encode(text, 'Shift_JIS')

export const GSI_HEADER =
  'NO,共通ID,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,内水氾濫,火山現象,指定避難所との住所同一,緯度,経度,備考'

export const V2_HEADER = [
  '全国地方公共団体コード',
  'ID',
  '地方公共団体名',
  '名称',
  '名称_カナ',
  '名称_英字',
  '所在地_連結表記',
  '所在地_都道府県',
  '所在地_市区町村',
  '所在地_町字',
  '所在地_番地以下',
  '建物名等',
  '緯度',
  '経度',
  '標高',
  '電話番号',
  '内線番号',
  '連絡先メールアドレス',
  '連絡先FormURL',
  '連絡先備考（その他、SNSなど）',
  '郵便番号',
  ...HAZARD_COLUMNS,
  '指定避難所との重複',
  '想定収容人数',
  '対象となる町会・自治会',
  'URL',
  '画像',
  '画像_ライセンス',
  '備考',
  '更新日時',
  '場所の種類',
  '場所の種類コード',
].join(',')
