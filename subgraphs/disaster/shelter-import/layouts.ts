import { HAZARD_COLUMNS } from '../shelters/hazards.js'
import { DESIGNATION_NAMES, type Designation } from '../shelters/shelter-kinds.js'
import { foldHeader, meaningOf, type ImportField } from './headers.js'

/**
 * Which layout a file is in (reported in the result), and whether it is a shelter file of the expected list at
 * all. Columns are read by header whatever the layout (headers.ts); the layout is what a person would call it.
 */
export type LayoutName = 'V1' | 'V2' | 'GSI' | 'GSI_SHELTER' | 'STANDARD_SHELTER' | 'NAMED_COLUMNS'

const HAZARD_FIELDS = new Set<string>(Object.values(HAZARD_COLUMNS))
/** Columns only a 指定避難所 list has. */
const SHELTER_FIELDS = new Set<ImportField>([
  'isEmergencySite',
  'acceptedPersons',
  'additionalMatters',
  'acceptsPeopleNeedingCare',
  'isWelfareShelter',
])

export function layoutOf(headers: readonly string[], fields: ReadonlySet<ImportField>): LayoutName {
  const has = (header: string) => headers.some((candidate) => foldHeader(candidate) === foldHeader(header))
  const shelterList = [...SHELTER_FIELDS].some((field) => fields.has(field))
  if (has('共通ID') && (has('施設・場所名') || has('住所'))) return shelterList ? 'GSI_SHELTER' : 'GSI'
  if (has('所在地_連結表記') || (has('全国地方公共団体コード') && has('ID')))
    return shelterList ? 'STANDARD_SHELTER' : 'V2'
  if (shelterList) return 'STANDARD_SHELTER'
  if (has('NO') && has('名称') && has('災害種別_地震')) return 'V1'
  return 'NAMED_COLUMNS'
}

/** Other datasets of the 自治体標準オープンデータセット (and GTFS), recognised by the columns only they have. */
const OTHER_DATASETS: { name: string; matches: (folded: readonly string[]) => string[] }[] = [
  {
    name: 'AED設置箇所一覧',
    matches: (h) => h.filter((x) => x.includes('aed') || x === '設置位置' || x.startsWith('小児対応')),
  },
  {
    name: '公衆トイレ一覧',
    matches: (h) => {
      const toilets = h.filter((x) => x.includes('トイレ'))
      return toilets.length >= 2 || toilets.some((x) => x.includes('トイレ総数')) ? toilets : []
    },
  },
  {
    name: '地域・年齢別人口',
    matches: (h) => {
      const ages = h.filter((x) => x === '総人口' || /\d+歳/.test(x))
      return ages.length >= 2 || h.includes('総人口') ? ages : []
    },
  },
  { name: '医療機関一覧', matches: (h) => h.filter((x) => x === '診療科目' || x === '病床数') },
  { name: '介護サービス事業所一覧', matches: (h) => h.filter((x) => x === '介護サービス種別' || x === '事業所番号') },
  { name: 'GTFS stops.txt', matches: (h) => (h.includes('stopid') && h.includes('stopname') ? ['stop_id'] : []) },
]

/**
 * Why this file is not a list of the expected designation, or null when it is (or could be). A file of another
 * dataset is recognised by its own columns unless it also has shelter columns; a file of the other list by the
 * columns only that list has.
 */
export function foreignFile(
  headers: readonly string[],
  fields: ReadonlySet<ImportField>,
  expected: Designation,
): string | null {
  const folded = headers.map(foldHeader)
  const hazards = [...fields].some((field) => HAZARD_FIELDS.has(field))
  const shelterList = [...SHELTER_FIELDS].some((field) => fields.has(field))
  if (!hazards && !shelterList && !fields.has('isDesignatedShelter')) {
    for (const dataset of OTHER_DATASETS) {
      const evidence = dataset.matches(folded)
      if (evidence.length > 0) {
        const shown = headers.filter((header) => evidence.includes(foldHeader(header))).slice(0, 3)
        const columns = (shown.length > 0 ? shown : evidence).join(', ')
        return `this looks like ${dataset.name} (columns ${columns}), not a shelter file`
      }
    }
  }
  const expectedName = DESIGNATION_NAMES[expected]
  if (expected === 'EMERGENCY_SITE' && shelterList && !hazards && !fields.has('isDesignatedShelter')) {
    return (
      `this looks like a 指定避難所 list (${listColumns(headers, SHELTER_FIELDS)}), not ${expectedName}: ` +
      'import it with designation: DESIGNATED_SHELTER'
    )
  }
  if (expected === 'DESIGNATED_SHELTER' && !shelterList && fields.has('isDesignatedShelter')) {
    const columns = listColumns(headers, new Set(['isDesignatedShelter']))
    return (
      `this looks like a 指定緊急避難場所 list (${columns}), not ${expectedName}: ` +
      'import it with designation: EMERGENCY_SITE'
    )
  }
  return null
}

function listColumns(headers: readonly string[], fields: ReadonlySet<string>) {
  const named = headers.filter((header) => {
    const meaning = meaningOf(header)
    return meaning.kind === 'field' && fields.has(meaning.field)
  })
  return `columns ${named.join(', ')}`
}
