import {
  OpenDataJointProjectCostsDocument,
  type OpenDataJointProjectCostsQuery,
} from '../../../codegen/opendata-operations.js'
import { CC_BY_4, table } from '../dataset.js'
import type { GatewayClient } from '../gateway-client.js'

type ProjectNode = OpenDataJointProjectCostsQuery['jointProjects']['nodes'][number]
/** One row: one town's share of one project, with the inputs it was computed from. */
type ShareRow = ProjectNode['allocation']['shares'][number] & { project: ProjectNode }

async function* sharesOf(gateway: GatewayClient): AsyncGenerator<ShareRow> {
  const projects = gateway.paginate(OpenDataJointProjectCostsDocument, {}, (data) => data.jointProjects)
  for await (const project of projects) for (const share of project.allocation.shares) yield { ...share, project }
}

/**
 * Joint projects (第4条2) and how their cost is split: one row per project and town, with the rule's weights,
 * the population and usage inputs, and the share in yen — so anyone can recompute the split. Withdrawn
 * projects are not listed (the API leaves them out of `jointProjects`).
 */
export const jointProjectCosts = table<ShareRow>({
  id: 'agreement-joint-project-costs',
  fileStem: 'agreement_joint_project_costs',
  title: { ja: '連携事業の費用負担（市町別）', en: 'Joint projects: cost shares per town' },
  description: {
    ja: '定住自立圏形成協定 第4条2 の連携事業ごとの費用負担。均等割・人口割・利用割の割合、算定に用いた人口と利用実績、各市町の負担額（円）。',
    en:
      'Each joint project’s cost split (agreement article 4.2): the weights, ' +
      'the population and usage inputs, and each town’s share in yen.',
  },
  keywords: ['定住自立圏', '費用負担', 'cost sharing'],
  theme: 'agreement',
  license: CC_BY_4,
  updateFrequency: 'monthly',
  rows: sharesOf,
  key: (row) => `${row.project.id}|${row.municipality.code}`,
  isSample: (row) => row.project.isSample,
  municipalityCode: (row) => row.municipality.code,
  columns: [
    { name: '事業ID', type: 'string', value: (row) => row.project.id },
    { name: '事業名', type: 'string', value: (row) => row.project.title },
    { name: '取組ID', type: 'string', value: (row) => row.project.initiative?.id ?? null },
    { name: '年度', type: 'integer', value: (row) => row.project.fiscalYear },
    { name: '総事業費_円', type: 'integer', value: (row) => row.project.allocation.totalYen },
    { name: '均等割_パーセント', type: 'integer', value: (row) => row.project.rule.equalPercent },
    { name: '人口割_パーセント', type: 'integer', value: (row) => row.project.rule.populationPercent },
    { name: '利用割_パーセント', type: 'integer', value: (row) => row.project.rule.usagePercent },
    { name: '利用実績の単位', type: 'string', value: (row) => row.project.rule.usageUnit ?? null },
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality.code },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality.name },
    { name: '人口', type: 'integer', value: (row) => row.population },
    { name: '人口_年', type: 'integer', value: (row) => row.project.allocation.populationYear },
    { name: '利用実績', type: 'integer', value: (row) => row.usage },
    { name: '負担額_円', type: 'integer', value: (row) => row.amountYen },
    { name: 'サンプルデータ', type: 'boolean', value: (row) => row.project.isSample },
  ],
})
