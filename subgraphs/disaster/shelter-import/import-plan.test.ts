import { describe, expect, it } from 'vitest'
import type { ShelterColumns, ShelterModel } from '../shelters/shelters.model.js'
import { parseForTown, SAMPLE_TOWNS } from './fixtures.js'
import { planTown } from './import-plan.js'
import { partyTown } from './row-town.js'

/** Matching a town's rows of a file with what is stored (issue #15: the fallback key when a file has no ids). */
const YUNI = '014273'
const HEADER = 'NO,名称,住所,緯度,経度,災害種別_地震'

function recordsOf(lines: string[]) {
  const parsed = parseForTown(Buffer.from([HEADER, ...lines].join('\n') + '\n', 'utf8'), YUNI)
  expect(parsed.problems).toEqual([])
  return parsed.records.map((columns, index) => ({ line: index + 2, town: partyTown(YUNI, SAMPLE_TOWNS), columns }))
}

const stored = (columns: ShelterColumns, id: string): ShelterModel => ({
  ...columns,
  id,
  municipalityCode: YUNI,
  designation: 'EMERGENCY_SITE',
  isSample: false,
  retiredAt: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
})

const storedOf = (lines: string[]) => recordsOf(lines).map((record, i) => stored(record.columns, `id-${i + 1}`))

describe('planTown', () => {
  it('matches rows without ids on name and address, spelt with or without 北海道, 郡, spaces and 番地', () => {
    const before = storedOf([',由仁小学校,北海道夕張郡由仁町本町1番地,42.999,141.785,1'])
    const plan = planTown(recordsOf([',由仁小学校 ,由仁町本町１,42.999,141.785,1']), before, '由仁町')
    expect(plan.added).toEqual([])
    expect(plan.retired).toEqual([])
    expect(plan.changed.map((change) => [change.id, change.columns.address])).toEqual([['id-1', '由仁町本町１']])
  })

  it('matches a row without an id whose name and address changed on its coordinates (~1 m)', () => {
    const before = storedOf([',三川小学校,北海道夕張郡由仁町三川旭町,42.945001,141.801001,1'])
    const plan = planTown(recordsOf([',三川地区センター,由仁町三川旭町1,42.945004,141.801002,1']), before, '由仁町')
    expect(plan.changed.map((change) => change.id)).toEqual(['id-1'])
    expect([plan.added, plan.retired]).toEqual([[], []])
    const far = planTown(recordsOf([',三川地区センター,由仁町三川旭町1,42.94502,141.80102,1']), before, '由仁町')
    expect([far.added.length, far.retired.map((row) => row.id)]).toEqual([1, ['id-1']])
  })

  it('never pairs two different ids on their place or coordinates: one is added, the other retired', () => {
    const before = storedOf(['T3,月形町民会館,北海道月形町1219番地,43.3358,141.6694,1'])
    const plan = planTown(recordsOf(['T4,新設避難所,北海道月形町1219番地,43.3358,141.6694,1']), before, '月形町')
    expect([plan.added.length, plan.changed.length, plan.retired.map((row) => row.id)]).toEqual([1, 0, ['id-1']])
  })

  it('counts a row identical to what is stored as unchanged', () => {
    const lines = [',由仁町民公園,北海道夕張郡由仁町東栄,43.001,141.792,1']
    const plan = planTown(recordsOf(lines), storedOf(lines), '由仁町')
    expect([plan.unchanged, plan.added.length, plan.changed.length, plan.retired.length]).toEqual([1, 0, 0, 0])
  })
})
