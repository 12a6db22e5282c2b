import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A proposal to amend the agreement (第5条/第6条) and its state: the model of AmendmentProposal. */
export type AmendmentProposalModel = Selectable<DB['agreement.amendmentProposal']>
/** One typed change of a proposal: the model of AmendmentChange. */
export type AmendmentChangeModel = Selectable<DB['agreement.amendmentChange']>
/** One party's consent or objection: the model of AmendmentDecision. */
export type AmendmentDecisionModel = Selectable<DB['agreement.amendmentDecision']>

export type ProposalStatus = 'OPEN' | 'ADOPTED' | 'REJECTED' | 'WITHDRAWN'
