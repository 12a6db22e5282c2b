import { OpenDataRegionsDocument, type OpenDataRegionsQuery } from '../../../codegen/opendata-operations.js'
import { CC_BY_4, table } from '../dataset.js'

type Region = OpenDataRegionsQuery['regions']['nodes'][number]
/** One row: a town of a region, in the order of the region's agreement. */
interface RegionTownRow {
  region: Region
  position: number
  town: Region['municipalities'][number]
}

const KINDS: Readonly<Record<string, string>> = {
  SETTLEMENT_AND_INDEPENDENCE: '定住自立圏',
  CORE_CITY_COOPERATION: '連携中枢都市圏',
  OTHER: 'その他',
}

/** The 圏域 the platform serves and their towns: which towns each agreement binds (API `regions`). */
export const agreementRegions = table<RegionTownRow>({
  id: 'agreement-regions',
  fileStem: 'agreement_regions',
  title: { ja: '圏域と構成市区町村', en: 'Regions (圏域) and their municipalities' },
  description: {
    ja:
      'このプラットフォームが扱う圏域（連携協定、定住自立圏、連携中枢都市圏）と、その構成市区町村を協定の順に一行ずつ。' +
      '連携協定（圏域ID agreement）は協定書のとおり。',
    en:
      'The regions this platform serves (the cooperation agreement, 定住自立圏 and 連携中枢都市圏) and their ' +
      "municipalities, one row per town in the order of the region's agreement. The cooperation agreement " +
      '(region id `agreement`) as signed.',
  },
  keywords: ['連携協定', '圏域', '定住自立圏', '連携中枢都市圏', 'region'],
  theme: 'agreement',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  rows: async function* (gateway) {
    for await (const region of gateway.paginate(OpenDataRegionsDocument, {}, (data) => data.regions))
      for (const [index, town] of region.municipalities.entries()) yield { region, position: index + 1, town }
  },
  primaryKey: ['圏域ID', '市区町村コード'],
  key: (row) => `${row.region.id}|${row.town.code}`,
  isSample: (row) => row.region.isSample,
  columns: [
    { name: '圏域ID', type: 'string', value: (row) => row.region.id },
    { name: '圏域名', type: 'string', value: (row) => row.region.name },
    // The agreement in force has no kind of its own: it is the platform's agreement.
    { name: '種別', type: 'string', value: (row) => (row.region.kind ? (KINDS[row.region.kind] ?? '') : '連携協定') },
    { name: '締結日', type: 'date', value: (row) => row.region.signedOn },
    { name: '中心市コード', type: 'string', value: (row) => row.region.centre?.code ?? '' },
    { name: '順番', type: 'integer', value: (row) => row.position },
    { name: '市区町村コード', type: 'string', value: (row) => row.town.code },
    { name: '市区町村名', type: 'string', value: (row) => row.town.name },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.region.isSample },
  ],
})
