import { PARTY_CODES, type PartyCode } from '../../lib/municipality-code.js'
import type { OwnershipFixtures } from './ownership-fixtures.js'
import { nextTown } from './ownership-fixtures.js'

/** Town `attacker`'s editor acting on town `owner`'s data. */
export interface AttemptContext {
  attacker: PartyCode
  owner: PartyCode
  /** A third town, neither attacker nor owner (for records between two towns). */
  third: PartyCode
  fixtures: OwnershipFixtures
}

export type Refusal = 'FORBIDDEN' | 'NOT_FOUND'

export interface CrossTownAttempt {
  /** Variables of a request that would succeed with the owner's token. */
  variables: (ctx: AttemptContext) => Record<string, unknown>
  /** The refusal expected; FORBIDDEN unless the API deliberately hides the record (say why in `why`). */
  refusal?: Refusal
  why?: string
  /** Region-wide records: only the coordinator (岩見沢市) writes them, so every editor is refused whoever B is. */
  regionWide?: boolean
  /** Records only an admin writes (the 圏域 the platform serves): every editor and the coordinator are refused. */
  adminOnly?: boolean
}

/** A mutation whose design lets one town act towards another: no attempt can target another town's data. */
export interface NoCrossTownTarget {
  legitimateCrossTown: string
}

export type AttemptEntry = CrossTownAttempt | NoCrossTownTarget

/** The role whose token makes an attempt succeed for its owner (the tests that check the attempts send it). */
export function ownerRoleOf(entry: AttemptEntry | undefined): 'admin' | 'coordinator' | 'editor' {
  if (entry === undefined || !('variables' in entry)) return 'editor'
  return entry.adminOnly ? 'admin' : entry.regionWide ? 'coordinator' : 'editor'
}

export const thirdTown = (attacker: PartyCode, owner: PartyCode): PartyCode => {
  const third = PARTY_CODES.find((code) => code !== attacker && code !== owner)
  if (!third) throw new Error('a third town needs at least three parties')
  return third
}

const today = '2026-11-25'
/** A valid joint project (split equally), for the region-wide createJointProject attempts. */
const forgedJointProject = {
  title: 'forged',
  initiativeId: 'transit-1',
  fiscalYear: 2026,
  totalCostYen: 1000,
  equalPercent: 100,
  populationPercent: 0,
  usagePercent: 0,
}
/** A valid region of two parties: only an admin records regions, so every editor is refused. */
const forgedRegion = {
  id: 'forged',
  name: 'forged',
  kind: 'OTHER',
  centreMunicipalityCode: '012106',
  signedOn: '2026-01-01',
  municipalityCodes: ['012106', '014303'],
}

const shelterInput = (owner: PartyCode) => ({
  municipalityCode: owner,
  name: 'matrix shelter',
  address: '北海道 matrix 1',
  capacity: 10,
})

/**
 * For every mutation of the API, how town A's editor would try to write town B's data. A mutation
 * added to the schema without an entry here fails the ownership matrix: add the attempt.
 */
export const OWNERSHIP_ATTEMPTS: Record<string, AttemptEntry> = {
  // agreement
  proposeAmendment: {
    variables: ({ owner }) => ({
      input: {
        municipalityCode: owner,
        title: 'forged',
        reason: 'forged',
        effectiveOn: '2027-04-01',
        changes: [{ changeInitiative: { initiativeId: 'ict-3', text: 'forged' } }],
      },
    }),
  },
  decideAmendment: {
    variables: ({ owner, fixtures }) => ({
      input: { proposalId: fixtures.towns[owner].proposalId, municipalityCode: owner, decision: 'CONSENT' },
    }),
  },
  registerWebhook: {
    variables: ({ owner }) => ({
      input: { url: 'https://hooks.example.org/forged', eventTypes: ['shelter.opened'], municipalityCode: owner },
    }),
  },
  retireWebhook: {
    variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].webhookId }),
    refusal: 'NOT_FOUND',
    why: "another town's webhooks (their URLs) are not visible at all: row-level security hides them",
  },
  withdrawAmendment: { variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].proposalId }) },
  createJointProject: {
    regionWide: true,
    // Any editor is refused, whoever B is; B appears as the only usage figure.
    variables: ({ owner }) => ({ input: { ...forgedJointProject, usage: [{ municipalityCode: owner, amount: 1 }] } }),
  },
  updateJointProject: {
    regionWide: true,
    variables: ({ fixtures }) => ({ id: fixtures.region.jointProjectId, input: { title: 'forged' } }),
  },
  withdrawJointProject: {
    regionWide: true,
    variables: ({ fixtures }) => ({ id: fixtures.region.withdrawnJointProjectId }),
  },
  // disaster
  recordDrill: {
    variables: ({ owner }) => ({
      input: {
        hostMunicipalityCode: owner,
        initiativeId: 'disaster-3',
        heldOn: today,
        title: 'forged',
        kind: 'TRAINING',
        staff: 1,
        volunteers: 0,
        residents: 0,
      },
    }),
  },
  importShelters: {
    variables: ({ owner, fixtures }) => ({
      municipalityCode: owner,
      fileName: `${owner}_shelters.csv`,
      contentBase64: fixtures.shelterFile(owner),
    }),
  },
  createShelter: { variables: ({ owner }) => ({ input: shelterInput(owner) }) },
  updateShelter: {
    variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].shelterId, input: shelterInput(owner) }),
  },
  retireShelter: { variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].shelterId }) },
  reportShelterStatus: {
    variables: ({ owner, fixtures }) => ({
      shelterId: fixtures.towns[owner].shelterId,
      input: { isOpen: true, evacuees: 3 },
    }),
  },
  setResponseStatus: { variables: ({ owner }) => ({ municipalityCode: owner, level: 'HEADQUARTERS' }) },
  setEvacuationAlert: { variables: ({ owner }) => ({ municipalityCode: owner, area: 'matrix area', level: 5 }) },
  createStockpileSite: { variables: ({ owner }) => ({ input: { municipalityCode: owner, name: 'forged site' } }) },
  addStockLot: {
    variables: ({ owner, fixtures }) => ({
      input: { siteId: fixtures.towns[owner].siteId, itemId: 'blanket', quantity: 5 },
    }),
  },
  setStockTarget: { variables: ({ owner }) => ({ municipalityCode: owner, itemId: 'blanket', quantity: 1 }) },
  requestStockTransfer: {
    legitimateCrossTown:
      'The requesting (receiving) town is always the caller and the lot is ' +
      "always another town's: asking B for its stock is the 広域備蓄 flow itself. " +
      'The ownership test checks instead that the request is ' +
      "recorded as the caller's and moves nothing until B approves.",
  },
  approveStockTransfer: { variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].givingRequestedId }) },
  rejectStockTransfer: {
    variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].givingRequestedId, note: 'forged' }),
  },
  shipStockTransfer: { variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].givingApprovedId }) },
  receiveStockTransfer: {
    variables: ({ owner, fixtures }) => ({
      id: fixtures.towns[owner].receivingShippedId,
      siteId: fixtures.towns[owner].siteId,
    }),
  },
  recordEvacuationArrangement: {
    variables: ({ owner, third }) => ({
      input: { fromMunicipalityCode: owner, toMunicipalityCode: third, headCount: 10, agreedOn: today },
    }),
  },
  // B's decision on an arrangement proposed to B: refused to every other town, the proposing town included.
  decideEvacuationArrangement: {
    variables: ({ owner, fixtures }) => ({
      input: { id: fixtures.towns[owner].arrangementToDecideId, decision: 'CONSENT', note: 'forged' },
    }),
  },
  // B's withdrawal of its own proposal: refused to every other town, the town it binds included.
  withdrawEvacuationArrangement: {
    variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].arrangementToWithdrawId }),
  },
  // ict
  createSystem: {
    variables: ({ owner }) => ({
      input: {
        municipalityCode: owner,
        business: '戸籍',
        vendor: 'forged',
        product: 'forged',
        deployment: 'ON_PREMISES',
      },
    }),
  },
  updateSystem: {
    variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].systemId, input: { vendor: 'forged' } }),
  },
  retireSystem: { variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].systemId }) },
  setSystemContract: {
    variables: ({ owner, fixtures }) => ({
      systemId: fixtures.towns[owner].systemId,
      input: { annualCostYen: 1, notes: 'forged' },
    }),
  },
  createPilot: {
    variables: ({ owner }) => ({
      input: { municipalityCode: owner, initiativeId: 'ict-3', title: 'forged', technology: 'RPA' },
    }),
  },
  changePilotStatus: {
    variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].pilotId, status: 'DROPPED', effectiveOn: today }),
  },
  recordPilotOutcome: {
    variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].pilotId, hoursSavedPerYear: 1, notes: 'forged' }),
  },
  createRegionalIssue: { regionWide: true, variables: () => ({ input: { title: 'forged issue' } }) },
  recordRegion: { regionWide: true, adminOnly: true, variables: () => ({ input: forgedRegion }) },
  // After recordRegion (mutations run in the schema's order): the region it recorded.
  removeRegion: { regionWide: true, adminOnly: true, variables: () => ({ id: forgedRegion.id }) },
  linkPilotToIssue: {
    variables: ({ owner, fixtures }) => ({ pilotId: fixtures.towns[owner].pilotId, issueId: fixtures.issueId }),
  },
  createSharedCase: { variables: ({ owner }) => ({ input: { municipalityCode: owner, title: 'forged case' } }) },
  // transit
  createPromotionCampaign: {
    variables: ({ owner }) => ({
      input: {
        municipalityCode: owner,
        initiativeId: 'transit-2',
        title: 'forged',
        startsOn: '2026-12-01',
        endsOn: '2026-12-31',
      },
    }),
  },
  updatePromotionCampaign: {
    variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].campaignId, input: { title: 'forged' } }),
  },
  importGtfsFeed: {
    variables: ({ owner, fixtures }) => ({
      operatorId: fixtures.towns[owner].operatorId,
      fileName: 'forged.zip',
      contentBase64: fixtures.gtfsZip.toString('base64'),
    }),
  },
  createRecruitmentEvent: {
    variables: ({ owner }) => ({
      input: { municipalityCode: owner, title: 'forged', kind: 'SEMINAR', heldOn: '2026-12-01' },
    }),
  },
  updateRecruitmentEvent: {
    variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].eventId, input: { participants: 99 } }),
  },
  createRecruitmentOpening: {
    variables: ({ owner }) => ({
      input: {
        municipalityCode: owner,
        title: 'forged',
        role: 'BUS_DRIVER',
        employmentType: 'FULL_TIME',
        positions: 1,
        opensOn: '2026-12-01',
      },
    }),
  },
  updateRecruitmentOpening: {
    variables: ({ owner, fixtures }) => ({ id: fixtures.towns[owner].openingId, input: { status: 'FILLED' } }),
  },
  recordRouteStatistics: {
    variables: ({ owner, fixtures }) => ({
      input: {
        operatorId: fixtures.towns[owner].operatorId,
        routeId: fixtures.towns[owner].routeId,
        months: [{ month: '2026-01', boardings: 1 }],
      },
    }),
  },
}

/**
 * Region-wide records (owner null) that any town's editor — 岩見沢市's included, without the
 * coordinator role — might try to create or change. Each must be refused with FORBIDDEN.
 */
export const REGION_WIDE_ATTEMPTS: Record<string, (fixtures: OwnershipFixtures) => Record<string, unknown>> = {
  createRecruitmentEvent: () => ({
    input: { regionWide: true, title: 'forged', kind: 'SEMINAR', heldOn: '2026-12-01' },
  }),
  updateRecruitmentEvent: ({ region }) => ({ id: region.eventId, input: { participants: 99 } }),
  createRecruitmentOpening: () => ({
    input: {
      regionWide: true,
      title: 'forged',
      role: 'BUS_DRIVER',
      employmentType: 'FULL_TIME',
      positions: 1,
      opensOn: '2026-12-01',
    },
  }),
  updateRecruitmentOpening: ({ region }) => ({ id: region.openingId, input: { status: 'FILLED' } }),
  recordRouteStatistics: ({ region }) => ({
    input: { operatorId: region.operatorId, routeId: region.routeId, months: [{ month: '2026-01', boardings: 1 }] },
  }),
  // After recordRouteStatistics: a new feed replaces the route it names.
  importGtfsFeed: ({ region, gtfsZip }) => ({
    operatorId: region.operatorId,
    fileName: 'forged.zip',
    contentBase64: gtfsZip.toString('base64'),
  }),
  createSharedCase: () => ({ input: { title: 'forged regional case' } }),
  createRegionalIssue: () => ({ input: { title: 'forged issue' } }),
  recordRegion: () => ({ input: forgedRegion }),
  removeRegion: () => ({ id: forgedRegion.id }),
  updateJointProject: ({ region }) => ({ id: region.jointProjectId, input: { title: 'forged' } }),
  createJointProject: () => ({ input: forgedJointProject }),
}

export { nextTown }
