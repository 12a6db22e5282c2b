import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import {
  AddStockLotDocument,
  ChangePilotStatusDocument,
  CreateJointProjectDocument,
  CreatePilotDocument,
  CreatePromotionCampaignDocument,
  CreateRecruitmentEventDocument,
  CreateRecruitmentOpeningDocument,
  CreateRegionalIssueDocument,
  CreateSharedCaseDocument,
  CreateShelterDocument,
  CreateStockpileSiteDocument,
  CreateSystemDocument,
  DecideAmendmentDocument,
  DecideEvacuationArrangementDocument,
  ImportSheltersDocument,
  ProposeAmendmentDocument,
  RecordDrillDocument,
  RecordEvacuationArrangementDocument,
  RecordPilotOutcomeDocument,
  RecordRegionDocument,
  RecordRouteStatisticsDocument,
  ReportShelterStatusDocument,
  RequestStockTransferWithNoteDocument,
  SetEvacuationAlertDocument,
  SetResponseStatusDocument,
  SetStockTargetDocument,
  SetSystemContractDocument,
} from '../codegen/operations.js'
import { columnOf } from '../lib/rules/entity-rules.js'
import { sampleUuid } from '../lib/sample/deterministic.js'
import { V1_HEADER, v1Line } from '../subgraphs/disaster/shelter-import/fixtures.js'
import { meaningOf, spellingsOf, type ImportField } from '../subgraphs/disaster/shelter-import/headers.js'
import { shelterRules } from '../subgraphs/disaster/shelters/shelters.rules.js'
import { addDisasterInitiative, proposeOk } from './support/amendment-fixtures.js'
import type { GraphQLResponse, TestStack } from './support/stack.js'

/**
 * How to reach each entity's rules through the API: a valid input (every probe changes one field of it),
 * the mutation that takes it, and who may call it. Keyed by the rules' export name; the walk fails for a
 * rules export without an entry here, so new rules cannot escape it.
 */
export const TSUKIGATA = '014303'
export const IWAMIZAWA = '012106'
const KURIYAMA = '014290'

type Values = Record<string, unknown>
type Response = GraphQLResponse<unknown>

export interface RulesFixture {
  /** `input` when the rules check an input object, `args` when they check the mutation's arguments. */
  root: 'input' | 'args'
  valid: Values
  send: (values: Values) => Promise<Response>
  /**
   * The rules that relate two fields (zod refinements, which the rules' JSON Schema cannot show): values that
   * break one, and the field the rules report it on. Written out here, one per refinement.
   */
  refinements?: { field: string; values: Values }[]
  /** For entities with an importer: the importer's answer to a one-row file with these cells (by field). */
  importCells?: (cells: Readonly<Record<string, string>>) => Promise<Response>
  /**
   * Fields whose empty cell the importer reads as "no value" by design, not as an empty value: a shelter file's
   * empty ID means the row has no id of its own and is matched on its place (issue #15).
   */
  importEmptyMeansAbsent?: readonly string[]
}

export type FixtureFactory = (stack: TestStack) => Promise<RulesFixture>

/** The typed documents take their own variable types; the walk sends whatever the probe needs. */
const loose = <D, V>(document: TypedDocumentNode<D, V>) =>
  document as unknown as TypedDocumentNode<unknown, Record<string, unknown>>

function sender(stack: TestStack, token: string, document: TypedDocumentNode<unknown, Record<string, unknown>>) {
  return (variables: Values) => stack.graphql(document, variables, { token })
}

const inputOf = (stack: TestStack, token: string, document: TypedDocumentNode<unknown, Record<string, unknown>>) => {
  const send = sender(stack, token, document)
  return (values: Values, extra: Values = {}) => send({ ...extra, input: values })
}

async function firstId(stack: TestStack, table: 'disaster.shelter' | 'disaster.stockpileSite', code: string) {
  const row = await stack.database.admin
    .selectFrom(table)
    .select('id')
    .where('municipalityCode', '=', code)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/**
 * A v1 shelter file of one row with these cells (by field; the standard's header, the shelter rules' columns). A
 * field the v1 layout has no column for (想定収容人数_屋内, ペット同行, …) gets one more column, headed with the
 * first spelling the importer knows for it.
 */
function shelterFile(cells: Readonly<Record<string, string>>): string {
  const header = V1_HEADER.split(',')
  const row = v1Line({ no: 'RULES-1', name: '月形ルール検査避難所' }).split(',')
  for (const [field, raw] of Object.entries(cells)) {
    const stored = columnOf(shelterRules, field) as ImportField | null
    if (stored === null) continue
    let column = header.findIndex((name) => {
      const meaning = meaningOf(name)
      return meaning.kind === 'field' && meaning.field === stored
    })
    if (column < 0) {
      column = header.push(spellingsOf(stored)[0] ?? stored) - 1
      row.push('')
    }
    row[column] = /[",\n]/.test(raw) ? `"${raw.replaceAll('"', '""')}"` : raw
  }
  return `${header.join(',')}\r\n${row.join(',')}\r\n`
}

const disaster: Record<string, FixtureFactory> = {
  shelterRules: async (stack) => {
    const token = await stack.token(TSUKIGATA)
    const importShelters = sender(stack, token, loose(ImportSheltersDocument))
    return {
      root: 'input',
      valid: {
        sourceId: 'RULES-0',
        name: '月形ルール検査避難所',
        address: '北海道月形町1番地',
        latitude: 43.3,
        longitude: 141.6,
      },
      send: inputOf(stack, token, loose(CreateShelterDocument)),
      refinements: [{ field: 'longitude', values: { latitude: 43.3, longitude: null } }],
      importEmptyMeansAbsent: ['sourceId'],
      importCells: (cells) =>
        importShelters({
          fileName: 'rules.csv',
          contentBase64: Buffer.from(shelterFile(cells), 'utf8').toString('base64'),
        }),
    }
  },
  drillRules: async (stack) => ({
    root: 'input',
    valid: {
      participatingMunicipalityCodes: [KURIYAMA],
      initiativeId: 'disaster-1',
      heldOn: '2024-10-01',
      title: '合同防災訓練',
      kind: 'TRAINING',
      staff: 10,
      volunteers: 20,
      residents: 30,
    },
    send: inputOf(stack, await stack.token(TSUKIGATA), loose(RecordDrillDocument)),
  }),
  statusReportRules: async (stack) => {
    const shelterId = await firstId(stack, 'disaster.shelter', TSUKIGATA)
    const send = inputOf(stack, await stack.token(TSUKIGATA), loose(ReportShelterStatusDocument))
    return {
      root: 'input',
      valid: { isOpen: true, evacuees: 12, households: 5, needs: '毛布' },
      send: (values) => send(values, { shelterId }),
    }
  },
  responseStatusRules: async (stack) => {
    const send = sender(stack, await stack.token(TSUKIGATA), loose(SetResponseStatusDocument))
    return { root: 'args', valid: { note: '警戒体制' }, send: (values) => send({ level: 'CAUTION', ...values }) }
  },
  evacuationAlertRules: async (stack) => ({
    root: 'args',
    valid: { area: '月形地区', level: 3, note: '' },
    send: sender(stack, await stack.token(TSUKIGATA), loose(SetEvacuationAlertDocument)),
  }),
  stockpileSiteRules: async (stack) => ({
    root: 'input',
    valid: { name: '月形ルール検査倉庫', address: '北海道月形町2番地', isJoint: false },
    send: inputOf(stack, await stack.token(TSUKIGATA), loose(CreateStockpileSiteDocument)),
  }),
  stockLotRules: async (stack) => ({
    root: 'input',
    valid: {
      siteId: await firstId(stack, 'disaster.stockpileSite', TSUKIGATA),
      itemId: 'water-2l',
      quantity: 10,
      expiresOn: '2030-01-01',
    },
    send: inputOf(stack, await stack.token(TSUKIGATA), loose(AddStockLotDocument)),
  }),
  stockTargetRules: async (stack) => {
    const send = sender(stack, await stack.token(TSUKIGATA), loose(SetStockTargetDocument))
    return { root: 'args', valid: { quantity: 100 }, send: (values) => send({ itemId: 'water-2l', ...values }) }
  },
  stockTransferRules: async (stack) => {
    const lot = await stack.database.admin
      .selectFrom('disaster.stockLot')
      .select('id')
      .where('municipalityCode', '=', IWAMIZAWA)
      .where('quantity', '>', 1)
      .orderBy('id')
      .executeTakeFirstOrThrow()
    const send = sender(stack, await stack.token(TSUKIGATA), loose(RequestStockTransferWithNoteDocument))
    return { root: 'args', valid: { quantity: 1, note: '' }, send: (values) => send({ lotId: lot.id, ...values }) }
  },
  arrangementRules: async (stack) => {
    const send = inputOf(stack, await stack.token(TSUKIGATA), loose(RecordEvacuationArrangementDocument))
    const towns = { fromMunicipalityCode: TSUKIGATA, toMunicipalityCode: IWAMIZAWA }
    return {
      root: 'input',
      valid: { headCount: 100, note: '', agreedOn: '2024-04-01' },
      send: (values) => send({ ...towns, ...values }),
    }
  },
  // Each probe decides a fresh proposal of 月形 to 岩見沢, as 岩見沢 (the town it binds).
  arrangementDecisionRules: async (stack) => {
    const propose = inputOf(stack, await stack.token(TSUKIGATA), loose(RecordEvacuationArrangementDocument))
    const decide = inputOf(stack, await stack.token(IWAMIZAWA), loose(DecideEvacuationArrangementDocument))
    const towns = {
      fromMunicipalityCode: TSUKIGATA,
      toMunicipalityCode: IWAMIZAWA,
      headCount: 1,
      agreedOn: '2024-04-01',
    }
    return {
      root: 'input',
      valid: { note: '' },
      send: async (values) => {
        const proposal = (await propose(towns)).body.data as { recordEvacuationArrangement?: { id: string } } | null
        return decide({ id: proposal?.recordEvacuationArrangement?.id ?? '', decision: 'DECLINE', ...values })
      },
    }
  },
}

const agreement: Record<string, FixtureFactory> = {
  proposalRules: async (stack) => ({
    root: 'input',
    valid: {
      title: '防災分野の取組追加',
      reason: '冬季災害への備えを強化するため',
      effectiveOn: '2030-04-01',
      changes: [addDisasterInitiative('冬季の避難所運営の共同研修')],
    },
    send: inputOf(stack, await stack.token(TSUKIGATA), loose(ProposeAmendmentDocument)),
  }),
  decisionRules: async (stack) => {
    const proposalId = await proposeOk(stack, [{ addInitiative: { fieldId: 'ict', text: '共同調達の検討' } }])
    return {
      root: 'input',
      valid: { proposalId, decision: 'OBJECTION', reason: '費用の見込みが示されていないため' },
      refinements: [{ field: 'reason', values: { decision: 'OBJECTION', reason: null } }],
      send: inputOf(stack, await stack.token(KURIYAMA), loose(DecideAmendmentDocument)),
    }
  },
  jointProjectRules: async (stack) => ({
    root: 'input',
    valid: {
      title: '合同備蓄倉庫の整備',
      initiativeId: 'disaster-2',
      fiscalYear: 2025,
      totalCostYen: 900_000,
      equalPercent: 100,
      populationPercent: 0,
      usagePercent: 0,
      usageUnit: '件',
    },
    refinements: [
      { field: 'usagePercent', values: { equalPercent: 50, populationPercent: 0, usagePercent: 0 } },
      { field: 'usageUnit', values: { equalPercent: 0, populationPercent: 0, usagePercent: 100, usageUnit: null } },
    ],
    send: inputOf(stack, await stack.token(IWAMIZAWA, ['coordinator']), loose(CreateJointProjectDocument)),
  }),
  regionRules: async (stack) => ({
    root: 'input',
    valid: {
      id: 'rules-walk',
      name: '検査圏域',
      kind: 'OTHER',
      centreMunicipalityCode: KURIYAMA,
      signedOn: '2024-04-01',
      municipalityCodes: [KURIYAMA, TSUKIGATA],
    },
    // Each names municipalityCodes (stored in agreement.region_party, no column of agreement.region), so the
    // database is not asked: the towns' rules are the service's.
    refinements: [
      {
        field: 'centreMunicipalityCode',
        values: { centreMunicipalityCode: IWAMIZAWA, municipalityCodes: [KURIYAMA, TSUKIGATA] },
      },
      { field: 'municipalityCodes', values: { municipalityCodes: [KURIYAMA, KURIYAMA] } },
      { field: 'id', values: { id: 'agreement', municipalityCodes: [KURIYAMA, TSUKIGATA] } },
    ],
    send: inputOf(stack, await stack.token(IWAMIZAWA, ['admin']), loose(RecordRegionDocument)),
  }),
}

const ict: Record<string, FixtureFactory> = {
  pilotRules: async (stack) => ({
    root: 'input',
    valid: {
      initiativeId: 'ict-3',
      title: '議事録作成AIの実証',
      technology: 'AI',
      startedOn: '2024-04-01',
      targetBusiness: '議会事務',
      partnerMunicipalityCodes: [KURIYAMA],
      partnerCompanies: ['株式会社テスト'],
    },
    send: inputOf(stack, await stack.token(TSUKIGATA), loose(CreatePilotDocument)),
  }),
  pilotStatusChangeRules: async (stack) => {
    const id = await firstPilot(stack)
    const send = sender(stack, await stack.token(TSUKIGATA), loose(ChangePilotStatusDocument))
    return {
      root: 'args',
      valid: { status: 'PILOTING', effectiveOn: '2024-05-01', note: '実証開始' },
      send: (values) => send({ id, ...values }),
    }
  },
  pilotOutcomeRules: async (stack) => {
    const id = await firstPilot(stack)
    const send = sender(stack, await stack.token(TSUKIGATA), loose(RecordPilotOutcomeDocument))
    return {
      root: 'args',
      valid: { hoursSavedPerYear: 120, notes: '年120時間の削減' },
      send: (v) => send({ id, ...v }),
    }
  },
  systemRules: async (stack) => ({
    root: 'input',
    valid: { business: '住民記録', vendor: 'テストベンダー', product: 'テスト住記', deployment: 'ON_PREMISES' },
    send: inputOf(stack, await stack.token(TSUKIGATA), loose(CreateSystemDocument)),
  }),
  systemContractRules: async (stack) => {
    const system = await stack.database.admin
      .selectFrom('ict.system')
      .select('id')
      .where('municipalityCode', '=', TSUKIGATA)
      .orderBy('id')
      .executeTakeFirstOrThrow()
    const send = inputOf(stack, await stack.token(TSUKIGATA), loose(SetSystemContractDocument))
    return {
      root: 'input',
      valid: { startsOn: '2024-04-01', annualCostYen: 1_200_000, notes: '' },
      send: (values) => send(values, { systemId: system.id }),
    }
  },
  sharedCaseRules: async (stack) => {
    const send = inputOf(stack, await stack.token(TSUKIGATA), loose(CreateSharedCaseDocument))
    return {
      root: 'input',
      valid: { source: '月形町', title: 'RPAで税務事務', summary: '', tags: ['RPA'], links: ['https://example.org/c'] },
      send: (values) => send({ municipalityCode: TSUKIGATA, ...values }),
    }
  },
  regionalIssueRules: async (stack) => ({
    root: 'input',
    valid: { title: '窓口の混雑', description: '繁忙期の待ち時間' },
    send: inputOf(stack, await stack.token(IWAMIZAWA, ['coordinator']), loose(CreateRegionalIssueDocument)),
  }),
}

async function firstPilot(stack: TestStack) {
  const pilot = await stack.database.admin
    .selectFrom('ict.pilot')
    .select('id')
    .where('municipalityCode', '=', TSUKIGATA)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  return pilot.id
}

const transit: Record<string, FixtureFactory> = {
  promotionCampaignRules: async (stack) => ({
    root: 'input',
    valid: {
      initiativeId: 'transit-2',
      title: 'バスの日',
      startsOn: '2024-04-01',
      endsOn: '2024-05-01',
      url: 'https://example.org/bus',
    },
    refinements: [{ field: 'endsOn', values: { startsOn: '2024-05-01', endsOn: '2024-04-01' } }],
    send: inputOf(stack, await stack.token(TSUKIGATA), loose(CreatePromotionCampaignDocument)),
  }),
  recruitmentOpeningRules: async (stack) => {
    const send = inputOf(stack, await stack.token(TSUKIGATA), loose(CreateRecruitmentOpeningDocument))
    return {
      root: 'input',
      valid: { title: 'バス運転士', positions: 2, opensOn: '2024-04-01', closesOn: '2024-06-30' },
      refinements: [{ field: 'closesOn', values: { opensOn: '2024-05-01', closesOn: '2024-04-01' } }],
      send: (values) => send({ role: 'BUS_DRIVER', employmentType: 'FULL_TIME', ...values }),
    }
  },
  recruitmentEventRules: async (stack) => {
    const send = inputOf(stack, await stack.token(TSUKIGATA), loose(CreateRecruitmentEventDocument))
    return {
      root: 'input',
      valid: { title: '運転体験会', heldOn: '2024-06-01', venue: '月形町役場', participants: 10, hires: 1 },
      refinements: [{ field: 'hires', values: { participants: 1, hires: 2 } }],
      send: (values) => send({ kind: 'DRIVING_EXPERIENCE', ...values }),
    }
  },
  routeStatisticsRules: async (stack) => ({
    root: 'input',
    valid: {
      operatorId: sampleUuid(`operator:${TSUKIGATA}`),
      routeId: `${TSUKIGATA}-R1`,
      months: [{ month: '2024-04', boardings: 100 }],
    },
    send: inputOf(stack, await stack.token(TSUKIGATA), loose(RecordRouteStatisticsDocument)),
  }),
}

export const RULES_FIXTURES: Readonly<Record<string, FixtureFactory>> = {
  ...disaster,
  ...agreement,
  ...ict,
  ...transit,
}
