import type { Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { sampleUuid, seededRandom } from '../../../lib/sample/deterministic.js'
import { STANDARD_BUSINESSES } from '../systems/standard-businesses.js'

/** Two competing sample vendors per family of businesses, so towns share vendors and the finder finds groups. */
const VENDOR_FAMILIES = [
  {
    businesses: ['住民基本台帳', '戸籍の附票', '印鑑登録', '選挙人名簿管理', '戸籍'],
    vendors: [
      { vendor: 'サンプル情報システム株式会社', product: 'SampleGov 住民情報' },
      { vendor: '北海道サンプルソフト株式会社', product: 'HokkaidoSuite 住記' },
    ],
  },
  {
    businesses: ['固定資産税', '個人住民税', '法人住民税', '軽自動車税'],
    vendors: [
      { vendor: '北海道サンプルソフト株式会社', product: 'HokkaidoSuite 税務' },
      { vendor: '道央サンプル電算株式会社', product: 'DoTax' },
    ],
  },
] as const
const OTHER_VENDORS = [
  { vendor: '道央サンプル電算株式会社', product: 'DoWelfare' },
  { vendor: 'サンプル情報システム株式会社', product: 'SampleGov 福祉' },
] as const
const DEPLOYMENTS = ['ON_PREMISES', 'MUNICIPAL_CLOUD', 'GOVERNMENT_CLOUD'] as const
const MIGRATION = ['NOT_STARTED', 'PLANNING', 'MIGRATING', 'MIGRATED'] as const

interface VendorChoice {
  vendor: string
  product: string
}

function vendorFor(business: string, pick: <T>(items: readonly T[]) => T): VendorChoice {
  const family = VENDOR_FAMILIES.find((candidate) => (candidate.businesses as readonly string[]).includes(business))
  const choices: readonly VendorChoice[] = family?.vendors ?? OTHER_VENDORS
  return pick(choices)
}

/** The 20 standard businesses for every town, with restricted contracts, and three pilots; all is_sample. */
export async function seedIctSample(trx: Transaction<DB>) {
  const systems = PARTY_CODES.flatMap((code) => {
    const random = seededRandom(`systems:${code}`)
    return STANDARD_BUSINESSES.map((business) => {
      const { vendor, product } = vendorFor(business, random.pick)
      // Contracts end with a fiscal year (31 March), 2026–2029: close enough for joint renewals.
      return {
        id: sampleUuid(`system:${code}:${business}`),
        municipalityCode: code,
        business,
        vendor,
        product,
        deployment: random.pick(DEPLOYMENTS),
        migrationStatus: random.pick(MIGRATION),
        contractEndsOn: `${random.int(2026, 2029)}-03-31`,
        isSample: true,
        startsOn: `${random.int(2019, 2023)}-04-01`,
        annualCostYen: random.int(8, 240) * 100_000,
      }
    })
  })
  await trx
    .insertInto('ict.system')
    .values(systems.map(({ startsOn: _startsOn, annualCostYen: _cost, ...system }) => system))
    .execute()
  await trx
    .insertInto('ict.systemContract')
    .values(
      systems.map((system) => ({
        systemId: system.id,
        municipalityCode: system.municipalityCode,
        startsOn: system.startsOn,
        annualCostYen: system.annualCostYen,
        notes: 'サンプルデータ',
        isSample: true,
      })),
    )
    .execute()
  await seedPilotsAndCases(trx)
}

const PILOTS = [
  {
    code: '012106',
    initiativeId: 'ict-3',
    title: 'RPAによる税務申告データ入力の自動化（サンプル）',
    technology: 'RPA',
    target: '個人住民税',
    partners: ['012157'],
    history: [
      ['CONSIDERING', '2021-10-01'],
      ['PILOTING', '2022-04-01'],
      ['ADOPTED', '2023-04-01'],
    ],
    hours: 1200,
  },
  {
    code: '012157',
    initiativeId: 'ict-3',
    title: 'AI-OCRによる申請書読取の実証（サンプル）',
    technology: 'AI-OCR',
    target: '介護保険',
    partners: [],
    history: [
      ['CONSIDERING', '2024-04-01'],
      ['PILOTING', '2024-10-01'],
    ],
    hours: null,
  },
  {
    code: '014281',
    initiativeId: 'ict-1',
    title: '除雪車位置情報の共有（サンプル）',
    technology: 'IoT/GPS',
    target: null,
    partners: ['014290', '014273'],
    history: [['CONSIDERING', '2025-06-01']],
    hours: null,
  },
] as const

const CASES = [
  {
    code: null,
    source: '総務省 自治体DX推進事例（サンプル要約）',
    title: 'RPA共同利用による定型業務の削減（サンプル）',
    tags: ['RPA', '共同利用'],
  },
  {
    code: '014281',
    source: '',
    title: 'GPSを使った除雪状況の公開（サンプル）',
    tags: ['除雪', 'IoT', 'オープンデータ'],
  },
  {
    code: null,
    source: '他県の広域連携事例（サンプル要約）',
    title: 'ガバメントクラウドへの共同移行計画（サンプル）',
    tags: ['ガバメントクラウド', '標準化'],
  },
] as const

/** The sample pilots with their status history, the regional issues they answer, and the shared cases. */
async function seedPilotsAndCases(trx: Transaction<DB>) {
  await insertPilots(trx)
  await insertRegionalIssues(trx)
  await insertSharedCases(trx)
}

const pilotIdOf = (pilot: (typeof PILOTS)[number]) => sampleUuid(`pilot:${pilot.code}:${pilot.title}`)

async function insertPilots(trx: Transaction<DB>) {
  const pilots = PILOTS.map((pilot) => ({ ...pilot, id: pilotIdOf(pilot) }))
  await trx
    .insertInto('ict.pilot')
    .values(
      pilots.map((pilot) => ({
        id: pilot.id,
        municipalityCode: pilot.code,
        initiativeId: pilot.initiativeId,
        title: pilot.title,
        technology: pilot.technology,
        status: pilot.history.at(-1)?.[0] ?? 'CONSIDERING',
        startedOn: pilot.history[0][1],
        targetBusiness: pilot.target,
        partnerMunicipalityCodes: [...pilot.partners],
        hoursSavedPerYear: pilot.hours,
        outcomeNotes: pilot.hours ? 'サンプルデータ: 年間削減時間は試算値。' : '',
        isSample: true,
      })),
    )
    .execute()
  await trx
    .insertInto('ict.pilotStatusChange')
    .values(
      pilots.flatMap((pilot) =>
        pilot.history.map(([status, effectiveOn]) => ({
          pilotId: pilot.id,
          municipalityCode: pilot.code,
          status,
          effectiveOn,
          note: 'サンプル',
        })),
      ),
    )
    .execute()
}

/** Two regional issues, each linked to the pilot that answers it. */
async function insertRegionalIssues(trx: Transaction<DB>) {
  const [rpaPilot, , snowPilot] = PILOTS
  const issues = [
    { id: sampleUuid('issue:snow'), title: '除雪の担い手不足（サンプル）', pilot: snowPilot },
    { id: sampleUuid('issue:staff'), title: '職員減少による定型業務の負担（サンプル）', pilot: rpaPilot },
  ]
  await trx
    .insertInto('ict.regionalIssue')
    .values(issues.map(({ id, title }) => ({ id, title, description: 'サンプルデータ', isSample: true })))
    .execute()
  await trx
    .insertInto('ict.pilotIssue')
    .values(
      issues.map((issue) => ({
        pilotId: pilotIdOf(issue.pilot),
        issueId: issue.id,
        municipalityCode: issue.pilot.code,
      })),
    )
    .execute()
}

async function insertSharedCases(trx: Transaction<DB>) {
  await trx
    .insertInto('ict.sharedCase')
    .values(
      CASES.map((sharedCase, i) => ({
        id: sampleUuid(`case:${i}`),
        municipalityCode: sharedCase.code,
        source: sharedCase.source,
        title: sharedCase.title,
        summary: `サンプルデータ: ${sharedCase.title}の概要。`,
        tags: [...sharedCase.tags],
        isSample: true,
        createdAt: new Date(Date.UTC(2025, i, 1)),
      })),
    )
    .execute()
}
