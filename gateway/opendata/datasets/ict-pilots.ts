import { CC_BY_4, table } from '../dataset.js'
import { agreementInitiatives } from './initiatives.js'
import { OpenDataIctPilotsDocument, type OpenDataIctPilotsQuery } from '../../../codegen/opendata-operations.js'

/** One row: a node of the public query's answer, typed by codegen from the .graphql file. */
type PilotRow = NonNullable<OpenDataIctPilotsQuery['initiative']>['pilots']['nodes'][number]

/** ICT pilots (実験的事業) of the towns: technology, status, partners and outcomes. */
export const ictPilots = table<PilotRow>({
  id: 'ict-pilots',
  fileStem: 'ict_pilots',
  title: { ja: 'ICT実証・実験的事業の一覧', en: 'ICT pilots' },
  description: {
    ja: '連携市町のICT・RPA・AI等の実証事業（技術、状況、連携先、成果）。',
    en: 'ICT, RPA and AI pilots of the partner towns: technology, status, partners and outcomes.',
  },
  keywords: ['ICT', 'RPA', 'AI', '実証', 'pilot'],
  theme: 'ict',
  license: CC_BY_4,
  updateFrequency: 'monthly',
  rows: async function* (gateway) {
    for (const initiative of await agreementInitiatives(gateway)) {
      if (initiative.field.id !== 'ict') continue
      yield* gateway.paginate(OpenDataIctPilotsDocument, { id: initiative.id }, (data) => data.initiative?.pilots)
    }
  },
  key: (row) => row.id,
  isSample: (row) => row.isSample,
  municipalityCode: (row) => row.municipality.code,
  columns: [
    { name: '事業ID', type: 'string', value: (row) => row.id },
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality.code },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality.name },
    { name: '名称', type: 'string', value: (row) => row.title },
    { name: '技術', type: 'string', value: (row) => row.technology },
    { name: '状況', type: 'string', value: (row) => row.status },
    { name: '開始日', type: 'date', value: (row) => row.startedOn },
    { name: '対象業務', type: 'string', value: (row) => row.targetBusiness },
    {
      name: '連携市区町村コード',
      type: 'string',
      value: (row) => row.partnerMunicipalities.map((m) => m.code).join(';'),
    },
    { name: '連携事業者', type: 'string', value: (row) => row.partnerCompanies.join(';') },
    { name: '削減時間_年', type: 'integer', value: (row) => row.outcome.hoursSavedPerYear },
    { name: '成果', type: 'string', value: (row) => row.outcome.notes },
    { name: '取組ID', type: 'string', value: (row) => row.initiative.id },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.isSample },
  ],
})
