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
  PARTY_CODES[(PARTY_CODES.indexOf(code) + 1) % PARTY_CODES.length] ?? PARTY_CODES[0]

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

type Admin = TestStack['database']['admin']

/** The first row of a lookup, or a fixture error naming the town and what it lacks. */
async function firstOf<R>(code: PartyCode, what: string, query: Promise<R | undefined>): Promise<R> {
  const row = await query
  if (!row) throw new Error(`fixture: ${code} has no ${what}`)
  return row
}

/** An operator's first route in its active feed version. */
function activeRouteOf(admin: Admin, operatorId: string) {
  return admin
    .selectFrom('transit.gtfsRoute as r')
    .innerJoin('transit.feedVersion as v', 'v.id', 'r.feedVersionId')
    .select('r.routeId')
    .where('v.operatorId', '=', operatorId)
    .where('v.status', '=', 'ACTIVE')
    .orderBy('r.routeId')
    .executeTakeFirst()
}

/** A town's first seeded shelter, stockpile site and lot (of at least 10, so transfers of 1 fit). */
async function seededDisasterRowsOf(admin: Admin, code: PartyCode) {
  const shelter = await firstOf(
    code,
    'shelter',
    admin
      .selectFrom('disaster.shelter')
      .select('id')
      .where('municipalityCode', '=', code)
      .where('retiredAt', 'is', null)
      .orderBy('id')
      .executeTakeFirst(),
  )
  const site = await firstOf(
    code,
    'site',
    admin
      .selectFrom('disaster.stockpileSite')
      .select('id')
      .where('municipalityCode', '=', code)
      .orderBy('id')
      .executeTakeFirst(),
  )
  const lot = await firstOf(
    code,
    'lot',
    admin
      .selectFrom('disaster.stockLot')
      .select('id')
      .where('municipalityCode', '=', code)
      .where('quantity', '>=', 10)
      .orderBy('id')
      .executeTakeFirst(),
  )
  return { shelterId: shelter.id, siteId: site.id, lotId: lot.id }
}

/** A town's first seeded system, its community bus operator and that operator's active route. */
async function seededIctTransitRowsOf(admin: Admin, code: PartyCode) {
  const system = await firstOf(
    code,
    'system',
    admin
      .selectFrom('ict.system')
      .select('id')
      .where('municipalityCode', '=', code)
      .where('retiredAt', 'is', null)
      .orderBy('id')
      .executeTakeFirst(),
  )
  const operator = await firstOf(
    code,
    'operator',
    admin
      .selectFrom('transit.operator')
      .select('id')
      .where('municipalityCode', '=', code)
      .orderBy('id')
      .executeTakeFirst(),
  )
  const route = await firstOf(code, 'route', activeRouteOf(admin, operator.id))
  return { systemId: system.id, operatorId: operator.id, routeId: route.routeId }
}

/** A town's records: its seeded rows, and one of each kind made by its own editor through the gateway. */
async function townRecordsOf(stack: TestStack, code: PartyCode, index: number): Promise<TownRecords> {
  const disaster = await seededDisasterRowsOf(stack.database.admin, code)
  const ictTransit = await seededIctTransitRowsOf(stack.database.admin, code)
  const data = await run(
    stack,
    OwnershipFixtureRowsDocument,
    // An unknown initiative would fail the fixture with the API's own error.
    { text: `matrix wording ${code}`, initiative: INITIATIVES[index] ?? '', shelter: disaster.shelterId },
    await stack.token(code),
  )
  return {
    ...disaster,
    ...ictTransit,
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

/** Every town gets arrangements proposed to, and a consent to the proposal of, the next town. */
async function linkArrangements(stack: TestStack, towns: Record<PartyCode, TownRecords>): Promise<void> {
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
}

/** Stock transfers: each town gives to the next one (requested by the receiver, approved/shipped by the giver). */
async function createStockTransfers(stack: TestStack, towns: Record<PartyCode, TownRecords>): Promise<void> {
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
}

/** The seeded region-wide rows (no owning town). */
async function regionRecordsOf(admin: Admin): Promise<RegionRecords> {
  const regionalOperator = await admin
    .selectFrom('transit.operator')
    .select('id')
    .where('municipalityCode', 'is', null)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  const regionalRoute = await activeRouteOf(admin, regionalOperator.id)
  if (!regionalRoute) throw new Error('fixture: the regional operator has no active route')
  const event = await admin
    .selectFrom('transit.recruitmentEvent')
    .select('id')
    .where('municipalityCode', 'is', null)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  const opening = await admin
    .selectFrom('transit.recruitmentOpening')
    .select('id')
    .where('municipalityCode', 'is', null)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  return {
    eventId: event.id,
    openingId: opening.id,
    operatorId: regionalOperator.id,
    routeId: regionalRoute.routeId,
    ...(await jointProjectsOf(admin)),
  }
}

/**
 * Gives every town one record of each kind, made through the gateway by the town's own editor (so the
 * same mutations are known to work for the owner), plus the seeded records looked up as the superuser.
 */
export async function createOwnershipFixtures(stack: TestStack): Promise<OwnershipFixtures> {
  const admin = stack.database.admin
  const towns = {} as Record<PartyCode, TownRecords>
  for (const [index, code] of PARTY_CODES.entries()) towns[code] = await townRecordsOf(stack, code, index)
  await linkArrangements(stack, towns)
  await createStockTransfers(stack, towns)
  const issue = await admin.selectFrom('ict.regionalIssue').select('id').orderBy('id').executeTakeFirstOrThrow()
  const region = await regionRecordsOf(admin)
  return {
    towns,
    region,
    issueId: issue.id,
    shelterFile: (owner) =>
      v1File([{ no: 'M1', name: 'matrix shelter', code: owner, townName: PARTY_NAMES[owner] }]).toString('base64'),
    gtfsZip: await zipFeed(sampleFeedFiles()),
  }
}
