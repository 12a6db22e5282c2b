import { describe, expect, it } from 'vitest'
import type { InformationSystemModel } from '../systems/systems.model.js'
import { addMonths } from './calendar.js'
import { findProcurementGroups, findProcurementGroupsByRegion } from './find-procurement-groups.js'

let counter = 0
function system(
  municipalityCode: string,
  contractEndsOn: string | null,
  overrides: Partial<InformationSystemModel> = {},
): InformationSystemModel {
  counter++
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    municipalityCode,
    business: '住民基本台帳',
    vendor: 'A社',
    product: 'P',
    deployment: 'ON_PREMISES',
    contractEndsOn,
    migrationStatus: 'NOT_STARTED',
    retiredAt: null,
    isSample: false,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...overrides,
  }
}
/** Before every contract end used below. */
const TODAY = '2026-01-01'
const towns = (groups: ReturnType<typeof findProcurementGroups>) =>
  groups.map((g) => g.systems.map((s) => s.municipalityCode))

describe('findProcurementGroups', () => {
  it('groups two towns whose contracts end exactly 12 months apart, but not one day more', () => {
    expect(
      towns(findProcurementGroups([system('012106', '2027-03-31'), system('014303', '2028-03-31')], 12, TODAY)),
    ).toEqual([['012106', '014303']])
    expect(findProcurementGroups([system('012106', '2027-03-31'), system('014303', '2028-04-01')], 12, TODAY)).toEqual(
      [],
    )
  })

  it('splits a chain A–B–C wider than the window into {A, B} and leaves C alone', () => {
    const groups = findProcurementGroups(
      [system('012106', '2026-04-01'), system('012092', '2027-01-01'), system('012157', '2027-10-01')],
      12,
      TODAY,
    )
    expect(towns(groups)).toEqual([['012106', '012092']])
    expect(groups[0]?.renewalWindow).toEqual({ from: '2026-04-02', to: '2027-01-02' })
  })

  it('needs two different towns, the same vendor and the same business, and a contract end', () => {
    expect(findProcurementGroups([system('012106', '2027-03-31'), system('012106', '2027-05-31')], 12, TODAY)).toEqual(
      [],
    )
    expect(
      findProcurementGroups(
        [system('012106', '2027-03-31'), system('014303', '2027-03-31', { vendor: 'B社' })],
        12,
        TODAY,
      ),
    ).toEqual([])
    expect(
      findProcurementGroups(
        [system('012106', '2027-03-31'), system('014303', '2027-03-31', { business: '戸籍' })],
        12,
        TODAY,
      ),
    ).toEqual([])
    expect(findProcurementGroups([system('012106', '2027-03-31'), system('014303', null)], 12, TODAY)).toEqual([])
  })

  it('keeps grouping after a lone early contract, and respects a narrower window', () => {
    const systems = [
      system('012106', '2026-03-31'),
      system('012092', '2028-03-31'),
      system('012157', '2028-09-30'),
      system('014231', '2029-02-28'),
    ]
    expect(towns(findProcurementGroups(systems, 12, TODAY))).toEqual([['012092', '012157', '014231']])
    expect(towns(findProcurementGroups(systems, 6, TODAY))).toEqual([['012092', '012157']])
  })

  it('leaves out contracts that have already ended (a date in Japan), but keeps one ending today', () => {
    const systems = [system('012106', '2026-11-30'), system('014303', '2026-12-06'), system('012092', '2027-06-30')]
    expect(towns(findProcurementGroups(systems, 12, '2026-12-06'))).toEqual([['014303', '012092']])
    expect(towns(findProcurementGroups(systems, 12, '2026-12-07'))).toEqual([])
  })

  it('adds months by the calendar, clamping at month ends', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28')
    expect(addMonths('2027-03-31', 12)).toBe('2028-03-31')
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28')
  })
})

describe('findProcurementGroupsByRegion', () => {
  const member = (regionId: string, municipalityCode: string) => ({
    regionId,
    regionName: `圏域 ${regionId}`,
    municipalityCode,
  })

  it('never groups towns of different 圏域, however alike their contracts', () => {
    const systems = [system('012106', '2027-03-31'), system('014303', '2027-03-31'), system('015008', '2027-03-31')]
    const regions = [member('agreement', '012106'), member('agreement', '014303'), member('sample-01-0', '015008')]
    const groups = findProcurementGroupsByRegion(systems, regions, 12, TODAY)
    expect(groups.map((g) => [g.region.id, g.systems.map((s) => s.municipalityCode)])).toEqual([
      ['agreement', ['012106', '014303']],
    ])
    expect(groups[0]?.region).toEqual({ id: 'agreement', name: '圏域 agreement' })
  })

  it('finds a town in two regions in a group of each, and a town in none in no group', () => {
    const systems = ['012106', '014303', '015008', '015016'].map((code) => system(code, '2027-03-31'))
    const regions = [
      member('agreement', '012106'),
      member('agreement', '014303'),
      member('sample-01-0', '014303'),
      member('sample-01-0', '015008'),
    ]
    const groups = findProcurementGroupsByRegion(systems, regions, 12, TODAY)
    expect(groups.map((g) => [g.region.id, g.systems.map((s) => s.municipalityCode)])).toEqual([
      ['agreement', ['012106', '014303']],
      ['sample-01-0', ['014303', '015008']],
    ])
  })
})
