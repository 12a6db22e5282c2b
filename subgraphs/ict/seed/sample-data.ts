import type { Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { sampleUuid, seededRandom } from '../../../lib/sample/deterministic.js'

const BUSINESSES = ['住民基本台帳', '固定資産税', '介護保険'] as const
const VENDORS = [
  { vendor: 'サンプル情報システム株式会社', product: 'SampleGov 住民情報' },
  { vendor: '北海道サンプルソフト株式会社', product: 'HokkaidoSuite' },
] as const
const DEPLOYMENTS = ['ON_PREMISES', 'MUNICIPAL_CLOUD', 'GOVERNMENT_CLOUD'] as const

/** A few systems per town and three pilots, all marked is_sample. */
export async function seedIctSample(trx: Transaction<DB>) {
  const systems = PARTY_CODES.flatMap((code) => {
    const random = seededRandom(`systems:${code}`)
    return BUSINESSES.map((business) => {
      const { vendor, product } = random.pick(VENDORS)
      return {
        id: sampleUuid(`system:${code}:${business}`),
        municipalityCode: code,
        business,
        vendor,
        product,
        deployment: random.pick(DEPLOYMENTS),
        contractEndsOn: `${random.int(2026, 2029)}-03-31`,
        isSample: true,
      }
    })
  })
  await trx.insertInto('ict.system').values(systems).execute()
  await trx
    .insertInto('ict.pilot')
    .values([
      { code: '012106', initiativeId: 'ict-3', title: 'RPAによる税務申告データ入力の自動化（サンプル）', technology: 'RPA', status: 'ADOPTED', startedOn: '2022-04-01' },
      { code: '012157', initiativeId: 'ict-3', title: 'AI-OCRによる申請書読取の実証（サンプル）', technology: 'AI-OCR', status: 'PILOTING', startedOn: '2024-10-01' },
      { code: '014281', initiativeId: 'ict-1', title: '除雪車位置情報の共有（サンプル）', technology: 'IoT/GPS', status: 'CONSIDERING', startedOn: null },
    ].map((pilot) => ({
      id: sampleUuid(`pilot:${pilot.code}:${pilot.title}`),
      municipalityCode: pilot.code,
      initiativeId: pilot.initiativeId,
      title: pilot.title,
      technology: pilot.technology,
      status: pilot.status,
      startedOn: pilot.startedOn,
      isSample: true,
    })))
    .execute()
}
