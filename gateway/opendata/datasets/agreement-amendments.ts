import {
  OpenDataAgreementAmendmentsDocument,
  type OpenDataAgreementAmendmentsQuery,
} from '../../../codegen/opendata-operations.js'
import { CC_BY_4, table } from '../dataset.js'
import type { GatewayClient } from '../gateway-client.js'
import { partyTowns, type Town } from './towns.js'

type ProposalNode = OpenDataAgreementAmendmentsQuery['amendmentProposals']['nodes'][number]
type DecisionNode = ProposalNode['decisions'][number]
/** One row: one party's decision on one proposal (none yet while it is pending). */
interface ConsentRow {
  proposal: ProposalNode
  town: Town
  decision: DecisionNode | null
}

const STATUS = { OPEN: '協議中', ADOPTED: '成立', REJECTED: '不成立', WITHDRAWN: '取下げ' } as const
const DECISION = { CONSENT: '同意', OBJECTION: '異議' } as const

/** Every proposal with a row for each of the nine parties, so a missing consent is visible, not absent. */
async function* consentsOf(gateway: GatewayClient): AsyncGenerator<ConsentRow> {
  const towns = await partyTowns(gateway)
  const proposals = gateway.paginate(OpenDataAgreementAmendmentsDocument, {}, (data) => data.amendmentProposals)
  for await (const proposal of proposals)
    for (const town of towns) {
      const decision = proposal.decisions.find((entry) => entry.municipality.code === town.code) ?? null
      yield { proposal, town, decision }
    }
}

/**
 * Amendments (第5条) and dissolution proposals (第6条) of the agreement with each party's consent: the agreement
 * changes only when all nine consent, so the file shows every party's decision, or that it has not decided.
 * Records of the real workflow, never sample.
 */
export const agreementAmendments = table<ConsentRow>({
  id: 'agreement-amendments',
  fileStem: 'agreement_amendments',
  title: { ja: '連携協定の変更（改正提案と各市町の同意）', en: 'Amendments to the agreement and each party’s consent' },
  description: {
    ja: '協定書第5条（変更）・第6条（廃止）に基づく提案ごとに、締結市町それぞれの同意・異議（未決を含む）、提案の状態、成立により生じた版。',
    en:
      'Each proposal to amend (article 5) or dissolve (article 6) the agreement, with every party’s ' +
      'consent or objection (or none yet), its status and the version its adoption created.',
  },
  keywords: ['連携協定', '協定変更', '同意', 'amendment'],
  theme: 'agreement',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  rows: consentsOf,
  primaryKey: ['提案ID', '市区町村コード'],
  key: (row) => `${row.proposal.id}|${row.town.code}`,
  isSample: () => false,
  municipalityCode: (row) => row.town.code,
  columns: [
    { name: '提案ID', type: 'string', value: (row) => row.proposal.id },
    { name: '件名', type: 'string', value: (row) => row.proposal.title },
    { name: '提案理由', type: 'string', value: (row) => row.proposal.reason },
    {
      name: '変更内容',
      type: 'string',
      value: (row) => row.proposal.changes.map((c) => `${c.kind}:${c.target}`).join(';'),
    },
    // What each change says (the new text of an initiative, role or article) as the API's JSON, one per line.
    {
      name: '変更内容の詳細',
      type: 'string',
      value: (row) => row.proposal.changes.map((c) => c.details).join('\n'),
    },
    { name: '提案市区町村コード', type: 'string', value: (row) => row.proposal.proposer.code },
    { name: '提案市区町村名', type: 'string', value: (row) => row.proposal.proposer.name },
    { name: '提案日時', type: 'datetime', value: (row) => row.proposal.proposedAt },
    { name: '施行予定日', type: 'date', value: (row) => row.proposal.effectiveOn },
    { name: '状態', type: 'string', value: (row) => STATUS[row.proposal.status] },
    { name: '改正前の版', type: 'integer', value: (row) => row.proposal.baseVersion },
    { name: '改正後の版', type: 'integer', value: (row) => row.proposal.resultingVersion?.version ?? null },
    { name: '終了日時', type: 'datetime', value: (row) => row.proposal.closedAt },
    { name: '市区町村コード', type: 'string', value: (row) => row.town.code },
    { name: '市区町村名', type: 'string', value: (row) => row.town.name },
    { name: '同意', type: 'string', value: (row) => (row.decision ? DECISION[row.decision.decision] : '未決') },
    { name: '理由', type: 'string', value: (row) => row.decision?.reason ?? null },
    { name: '決定日時', type: 'datetime', value: (row) => row.decision?.decidedAt ?? null },
  ],
})
