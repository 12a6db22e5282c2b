import { CC_BY_4, table } from '../dataset.js'
import {
  OpenDataIctSystemsDocument,
  OpenDataIctSystemsMoreDocument,
  type OpenDataIctSystemsQuery,
} from '../../../codegen/opendata-operations.js'
import { eachTownsRows, mapped, withTown, type Town } from './towns.js'

/** One row: a node of the public query's answer (typed by codegen from the .graphql file), with its town. */
type SystemRow = OpenDataIctSystemsQuery['servedMunicipalities']['nodes'][number]['systems']['nodes'][number] & {
  municipality: Town
}

/**
 * The towns' information systems over the 20 標準化対象事務. Contract details (annual cost) are restricted:
 * the public query cannot see them, so they are not a column at all — a column that can never be filled
 * is not published empty.
 */
export const ictSystems = table<SystemRow>({
  id: 'ict-systems',
  fileStem: 'ict_systems',
  title: { ja: '情報システム一覧（標準化対象事務）', en: 'Information systems (standardised municipal services)' },
  description: {
    ja: '各市町の基幹業務システム（業務、事業者、製品、形態、標準化対応状況）。契約金額等の非公開項目は含みません。',
    en:
      'Each town’s core information systems (service, vendor, product, deployment, ' +
      'migration status). Restricted contract details are not included.',
  },
  keywords: ['ICT', '自治体システム標準化', 'information systems'],
  theme: 'ict',
  license: CC_BY_4,
  updateFrequency: 'monthly',
  rows: (gateway) =>
    mapped(
      eachTownsRows(gateway, {
        towns: OpenDataIctSystemsDocument,
        rowsOf: (town) => town.systems,
        more: OpenDataIctSystemsMoreDocument,
        moreRowsOf: (data) => data.municipality?.systems,
      }),
      withTown,
    ),
  key: (row) => row.id,
  isSample: (row) => row.isSample,
  municipalityCode: (row) => row.municipality.code,
  columns: [
    { name: 'システムID', type: 'string', value: (row) => row.id },
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality.code },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality.name },
    { name: '業務', type: 'string', value: (row) => row.business },
    { name: '事業者', type: 'string', value: (row) => row.vendor },
    { name: '製品', type: 'string', value: (row) => row.product },
    { name: '形態', type: 'string', value: (row) => row.deployment },
    { name: '契約終了日', type: 'date', value: (row) => row.contractEndsOn },
    { name: '標準化対応状況', type: 'string', value: (row) => row.migrationStatus },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.isSample },
  ],
})
