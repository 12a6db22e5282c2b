import { describe, expect, it } from 'vitest'
import { fixtureFile, GSI_HEADER, parseForTown, shiftJis, V1_HEADER, V2_HEADER, v1File, v1Line } from './fixtures.js'
import { decodeBase64File } from './base64-file.js'
import { SHELTER_IMPORT_LIMITS } from './limits.js'

const TSUKIGATA = '014303'
const utf8 = (text: string) => Buffer.from(text, 'utf8')
const problemsOf = (bytes: Uint8Array, town = TSUKIGATA) =>
  parseForTown(bytes, town).problems.map((p) => `${p.line}:${p.column}: ${p.reason}`)

describe('reading a shelter file', () => {
  it('reads the v1 layout with and without BOM', () => {
    for (const bom of [false, true]) {
      const parsed = parseForTown(
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
      expect(parsed.layout).toBe('V1')
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
    const row = {
      no: '１',
      name: '月形町民会館',
      lat: '',
      lon: '',
      quake: '○',
      capacity: '１，２００',
      notes: '1階\n2階',
    }
    const text = `${V1_HEADER}\r\n${v1Line(row)}\r\n`
    const parsed = parseForTown(shiftJis(text), TSUKIGATA)
    expect(parsed.problems).toEqual([])
    expect(parsed.encoding).toBe('shift_jis')
    expect(parsed.records[0]).toMatchObject({
      // The source's id is kept as written; imports compare it folded (match-keys.ts).
      sourceId: '１',
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
    expect(parseForTown(utf8(gsi), TSUKIGATA)).toMatchObject({
      layout: 'GSI',
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
    expect(parseForTown(utf8(`${V2_HEADER}\n${cells.join(',')}\n`), TSUKIGATA)).toMatchObject({
      layout: 'V2',
      problems: [],
      records: [{ sourceId: 'A-1', address: '北海道月形町1219番地', hazardEarthquake: true }],
    })
  })

  it('reports every problem with line and column, and no records are trusted', () => {
    const file = v1File([
      { no: '1', name: '', flood: 'maybe' },
      { no: '2', name: 'B', lat: '95', capacity: '-3' },
      { no: '3', name: 'C', lat: '43.3', lon: '' },
      { no: '1', name: 'E' },
    ])
    expect(problemsOf(file)).toEqual([
      '2:2: 名称 (name): must not be empty',
      '2:14: 災害種別_洪水 (safeFor): "maybe" is not a flag (use 1 or ○, △ for conditionally, or leave empty)',
      '3:6: 緯度 (latitude): must be between -90 and 90',
      '3:23: 想定収容人数 (capacity): must be 0 or more',
      '4:7: 経度 (longitude): give both coordinates or neither',
      '5:1: id 1 already used on line 2',
    ])
  })

  it('reads a code given without its check digit or without its leading zero as the code meant (real files do)', () => {
    const parsed = parseForTown(
      v1File([
        { no: '1', name: 'A', code: '01430' },
        { no: '2', name: 'B', code: '14303' },
      ]),
      TSUKIGATA,
    )
    expect(parsed.problems).toEqual([])
    expect(parsed.records.map((record) => record.name)).toEqual(['A', 'B'])
  })

  it('checks each row with the rules the mutations run, naming the same field (a 250-character name)', () => {
    const file = v1File([{ no: '1', name: '館'.repeat(250), capacity: '12.5' }])
    expect(parseForTown(file, TSUKIGATA).problems).toEqual([
      { line: 2, column: 2, field: 'name', reason: '名称 (name): must be at most 200 characters' },
      { line: 2, column: 23, field: 'capacity', reason: '想定収容人数 (capacity): must be a whole number' },
    ])
  })

  it('reports a wrong number of columns, a file without a name column, an empty file and broken quoting', () => {
    expect(problemsOf(utf8(`${V1_HEADER}\n1,short row\n`))).toEqual(['2:0: has 2 columns, the header has 26'])
    expect(problemsOf(utf8('id,address\nx,y\n'))[0]).toMatch(
      /^1:0: no column for 名称 \(name\); expected one of: 名称, 施設・場所名/,
    )
    expect(problemsOf(utf8(`${V1_HEADER}\n`))).toEqual(['2:0: the file has no rows'])
    expect(problemsOf(utf8(`${V1_HEADER}\n"unterminated,1\n`))[0]).toMatch(/not a readable CSV file: a quoted cell/)
    expect(problemsOf(Buffer.from([0xff, 0xfe, 0x41, 0x00]))[0]).toMatch(/^1:0: the file is UTF-16/)
  })
})

describe('every variation class of real files (fixture-files/)', () => {
  it('reads value variants: 1 / 1.0 / ○ / ◎ / 有 / true, 0 / × / - / − / 無 / empty, △ as its own state', () => {
    const parsed = parseForTown(fixtureFile('v1-value-variants-014290.csv'), '014290')
    expect(parsed.problems).toEqual([])
    const [k1, k2] = parsed.records
    expect(k1).toMatchObject({
      hazardFlood: true, // 1
      hazardLandslide: true, // 1.0
      hazardStormSurge: true, // ○
      hazardEarthquake: true, // ◎
      hazardTsunami: true, // 有
      hazardLargeFire: true, // true
      hazardInlandFlood: false, // 0
      hazardVolcano: false, // ×
      conditionalHazards: [],
    })
    expect(k2).toMatchObject({
      hazardFlood: false,
      conditionalHazards: ['FLOOD'], // △
      hazardLandslide: false, // -
      hazardStormSurge: false, // − (U+2212)
      hazardEarthquake: false, // 無
      hazardTsunami: false, // empty
      hazardLargeFire: false, // FALSE
      hazardInlandFlood: true, // ◯
      hazardVolcano: true, // 〇
    })
  })

  it('reads capacities as files write them, keeping text it cannot read and saying so', () => {
    const parsed = parseForTown(fixtureFile('v1-value-variants-014290.csv'), '014290')
    const bySource = new Map(parsed.records.map((record) => [record.sourceId, record]))
    expect(bySource.get('K-01')).toMatchObject({ capacity: 50700, capacityNote: null }) // "50,700 "
    expect(bySource.get('K-02')).toMatchObject({ capacity: 120 }) // １２０
    expect(bySource.get('K-03')).toMatchObject({
      capacity: 191,
      capacityIndoor: 191,
      capacityOutdoor: 0,
      capacityNote: '屋内191人／屋外0人',
    })
    expect(bySource.get('K-04')).toMatchObject({ capacity: null, capacityNote: 'グラウンド全面' })
    expect(bySource.get('K-05')).toMatchObject({ capacity: 200, capacityNote: '約200人' })
    expect(parsed.warnings.map((w) => `${w.line}:${w.column}`)).toEqual(['5:23', '6:23'])
    expect(parsed.warnings[0]?.message).toContain('"グラウンド全面" is not a number: kept as text, capacity left empty')
  })

  it('widens half-width katakana, keeps full-width Latin and digits as written, and keeps quoted newlines', () => {
    const parsed = parseForTown(fixtureFile('v1-value-variants-014290.csv'), '014290')
    const bySource = new Map(parsed.records.map((record) => [record.sourceId, record]))
    expect(bySource.get('K-05')).toMatchObject({
      name: 'クリヤマ町民センター',
      nameKana: 'クリヤマチョウミンセンター',
      addressDetail: '２階',
    })
    expect(bySource.get('Ｋ－０６')).toMatchObject({ addressDetail: 'Ｂ棟', notes: '冬期は\r\n閉鎖' })
  })

  it('reads reordered v2 columns, 建物名等(方書), no code column, and names every column it does not import', () => {
    const parsed = parseForTown(fixtureFile('v2-reordered-extra-012220.csv'), '012220')
    expect(parsed).toMatchObject({ layout: 'V2', problems: [] })
    expect(parsed.towns).toEqual(['012220', '012220'])
    expect(parsed.records[0]).toMatchObject({
      name: '三笠市民会館',
      sourceId: 'M-001',
      addressDetail: '1階ホール',
      hazardEarthquake: true,
      capacity: 400,
    })
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      '"名称_英字" is a standard column this platform does not store (1 of 2 rows have a value)',
      '"管理者" is not a column of the shelter standards: not imported (2 of 2 rows have a value)',
      'column 15 has no header name: not imported (1 of 2 rows have a value)',
    ])
  })

  it('reads English headers, `tunami` included', () => {
    const parsed = parseForTown(fixtureFile('english-headers-014281.csv'), '014281')
    expect(parsed).toMatchObject({ layout: 'NAMED_COLUMNS', problems: [], warnings: [] })
    expect(parsed.records[0]).toMatchObject({
      sourceId: 'N-1',
      name: '長沼町民会館',
      hazardTsunami: false,
      hazardFlood: true,
      hazardLargeFire: true,
      capacity: 300,
    })
    expect(parsed.records[1]).toMatchObject({ capacity: 1200, notes: 'Gym only', hazardFlood: false })
  })

  it('finds each row of a multi-town file its town: 共通ID, code column, or name (with or without 郡)', () => {
    expect(parseForTown(fixtureFile('gsi-emergency-national.csv'), TSUKIGATA).towns).toEqual([
      '011002',
      '014303',
      '014303',
      '014303',
      '014290',
      '014290',
      '011002',
      '141003',
    ])
    expect(parseForTown(fixtureFile('v2-code-column-several-towns.csv'), TSUKIGATA).towns).toEqual([
      '012106',
      '014290',
      '011002',
      '014303',
    ])
    expect(parseForTown(fixtureFile('names-only-several-towns.csv'), TSUKIGATA).towns).toEqual([
      '014281',
      '014281',
      '北海道旭川市',
    ])
  })

  it('reads the 国土地理院 指定避難所 layout: 受入対象者 naming people who need care makes a 福祉避難所', () => {
    const parsed = parseForTown(fixtureFile('gsi-shelter-national.csv'), TSUKIGATA, {
      designation: 'DESIGNATED_SHELTER',
    })
    expect(parsed).toMatchObject({ layout: 'GSI_SHELTER', problems: [] })
    expect(parsed.records).toMatchObject([
      { name: '月形町民会館', isEmergencySite: true, isWelfareShelter: false },
      {
        name: '月形町保健福祉総合センター',
        isWelfareShelter: true,
        acceptsPeopleNeedingCare: true,
        acceptedPersons: '要配慮者（高齢者、障害者等）',
        additionalMatters: '福祉避難所として開設',
      },
    ])
    expect(parsed.warnings.map((w) => w.message)).toContain(
      '受入対象者 names people who need care on 1 rows: read as 福祉避難所 that accept them (the file has no 福祉避難所 column)',
    )
  })

  it('reads a 指定避難所一覧 with the 福祉避難所 attributes residents ask for', () => {
    const parsed = parseForTown(fixtureFile('standard-shelter-welfare-014303.csv'), TSUKIGATA, {
      designation: 'DESIGNATED_SHELTER',
    })
    expect(parsed).toMatchObject({ layout: 'STANDARD_SHELTER', problems: [], warnings: [] })
    expect(parsed.records).toMatchObject([
      { sourceId: 'S-1', isEmergencySite: true, isBarrierFree: true, petPolicy: 'ACCOMPANIED' },
      {
        sourceId: 'S-2',
        isWelfareShelter: true,
        acceptsPeopleNeedingCare: true,
        isBarrierFree: true,
        petPolicy: 'COHABITATION',
        conditionalHazards: ['INLAND_FLOOD'],
      },
      { sourceId: 'S-3', isWelfareShelter: false, acceptsPeopleNeedingCare: true, petPolicy: 'NOT_ALLOWED' },
    ])
  })

  it('refuses files of other datasets, naming what they look like', () => {
    expect(problemsOf(fixtureFile('other-aed.csv'))).toEqual([
      '1:0: this looks like AED設置箇所一覧 (columns 設置位置, 小児対応設備の有無), not a shelter file',
    ])
    expect(problemsOf(fixtureFile('other-public-toilets.csv'))[0]).toMatch(/^1:0: this looks like 公衆トイレ一覧/)
    expect(problemsOf(fixtureFile('other-population.csv'))[0]).toMatch(/^1:0: this looks like 地域・年齢別人口/)
    expect(problemsOf(fixtureFile('gsi-shelter-national.csv'))).toEqual([
      '1:0: this looks like a 指定避難所 list (columns 指定緊急避難場所との住所同一, その他市町村長が必要と認める事項, 受入対象者), ' +
        'not 指定緊急避難場所: import it with designation: DESIGNATED_SHELTER',
    ])
    const asShelters = parseForTown(fixtureFile('gsi-emergency-national.csv'), TSUKIGATA, {
      designation: 'DESIGNATED_SHELTER',
    })
    expect(asShelters.problems[0]?.reason).toMatch(
      /^this looks like a 指定緊急避難場所 list \(columns 指定避難所との住所同一\)/,
    )
  })

  it('refuses a bad check digit, naming the line and the code it should be', () => {
    expect(problemsOf(fixtureFile('v1-bad-check-digit.csv'))).toEqual([
      '2:11: "014302" has a wrong check digit: the code for 01430 is 014303',
    ])
  })

  it('refuses two rows without ids that are one place, with both line numbers', () => {
    expect(problemsOf(fixtureFile('v1-no-ids-duplicate.csv'), '014273')).toEqual([
      '4:2: the same place (name and address) as line 2; without an id the two cannot be told apart',
    ])
  })

  it('refuses a row whose code and town name disagree', () => {
    const file = utf8('市区町村コード,市区町村名,名称,住所\n014290,月形町,x,y\n')
    expect(problemsOf(file)).toEqual(["2:2: the row's name says 月形町 (014303), its code says 栗山町 (014290)"])
  })
})

describe('limits', () => {
  const limits = { ...SHELTER_IMPORT_LIMITS, rows: 3, fieldChars: 20, recordChars: 200, columns: 30 }
  const read = (bytes: Uint8Array) =>
    parseForTown(bytes, TSUKIGATA, { limits }).problems.map((p) => `${p.line}:${p.column}: ${p.reason}`)

  it('refuses too many rows, an overlong cell, an overlong row and too many columns, naming the limit', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ no: String(i + 1), name: `避難所${i}` }))
    expect(read(v1File(rows(4)))).toEqual(['1:0: the file has 4 rows; the limit is 3'])
    expect(read(v1File([{ no: '1', name: 'x'.repeat(21) }]))).toEqual(['2:2: a cell of 21 characters; the limit is 20'])
    expect(read(v1File([{ no: '1', name: 'x', notes: 'y'.repeat(300) }]))[0]).toMatch(
      /^2:0: not a readable CSV file: a row is longer than 200 characters/,
    )
    expect(read(utf8(`${Array.from({ length: 31 }, (_, i) => `c${i}`).join(',')}\n`))).toEqual([
      '1:0: the header has 31 columns; the limit is 30',
    ])
  })

  it('refuses a file over the byte limit before decoding it, and content that is not base64', () => {
    const refusal = (content: string, limit: number) => {
      try {
        decodeBase64File(content, limit)
        return null
      } catch (error) {
        const { message, extensions } = error as { message: string; extensions: Record<string, unknown> }
        return [extensions['code'], extensions['field'], message]
      }
    }
    const eleven = Buffer.from('0123456789a').toString('base64')
    expect(refusal(eleven, 10)).toEqual([
      'BAD_USER_INPUT',
      'contentBase64',
      'The file is larger than the import limit of 10 bytes.',
    ])
    expect(refusal(eleven, 11)).toBeNull()
    expect(refusal('not base64!', 100)).toEqual(['BAD_USER_INPUT', 'contentBase64', 'contentBase64 is not base64.'])
  })
})
