import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { getOperationAST } from 'graphql'
import {
  ApproveStockTransferDocument,
  OwnershipFixtureLinksDocument,
  OwnershipFixtureRowsDocument,
  RequestStockTransferDocument,
  ShipStockTransferDocument,
} from '../../codegen/operations.js'
import { PARTY_CODES, PARTY_NAMES, type PartyCode } from '../../lib/municipality-code.js'
import { v1File } from '../../subgraphs/disaster/shelter-import/fixtures.js'
import { sampleFeedFiles, zipFeed } from '../../subgraphs/transit/gtfs/feed-fixtures.js'
import type { TestStack } from './stack.js'

/** One town's records that another town's editor will try to change. */
export interface TownRecords {
  shelterId: string
  siteId: string
  lotId: string
  systemId: string
  operatorId: string
  routeId: string
  pilotId: string
  campaignId: string
  eventId: string
  openingId: string
  proposalId: string
  webhookId: string
  /** Transfers the town gives: one still REQUESTED, one APPROVED (waiting to ship). */
  givingRequestedId: string
  givingApprovedId: string
  /** A transfer the town receives, SHIPPED (waiting to be received). */
  receivingShippedId: string
  /** Evacuation arrangements still PROPOSED: one proposed to the town (for it to decide), one it proposed. */
  arrangementToDecideId: string
  arrangementToWithdrawId: string
}

/** The sample's joint projects still in force: the first to change, the second to withdraw. */
async function jointProjectsOf(admin: TestStack['database']['admin']) {
  const [changed, withdrawn] = await admin
    .selectFrom('agreement.jointProject')
    .select('id')
    .where('withdrawnAt', 'is', null)
    .orderBy('id')
    .limit(2)
    .execute()
  if (!changed || !withdrawn) throw new Error('the sample has fewer than two joint projects')
  return { jointProjectId: changed.id, withdrawnJointProjectId: withdrawn.id }
}

/** Region-wide records (no owning town): only the coordinator (岩見沢市) or an admin may change them. */
export interface RegionRecords {
  eventId: string
  openingId: string
  operatorId: string
  routeId: string
  /** Two joint projects (region-wide: the coordinator's): one to change, one to withdraw. */
  jointProjectId: string
  withdrawnJointProjectId: string
}

export interface OwnershipFixtures {
  towns: Record<PartyCode, TownRecords>
  region: RegionRecords
  issueId: string
  /** A valid standard shelter file of `owner` (base64). */
  shelterFile: (owner: PartyCode) => string
  /** A valid GTFS-JP zip (base64 and bytes). */
  gtfsZip: Buffer
}

/** The town after `code` in PARTY_CODES (wrapping): the counterpart of its stock transfers. */
export const nextTown = (code: PartyCode): PartyCode =>
  PARTY_CODES[(PARTY_CODES.indexOf(code) + 1) % PARTY_CODES.length]!

async function run<TData, TVariables extends Record<string, unknown>>(
  stack: TestStack,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token: string,
): Promise<TData> {
  const response = await stack.graphql(document, variables, { token })
  if (response.body.errors || !response.body.data)
    throw new Error(`fixture ${getOperationAST(document)?.name?.value}: ${JSON.stringify(response.body.errors)}`)
  return response.body.data
}

const INITIATIVES = [
  'disaster-1',
  'disaster-2',
  'disaster-3',
  'disaster-4',
  'transit-1',
  'transit-2',
  'transit-3',
  'ict-1',
  'ict-2',
] as const

/**
 * Gives every town one record of each kind, made through the gateway by the town's own editor (so the
 * same mutations are known to work for the owner), plus the seeded records looked up as the superuser.
 */
export async function createOwnershipFixtures(stack: TestStack): Promise<OwnershipFixtures> {
  const admin = stack.database.admin
  const towns = {} as Record<PartyCode, TownRecords>
  for (const [index, code] of PARTY_CODES.entries()) {
    const token = await stack.token(code)
    const first = async <R>(query: Promise<R | undefined>, what: string) => {
      const row = await query
      if (!row) throw new Error(`fixture: ${code} has no ${what}`)
      return row
    }
    const shelter = await first(
      admin
        .selectFrom('disaster.shelter')
        .select('id')
        .where('municipalityCode', '=', code)
        .where('retiredAt', 'is', null)
        .orderBy('id')
        .executeTakeFirst(),
      'shelter',
    )
    const site = await first(
      admin
        .selectFrom('disaster.stockpileSite')
        .select('id')
        .where('municipalityCode', '=', code)
        .orderBy('id')
        .executeTakeFirst(),
      'site',
    )
    const lot = await first(
      admin
        .selectFrom('disaster.stockLot')
        .select('id')
        .where('municipalityCode', '=', code)
        .where('quantity', '>=', 10)
        .orderBy('id')
        .executeTakeFirst(),
      'lot',
    )
    const system = await first(
      admin
        .selectFrom('ict.system')
        .select('id')
        .where('municipalityCode', '=', code)
        .where('retiredAt', 'is', null)
        .orderBy('id')
        .executeTakeFirst(),
      'system',
    )
    const operator = await first(
      admin
        .selectFrom('transit.operator')
        .select('id')
        .where('municipalityCode', '=', code)
        .orderBy('id')
        .executeTakeFirst(),
      'operator',
    )
    const route = await first(
      admin
        .selectFrom('transit.gtfsRoute as r')
        .innerJoin('transit.feedVersion as v', 'v.id', 'r.feedVersionId')
        .select('r.routeId')
        .where('v.operatorId', '=', operator.id)
        .where('v.status', '=', 'ACTIVE')
        .orderBy('r.routeId')
        .executeTakeFirst(),
      'route',
    )
    const data = await run(
      stack,
      OwnershipFixtureRowsDocument,
      // An unknown initiative would fail the fixture with the API's own error.
      { text: `matrix wording ${code}`, initiative: INITIATIVES[index] ?? '', shelter: shelter.id },
      token,
    )
    towns[code] = {
      shelterId: shelter.id,
      siteId: site.id,
      lotId: lot.id,
      systemId: system.id,
      operatorId: operator.id,
      routeId: route.routeId,
      pilotId: data.createPilot.id,
      campaignId: data.createPromotionCampaign.id,
      eventId: data.createRecruitmentEvent.id,
      openingId: data.createRecruitmentOpening.id,
      proposalId: data.proposeAmendment.id,
      webhookId: data.registerWebhook.subscription.id,
      givingRequestedId: '',
      givingApprovedId: '',
      receivingShippedId: '',
      arrangementToDecideId: '',
      arrangementToWithdrawId: '',
    }
  }
  // Every kind of row exists for every town: arrangements proposed to, and a consent to the proposal of, the next town.
  for (const code of PARTY_CODES) {
    const links = await run(
      stack,
      OwnershipFixtureLinksDocument,
      { from: code, to: nextTown(code), proposal: towns[nextTown(code)].proposalId },
      await stack.token(code),
    )
    towns[nextTown(code)].arrangementToDecideId = links.toDecide.id
    towns[code].arrangementToWithdrawId = links.toWithdraw.id
  }
  // Stock transfers: each town gives to the next one (requested by the receiver, approved/shipped by the giver).
  for (const giver of PARTY_CODES) {
    const receiver = nextTown(giver)
    const receiverToken = await stack.token(receiver)
    const giverToken = await stack.token(giver)
    const request = async () =>
      (await run(stack, RequestStockTransferDocument, { lotId: towns[giver].lotId, quantity: 1 }, receiverToken))
        .requestStockTransfer.id
    const [requested, approved, shipped] = [await request(), await request(), await request()]
    for (const id of [approved, shipped]) await run(stack, ApproveStockTransferDocument, { id }, giverToken)
    await run(stack, ShipStockTransferDocument, { id: shipped }, giverToken)
    towns[giver].givingRequestedId = requested
    towns[giver].givingApprovedId = approved
    towns[receiver].receivingShippedId = shipped
  }
  const issue = await admin.selectFrom('ict.regionalIssue').select('id').orderBy('id').executeTakeFirstOrThrow()
  const regionalOperator = await admin
    .selectFrom('transit.operator')
    .select('id')
    .where('municipalityCode', 'is', null)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  const regionalRoute = await admin
    .selectFrom('transit.gtfsRoute as r')
    .innerJoin('transit.feedVersion as v', 'v.id', 'r.feedVersionId')
    .select('r.routeId')
    .where('v.operatorId', '=', regionalOperator.id)
    .where('v.status', '=', 'ACTIVE')
    .orderBy('r.routeId')
    .executeTakeFirstOrThrow()
  const region: RegionRecords = {
    eventId: (
      await admin
        .selectFrom('transit.recruitmentEvent')
        .select('id')
        .where('municipalityCode', 'is', null)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id,
    openingId: (
      await admin
        .selectFrom('transit.recruitmentOpening')
        .select('id')
        .where('municipalityCode', 'is', null)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id,
    operatorId: regionalOperator.id,
    routeId: regionalRoute.routeId,
    ...(await jointProjectsOf(admin)),
  }
  return {
    towns,
    region,
    issueId: issue.id,
    shelterFile: (owner) =>
      v1File([{ no: 'M1', name: 'matrix shelter', code: owner, townName: PARTY_NAMES[owner] }]).toString('base64'),
    gtfsZip: await zipFeed(sampleFeedFiles()),
  }
}
