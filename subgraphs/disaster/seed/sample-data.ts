import type { Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import { PARTY_CODES, type PartyCode } from '../../../lib/municipality-code.js'
import { sampleUuid, seededRandom } from '../../../lib/sample/deterministic.js'
import { seedDesignatedShelters } from './sample-designated-shelters.js'

/** Roughly how many designated sites each town has (real towns range from about 7 to 56). */
const SHELTER_COUNTS: Record<PartyCode, number> = {
  '012106': 56,
  '012092': 22,
  '012157': 31,
  '012220': 18,
  '014231': 12,
  '014273': 11,
  '014281': 16,
  '014290': 17,
  '014303': 7,
}
const AREAS = ['中央', '東', '西', '南', '北', '本町', '緑が丘', '栄町', '幸町', '旭町', '若葉', '新町']
const FACILITIES = [
  { suffix: '小学校', capacity: [300, 700], designated: true },
  { suffix: '中学校', capacity: [400, 800], designated: true },
  { suffix: '地区コミュニティセンター', capacity: [60, 200], designated: true },
  { suffix: '公民館', capacity: [80, 250], designated: true },
  { suffix: '公園', capacity: [500, 2000], designated: false },
  { suffix: '体育館', capacity: [300, 900], designated: true },
] as const

/** Sample shelters around each office and a few joint drills; every row is marked is_sample. */
export async function seedDisasterSample(
  trx: Transaction<DB>,
  offices: ReadonlyMap<string, { latitude: number; longitude: number; population: number }>,
) {
  const shelters = PARTY_CODES.flatMap((code) => {
    const random = seededRandom(`shelters:${code}`)
    const office = offices.get(code) ?? { latitude: 43.1, longitude: 141.8 }
    return Array.from({ length: SHELTER_COUNTS[code] }, (_, i) => {
      const facility = random.pick(FACILITIES)
      const area = AREAS[i % AREAS.length] ?? '中央'
      const round = Math.floor(i / AREAS.length)
      return {
        id: sampleUuid(`shelter:${code}:${i + 1}`),
        municipalityCode: code,
        name: `${area}${round > 0 ? `第${round + 1}` : ''}${facility.suffix}`,
        address: `${area}${random.int(1, 12)}条${random.int(1, 9)}丁目${random.int(1, 30)}番地`,
        latitude: Number((office.latitude + (random.next() - 0.5) * 0.06).toFixed(6)),
        longitude: Number((office.longitude + (random.next() - 0.5) * 0.08).toFixed(6)),
        capacity: random.int(facility.capacity[0], facility.capacity[1]),
        isDesignatedShelter: facility.designated,
        sourceId: `${code}-${String(i + 1).padStart(3, '0')}`,
        elevationM: random.int(20, 120),
        phone: `0126-${random.int(10, 99)}-${random.int(1000, 9999)}`,
        // Every designated site is safe in an earthquake; riverside and lowland ones not in floods.
        hazardEarthquake: true,
        hazardLargeFire: facility.suffix !== '公園' || random.next() < 0.8,
        hazardFlood: random.next() < 0.6,
        hazardInlandFlood: random.next() < 0.6,
        hazardLandslide: random.next() < 0.8,
        targetCommunity: `${area}町内会`,
        isSample: true,
      }
    })
  })
  await trx.insertInto('disaster.shelter').values(shelters).execute()
  await seedDesignatedShelters(trx, shelters)

  await seedSituationSample(trx, shelters)
  await seedStockpileSample(trx, offices)

  const random = seededRandom('drills')
  const drills = Array.from({ length: 8 }, (_, i) => ({
    id: sampleUuid(`drill:${i + 1}`),
    hostMunicipalityCode: PARTY_CODES[i % PARTY_CODES.length] ?? '012106',
    initiativeId: 'disaster-1',
    heldOn: `${2021 + Math.floor(i / 2)}-${i % 2 === 0 ? '06' : '10'}-${String(random.int(1, 28)).padStart(2, '0')}`,
    title: i % 2 === 0 ? '南空知圏域合同防災訓練（サンプル）' : '避難所運営研修（サンプル）',
    kind: i % 2 === 0 ? 'EXERCISE' : 'TRAINING',
    staffParticipants: random.int(20, 90),
    volunteerParticipants: random.int(10, 60),
    residentParticipants: i % 2 === 0 ? random.int(50, 400) : 0,
    // Joint exercises bring every other town; trainings two neighbours.
    participatingMunicipalityCodes: PARTY_CODES.filter(
      (code, j) => code !== PARTY_CODES[i % PARTY_CODES.length] && (i % 2 === 0 || j % 4 === i % 4),
    ),
    isSample: true,
  }))
  await trx.insertInto('disaster.drill').values(drills).execute()
}

/**
 * A past exercise scenario (2025-10-18) so the situation board has something to show: a few open
 * shelters with reports, one town at 警戒体制 and one area at 警戒レベル3. Marked sample throughout.
 */
async function seedSituationSample(
  trx: Transaction<DB>,
  shelters: { id: string; municipalityCode: string; capacity: number }[],
) {
  const exercise = (hour: number) => new Date(Date.UTC(2025, 9, 18, hour - 9))
  const opened = ['012106', '014303'].flatMap((code) =>
    shelters.filter((shelter) => shelter.municipalityCode === code).slice(0, 3),
  )
  await trx
    .insertInto('disaster.shelterStatusReport')
    .values(
      opened.flatMap((shelter, i) => [
        {
          shelterId: shelter.id,
          municipalityCode: shelter.municipalityCode,
          isOpen: true,
          evacuees: 0,
          reportedBy: 'sample',
          reportedAt: exercise(9),
          isSample: true,
        },
        {
          shelterId: shelter.id,
          municipalityCode: shelter.municipalityCode,
          isOpen: true,
          evacuees: Math.round(shelter.capacity * (0.3 + 0.2 * i)),
          households: Math.round(shelter.capacity * (0.12 + 0.08 * i)),
          needs: i === 2 ? '毛布・段ボールベッド不足（サンプル）' : '',
          reportedBy: 'sample',
          reportedAt: exercise(11),
          isSample: true,
        },
      ]),
    )
    .execute()
  await trx
    .insertInto('disaster.responseStatus')
    .values({
      municipalityCode: '012106',
      headquartersLevel: 'ALERT',
      note: '合同訓練（サンプル）',
      recordedBy: 'sample',
      recordedAt: exercise(9),
      isSample: true,
    })
    .execute()
  await trx
    .insertInto('disaster.evacuationAlert')
    .values({
      municipalityCode: '014303',
      area: '札比内地区',
      level: 3,
      note: '合同訓練（サンプル）',
      issuedBy: 'sample',
      issuedAt: exercise(10),
      isSample: true,
    })
    .execute()
}

/** Share of the population each item's target covers (sample planning figures, not official ones). */
const TARGET_PER_HEAD = { blanket: 0.05, 'cardboard-bed': 0.01, 'water-2l': 0.3, 'emergency-food': 0.3 } as const

/** One site per town (岩見沢市's holds the joint stock), lots with expiry, targets per head. */
async function seedStockpileSample(trx: Transaction<DB>, offices: ReadonlyMap<string, { population: number }>) {
  const random = seededRandom('stockpiles')
  const sites = PARTY_CODES.map((code) => ({
    id: sampleUuid(`site:${code}`),
    municipalityCode: code,
    name: code === '012106' ? '南空知共同備蓄倉庫（サンプル）' : '防災備蓄倉庫（サンプル）',
    address: '',
    isJoint: code === '012106',
    isSample: true,
  }))
  await trx.insertInto('disaster.stockpileSite').values(sites).execute()
  const items = Object.keys(TARGET_PER_HEAD) as (keyof typeof TARGET_PER_HEAD)[]
  const targets = sites.flatMap((site) =>
    items.map((itemId) => ({
      municipalityCode: site.municipalityCode,
      itemId,
      quantity: Math.ceil((offices.get(site.municipalityCode)?.population ?? 1000) * TARGET_PER_HEAD[itemId]),
      isSample: true,
    })),
  )
  await trx.insertInto('disaster.stockTarget').values(targets).execute()
  await trx
    .insertInto('disaster.stockLot')
    .values(
      targets.map((target) => {
        const site = sites.find((candidate) => candidate.municipalityCode === target.municipalityCode)
        const perishable = target.itemId === 'water-2l' || target.itemId === 'emergency-food'
        return {
          id: sampleUuid(`lot:${target.municipalityCode}:${target.itemId}`),
          siteId: site?.id ?? '',
          municipalityCode: target.municipalityCode,
          itemId: target.itemId,
          quantity: Math.round(target.quantity * (0.4 + random.next() * 0.8)),
          expiresOn: perishable ? `${random.int(2026, 2030)}-${String(random.int(1, 12)).padStart(2, '0')}-01` : null,
          isSample: true,
        }
      }),
    )
    .execute()
}
