import { describe, expect, it } from 'vitest'
import { GSI_HEADER, shiftJis, V1_HEADER, V2_HEADER, v1File, v1Line } from './fixtures.js'
import { parseShelterCsv } from './parse-shelter-csv.js'

const TSUKIGATA = '014303'
const utf8 = (text: string) => Buffer.from(text, 'utf8')
const problemsOf = (bytes: Uint8Array) =>
  parseShelterCsv(bytes, TSUKIGATA).problems.map((p) => `${p.line}:${p.column}: ${p.reason}`)

describe('parseShelterCsv', () => {
  it('reads the v1 layout with and without BOM', () => {
    for (const bom of [false, true]) {
      const parsed = parseShelterCsv(
        v1File(
          [
            { no: '1', name: '月形小学校', flood: '1' },
            { no: '2', name: '月形中学校' },
          ],
          { bom },
        ),
        TSUKIGATA,
      )
      expect(parsed.problems).toEqual([])
      expect(parsed.layout).toBe('v1')
      expect(parsed.records[0]).toMatchObject({
        sourceId: '1',
        name: '月形小学校',
        hazardFlood: true,
        hazardEarthquake: true,
        isDesignatedShelter: true,
        capacity: 100,
      })
      expect(parsed.records[1]?.hazardFlood).toBe(false)
    }
  })

  it('reads Shift_JIS, full-width digits, ○ flags, blank coordinates and quoted newlines', () => {
    const text = `${V1_HEADER}\r\n${v1Line({ no: '１', name: '月形町民会館', lat: '', lon: '', quake: '○', capacity: '１，２００', notes: '1階\n2階' })}\r\n`
    const parsed = parseShelterCsv(shiftJis(text), TSUKIGATA)
    expect(parsed.problems).toEqual([])
    expect(parsed.encoding).toBe('shift_jis')
    expect(parsed.records[0]).toMatchObject({
      sourceId: '1',
      name: '月形町民会館',
      latitude: null,
      longitude: null,
      hazardEarthquake: true,
      capacity: 1200,
      notes: '1階\n2階',
    })
  })

  it('reads the 国土地理院 layout and v2', () => {
    const gsi = `${GSI_HEADER}\n1,E0143030000001,月形小学校,北海道月形町1,1,,,1,,,,,1,43.33,141.66,\n`
    expect(parseShelterCsv(utf8(gsi), TSUKIGATA)).toMatchObject({
      layout: 'gsi',
      problems: [],
      records: [{ sourceId: 'E0143030000001', hazardFlood: true, hazardEarthquake: true }],
    })
    const cells = V2_HEADER.split(',').map(
      (header) =>
        ({
          全国地方公共団体コード: TSUKIGATA,
          ID: 'A-1',
          名称: '月形町体育館',
          所在地_連結表記: '北海道月形町1219番地',
          緯度: '43.3',
          経度: '141.6',
          災害種別_地震: '1',
        })[header] ?? '',
    )
    expect(parseShelterCsv(utf8(`${V2_HEADER}\n${cells.join(',')}\n`), TSUKIGATA)).toMatchObject({
      layout: 'v2',
      problems: [],
      records: [{ sourceId: 'A-1', address: '北海道月形町1219番地', hazardEarthquake: true }],
    })
  })

  it('reports every problem with line and column, and no records are trusted', () => {
    const file = v1File([
      { no: '1', name: '', flood: 'maybe' },
      { no: '2', name: 'B', lat: '95', capacity: '-3' },
      { no: '3', name: 'C', lat: '43.3', lon: '' },
      { no: '4', name: 'D', code: '012106' },
      { no: '1', name: 'E' },
    ])
    expect(problemsOf(file)).toEqual([
      '2:2: 名称 (name): must not be empty',
      '2:14: 災害種別_洪水 (safeFor): "maybe" is not a flag (use 1 or ○, or leave empty)',
      '3:6: 緯度 (latitude): must be between -90 and 90',
      '3:23: 想定収容人数 (capacity): must be 0 or more',
      '4:7: 経度 (longitude): give both coordinates or neither',
      '5:11: 市区町村コード (municipalityCode): row belongs to 012106, but the import is for 014303',
      '6:1: id 1 already used on line 2',
    ])
  })

  it('proposes the code meant when a row gives one without its check digit or its leading zero', () => {
    const file = v1File([
      { no: '1', name: 'A', code: '01430' },
      { no: '2', name: 'B', code: '14303' },
    ])
    expect(problemsOf(file)).toEqual([
      '2:11: 市区町村コード (municipalityCode): "01430" is not a 6-digit 全国地方公共団体コード. Did you mean "014303" (月形町)?',
      '3:11: 市区町村コード (municipalityCode): "14303" is not a 6-digit 全国地方公共団体コード. Did you mean "014303" (月形町)?',
    ])
  })

  it('checks each row with the rules the mutations run, naming the same field (a 250-character name)', () => {
    const file = v1File([{ no: '1', name: '館'.repeat(250), capacity: '12.5' }])
    expect(parseShelterCsv(file, TSUKIGATA).problems).toEqual([
      { line: 2, column: 2, field: 'name', reason: '名称 (name): must be at most 200 characters' },
      { line: 2, column: 23, field: 'capacity', reason: '想定収容人数 (capacity): must be a whole number' },
    ])
  })

  it('reports a wrong number of columns, an unknown header and an empty file', () => {
    expect(problemsOf(utf8(`${V1_HEADER}\n1,short row\n`))).toEqual(['2:0: has 2 columns, the header has 26'])
    expect(problemsOf(utf8('name,address\nx,y\n'))[0]).toMatch(/^1:0: unknown header; expected one of: v2/)
    expect(problemsOf(utf8(`${V1_HEADER}\n`))).toEqual(['2:0: the file has no rows'])
    expect(problemsOf(utf8(`${V1_HEADER}\n"unterminated,1\n`))[0]).toMatch(/not a readable CSV file/)
  })
})
