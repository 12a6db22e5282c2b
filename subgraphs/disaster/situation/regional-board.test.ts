import { describe, expect, it } from 'vitest'
import { boardOf } from './situation.service.js'

type Rows = Parameters<typeof boardOf>
const town = (code: string, evacuees: number | null) =>
  ({
    municipalityCode: code,
    municipalityName: `町 ${code}`,
    openShelters: evacuees === null ? null : 1,
    evacuees,
    remainingCapacity: evacuees === null ? null : 10,
    remainingCareCapacity: evacuees === null ? null : 2,
    latestReportAt: null,
  }) as Rows[0][number]
const level = (code: string, headquartersLevel: string) =>
  ({ municipalityCode: code, headquartersLevel }) as Rows[1][number]
const alert = (code: string, area: string, alertLevel: number | null) =>
  ({ municipalityCode: code, area, level: alertLevel }) as Rows[2][number]

/** The board's assembly from its three reads: each town gets its own level and alerts, in whatever order. */
describe('boardOf', () => {
  it('gives each town its own level and alerts in force (NONE and none when it has none), and the sums', () => {
    const board = boardOf(
      [town('012106', 40), town('014290', null), town('014303', 5)],
      [level('014303', 'HEADQUARTERS'), level('012106', 'ALERT')],
      [
        alert('012106', '北村', 4),
        alert('012106', '栗沢', null),
        alert('014303', '月形', 3),
        alert('012106', '幌向', 5),
        alert('014290', '角田', null),
      ],
    )
    expect(
      board.towns.map((row) => ({
        code: row.municipality.code,
        level: row.headquartersLevel,
        areas: row.activeAlerts.map((active) => active.area),
        highest: row.highestAlertLevel,
        evacuees: row.evacuees,
      })),
    ).toEqual([
      { code: '012106', level: 'ALERT', areas: ['北村', '幌向'], highest: 5, evacuees: 40 },
      { code: '014290', level: 'NONE', areas: [], highest: null, evacuees: 0 },
      { code: '014303', level: 'HEADQUARTERS', areas: ['月形'], highest: 3, evacuees: 5 },
    ])
    expect(board).toMatchObject({ openShelters: 2, evacuees: 45, remainingCapacity: 20, remainingCareCapacity: 4 })
  })
})
