import { CC_BY_4, table } from '../dataset.js'
import { OpenDataTownRolesDocument, type OpenDataTownRolesQuery } from '../../../codegen/opendata-operations.js'

type FieldAnswer = OpenDataTownRolesQuery['policyFields'][number]
/** A town's role in a field, with the field it belongs to. */
type RoleRow = FieldAnswer['roles'][number] & { field: Pick<FieldAnswer, 'id' | 'name'> }

/** Each town's role in each field of the agreement (連携市町の役割), from the signed text. */
export const townRoles = table<RoleRow>({
  id: 'agreement-town-roles',
  fileStem: 'agreement_town_roles',
  title: { ja: '連携協定における各市町の役割', en: 'Roles of each town under the agreement' },
  description: {
    ja: '連携協定 別表の「連携市町の役割」を分野・市町ごとに一行で。協定書の本文どおり。',
    en: 'The roles of each town per field of the agreement, one row per field and town, verbatim from the annex.',
  },
  keywords: ['連携協定', '役割', 'agreement'],
  theme: 'agreement',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  rows: async function* (gateway) {
    const data = await gateway.query(OpenDataTownRolesDocument)
    for (const field of data.policyFields)
      for (const role of field.roles) yield { ...role, field: { id: field.id, name: field.name } }
  },
  key: (row) => `${row.field.id}|${row.municipality.code}`,
  isSample: () => false,
  municipalityCode: (row) => row.municipality.code,
  columns: [
    { name: '分野ID', type: 'string', value: (row) => row.field.id },
    { name: '分野', type: 'string', value: (row) => row.field.name },
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality.code },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality.name },
    { name: '中心市', type: 'boolean', value: (row) => row.isLead },
    { name: '役割', type: 'string', value: (row) => row.duties.join('／') },
  ],
})
