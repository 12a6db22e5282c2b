import type { Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import { sampleUuid } from '../../../lib/sample/deterministic.js'

const NOTE = 'サンプルデータ: 地域公共交通の担い手確保に関する取組の例。'

/** A few openings and events (担い手確保, transit-3): a town's own and the coordinator's region-wide ones. */
export async function seedSampleRecruitment(trx: Transaction<DB>) {
  await insertOpenings(trx)
  await insertEvents(trx)
}

const SAMPLE_OPENINGS = [
  {
    key: 'regional-bus',
    code: null,
    operator: 'operator:regional',
    title: '南空知広域幹線バス 運転士募集（サンプル）',
    role: 'BUS_DRIVER',
    employmentType: 'FULL_TIME',
    positions: 4,
    opensOn: '2025-04-01',
    closesOn: null,
    status: 'OPEN',
  },
  {
    key: '014303-bus',
    code: '014303',
    operator: 'operator:014303',
    title: '月形町コミュニティバス 運転手募集（サンプル）',
    role: 'BUS_DRIVER',
    employmentType: 'CONTRACT',
    positions: 1,
    opensOn: '2025-06-01',
    closesOn: '2025-07-31',
    status: 'FILLED',
  },
  {
    key: '014290-demand',
    code: '014290',
    operator: null,
    title: '栗山町 デマンド交通 運転手募集（サンプル）',
    role: 'DEMAND_DRIVER',
    employmentType: 'PART_TIME',
    positions: 2,
    opensOn: '2025-09-01',
    closesOn: null,
    status: 'OPEN',
  },
  {
    key: '012092-mechanic',
    code: '012092',
    operator: null,
    title: '夕張市 車両整備士募集（サンプル）',
    role: 'MECHANIC',
    employmentType: 'FULL_TIME',
    positions: 1,
    opensOn: '2024-10-01',
    closesOn: '2025-01-31',
    status: 'CLOSED',
  },
]

async function insertOpenings(trx: Transaction<DB>) {
  await trx
    .insertInto('transit.recruitmentOpening')
    .values(
      SAMPLE_OPENINGS.map((opening) => ({
        id: sampleUuid(`recruitment-opening:${opening.key}`),
        municipalityCode: opening.code,
        operatorId: opening.operator ? sampleUuid(opening.operator) : null,
        title: opening.title,
        role: opening.role,
        employmentType: opening.employmentType,
        positions: opening.positions,
        description: NOTE,
        opensOn: opening.opensOn,
        closesOn: opening.closesOn,
        status: opening.status,
        isSample: true,
      })),
    )
    .execute()
}

const SAMPLE_EVENTS = [
  {
    key: 'regional-fair',
    code: null,
    title: '南空知 交通の仕事 合同説明会（サンプル）',
    kind: 'JOB_FAIR',
    heldOn: '2025-08-23',
    venue: '岩見沢市自治体ネットワークセンター',
    participants: 64,
    hires: 5,
  },
  {
    key: '012092-driving',
    code: '012092',
    title: '夕張市 バス運転体験会（サンプル）',
    kind: 'DRIVING_EXPERIENCE',
    heldOn: '2025-06-14',
    venue: '夕張市 旧清水沢バスターミナル',
    participants: 18,
    hires: 1,
  },
  {
    key: '014281-license',
    code: '014281',
    title: '長沼町 二種免許取得支援説明会（サンプル）',
    kind: 'LICENSE_SUPPORT',
    heldOn: '2025-11-08',
    venue: '長沼町役場',
    participants: null,
    hires: null,
  },
]

async function insertEvents(trx: Transaction<DB>) {
  await trx
    .insertInto('transit.recruitmentEvent')
    .values(
      SAMPLE_EVENTS.map((event) => ({
        id: sampleUuid(`recruitment-event:${event.key}`),
        municipalityCode: event.code,
        title: event.title,
        kind: event.kind,
        heldOn: event.heldOn,
        venue: event.venue,
        description: NOTE,
        participants: event.participants,
        hires: event.hires,
        isSample: true,
      })),
    )
    .execute()
}
