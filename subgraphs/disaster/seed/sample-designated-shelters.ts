import type { Insertable, Transaction } from 'kysely'
import type { DisasterShelter } from '../../../codegen/db.js'
import type { DB } from '../../../lib/db/database.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { sampleUuid, seededRandom } from '../../../lib/sample/deterministic.js'

type SampleShelter = Insertable<DisasterShelter>

const CARE_PERSONS = '要配慮者（高齢者、障害者、妊産婦、乳幼児等）とその家族'

/**
 * A town's 指定避難所 list, as sample: the first two schools or halls of its 指定緊急避難場所 list that are also
 * 指定避難所 (the same building, a row of the other list, as a town's own two files have it), and one 福祉避難所
 * that takes people who need care. Marked is_sample like every generated row.
 */
export function sampleDesignatedShelters(emergencySites: readonly SampleShelter[]): SampleShelter[] {
  return PARTY_CODES.flatMap((code) => {
    const random = seededRandom(`designated-shelters:${code}`)
    const sites = emergencySites.filter((site) => site.municipalityCode === code && site.isDesignatedShelter)
    const mirrored = sites.slice(0, 2).map((site, i): SampleShelter => ({
      ...site,
      id: sampleUuid(`designated-shelter:${code}:${i + 1}`),
      designation: 'DESIGNATED_SHELTER',
      sourceId: `${code}-S${String(i + 1).padStart(2, '0')}`,
      isDesignatedShelter: false,
      isEmergencySite: true,
      // The hazards a site is safe for belong to its 指定緊急避難場所 row; this list says where to stay.
      hazardEarthquake: false,
      hazardLargeFire: false,
      hazardFlood: false,
      hazardInlandFlood: false,
      hazardLandslide: false,
      capacity: Math.round((site.capacity ?? 200) / 2),
      isBarrierFree: random.next() < 0.5,
      petPolicy: random.pick(['NOT_ALLOWED', 'ACCOMPANIED'] as const),
      acceptedPersons: '住民、滞在者',
    }))
    const anchor = sites[0] ?? emergencySites.find((site) => site.municipalityCode === code)
    const welfare: SampleShelter = {
      id: sampleUuid(`designated-shelter:${code}:welfare`),
      municipalityCode: code,
      designation: 'DESIGNATED_SHELTER',
      sourceId: `${code}-S99`,
      name: '保健福祉センター',
      address: `本町${random.int(1, 9)}丁目${random.int(1, 30)}番地`,
      latitude: anchor?.latitude ?? null,
      longitude: anchor?.longitude ?? null,
      capacity: random.int(20, 60),
      phone: `0126-${random.int(10, 99)}-${random.int(1000, 9999)}`,
      isWelfareShelter: true,
      acceptsPeopleNeedingCare: true,
      isBarrierFree: true,
      petPolicy: 'NOT_ALLOWED',
      acceptedPersons: CARE_PERSONS,
      isSample: true,
    }
    return [...mirrored, welfare]
  })
}

export async function seedDesignatedShelters(trx: Transaction<DB>, emergencySites: readonly SampleShelter[]) {
  await trx.insertInto('disaster.shelter').values(sampleDesignatedShelters(emergencySites)).execute()
}
