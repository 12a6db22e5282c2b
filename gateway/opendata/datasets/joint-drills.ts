import { fiscalYearOf } from '../../../lib/business-date.js'
import { CC_BY_4, table } from '../dataset.js'
import { agreementInitiatives } from './initiatives.js'
import { OpenDataJointDrillsDocument, type OpenDataJointDrillsQuery } from '../../../codegen/opendata-operations.js'

/** One row: a node of the public query's answer, typed by codegen from the .graphql file. */
type DrillRow = NonNullable<OpenDataJointDrillsQuery['initiative']>['drills']['nodes'][number]

/** Joint disaster drills of the towns, with participants and the towns taking part. */
export const jointDrills = table<DrillRow>({
  id: 'joint-drills',
  fileStem: 'joint_drills',
  title: { ja: '合同防災訓練の実施状況', en: 'Joint disaster drills' },
  description: {
    ja: '連携市町が実施した防災訓練（主催市町、参加市町、参加人数）。',
    en: 'Disaster drills held by the partner towns: host, participating towns and numbers of participants.',
  },
  keywords: ['防災', '訓練', 'drill'],
  theme: 'disaster',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  rows: async function* (gateway) {
    for (const initiative of await agreementInitiatives(gateway)) {
      if (initiative.field.id !== 'disaster') continue
      yield* gateway.paginate(OpenDataJointDrillsDocument, { id: initiative.id }, (data) => data.initiative?.drills)
    }
  },
  key: (row) => row.id,
  isSample: (row) => row.isSample,
  municipalityCode: (row) => row.host.code,
  columns: [
    { name: '訓練ID', type: 'string', value: (row) => row.id },
    { name: '実施日', type: 'date', value: (row) => row.heldOn },
    { name: '年度', type: 'integer', value: (row) => fiscalYearOf(row.heldOn) },
    { name: '名称', type: 'string', value: (row) => row.title },
    { name: '種別', type: 'string', value: (row) => row.kind },
    { name: '主催市区町村コード', type: 'string', value: (row) => row.host.code },
    { name: '主催市区町村名', type: 'string', value: (row) => row.host.name },
    {
      name: '参加市区町村コード',
      type: 'string',
      value: (row) => row.participatingMunicipalities.map((m) => m.code).join(';'),
    },
    { name: '取組ID', type: 'string', value: (row) => row.initiative.id },
    { name: '参加職員数', type: 'integer', value: (row) => row.participants.staff },
    { name: '参加ボランティア数', type: 'integer', value: (row) => row.participants.volunteers },
    { name: '参加住民数', type: 'integer', value: (row) => row.participants.residents },
    { name: '参加者計', type: 'integer', value: (row) => row.participants.total },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.isSample },
  ],
})
