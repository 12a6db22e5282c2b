import iconv from 'iconv-lite'
import { ZipFile } from 'yazl'
import { describe, expect, it } from 'vitest'
import { legacyFeedFiles, sampleFeedFiles, zipFeed } from './feed-fixtures.js'
import { formatProblems, validateFeed } from './validate-feed.js'
import { openZipBuffer } from './zip-archive.js'

/**
 * What the importer does with each variation of real GTFS-JP feeds (issue #15): accepted, accepted and
 * named as a warning, or refused naming file and line — never silently dropped.
 */
async function validate(files: Record<string, string | Buffer | null>) {
  const archive = await openZipBuffer(await zipFeed(files))
  try {
    return await validateFeed(archive)
  } finally {
    archive.close()
  }
}
const problemsOf = async (changes: Record<string, string | Buffer | null>, base = sampleFeedFiles()) =>
  formatProblems((await validate({ ...base, ...changes })).problems)

describe('GTFS-JP editions', () => {
  it('accepts a 第3版 feed (pattern_jp, GTFS translations) with every file read and counted', async () => {
    const report = await validate(sampleFeedFiles())
    expect(report.problems).toEqual([])
    expect(report.rowCounts).toMatchObject({
      'agency_jp.txt': 1,
      'office_jp.txt': 1,
      'pattern_jp.txt': 1,
      'fare_attributes.txt': 2,
      'fare_rules.txt': 2,
      'translations.txt': 7,
      'feed_info.txt': 1,
      'calendar_dates.txt': 1,
    })
    expect(report.files.map((file) => file.file).sort()).toEqual(Object.keys(sampleFeedFiles()).sort())
  })

  it('accepts a 第2版 feed (routes_jp, translations as trans_id,lang,translation)', async () => {
    const report = await validate(legacyFeedFiles())
    expect(report.problems).toEqual([])
    expect(report.rowCounts).toMatchObject({ 'routes_jp.txt': 1, 'translations.txt': 7 })
  })

  it('keeps frequencies.txt and transfers.txt, checking their references', async () => {
    const problems = await problemsOf({
      'frequencies.txt':
        'trip_id,start_time,end_time,headway_secs,exact_times\nT1,6:00:00,9:00:00,1200,0\nT9,10:00:00,9:00:00,0,\n',
      'transfers.txt': 'from_stop_id,to_stop_id,transfer_type,min_transfer_time\nS2,S3,2,300\nS2,S9,0,\n',
    })
    expect(problems).toEqual([
      'error: frequencies.txt:3: end_time 9:00:00 is not after start_time 10:00:00',
      'error: frequencies.txt:3: headway_secs must be a positive whole number of seconds',
      'warning: frequencies.txt:3: trip_id "T9" is not in trips.txt',
      'warning: transfers.txt:3: to_stop_id "S9" is not in the feed',
    ])
  })
})

describe('references across the GTFS-JP files (dangling = warning with file:line)', () => {
  it.each([
    [
      'routes_jp → routes',
      { 'routes_jp.txt': 'route_id,origin_stop\nR9,月形\n' },
      'warning: routes_jp.txt:2: route_id "R9" is not in routes.txt',
    ],
    [
      'trips.jp_office_id → office_jp',
      { 'trips.txt': 'route_id,service_id,trip_id,jp_office_id\nR1,WD,T1,O9\nR1,WD,T2,O1\n' },
      'warning: trips.txt:2: jp_office_id "O9" is not in office_jp.txt',
    ],
    [
      'trips.jp_pattern_id → pattern_jp',
      { 'trips.txt': 'route_id,service_id,trip_id,jp_pattern_id\nR1,WD,T1,P1\nR1,WD,T2,P9\n' },
      'warning: trips.txt:3: jp_pattern_id "P9" is not in pattern_jp.txt',
    ],
    [
      'agency_jp → agency',
      { 'agency_jp.txt': 'agency_id,agency_official_name\nX,何か\n' },
      'warning: agency_jp.txt:2: agency_id "X" is not in agency.txt',
    ],
    [
      'fare_rules → routes',
      { 'fare_rules.txt': 'fare_id,route_id\nF200,R9\n' },
      'warning: fare_rules.txt:2: route_id "R9" is not in routes.txt',
    ],
    [
      'fare_rules → zones',
      { 'fare_rules.txt': 'fare_id,origin_id,destination_id\nF200,Z1,Z9\n' },
      'warning: fare_rules.txt:2: destination_id "Z9" is no zone_id of stops.txt',
    ],
    [
      'fare_rules → fare_attributes',
      { 'fare_rules.txt': 'fare_id,route_id\nF999,R1\n' },
      'warning: fare_rules.txt:2: fare_id "F999" is not in fare_attributes.txt',
    ],
    [
      'translations record_id → stops',
      {
        'translations.txt': 'table_name,field_name,language,translation,record_id\nstops,stop_name,ja-Hrkt,どこか,S9\n',
      },
      'warning: translations.txt:2: record_id "S9" is not in stops.txt',
    ],
    [
      'a 第2版 translation of a text the feed does not have',
      {
        'translations.txt':
          'trans_id,lang,translation\n月形町役場前,ja-Hrkt,つきがたちょうやくばまえ\n札幌駅,ja-Hrkt,さっぽろえき\n',
      },
      'warning: translations.txt:3: trans_id "札幌駅" is no name in this feed: kept with the ' +
        'feed, left out of the regional feed (which must say what each translation applies to)',
    ],
  ])('%s', async (_, changes, expected) => {
    expect(await problemsOf(changes)).toEqual([expected])
  })
})

describe('columns and files the importer does not model', () => {
  it('keeps unknown columns and extension files, naming each as a warning, and suggests misspelled names', async () => {
    const problems = await problemsOf({
      'trips.txt':
        'route_id,service_id,trip_id,wheelchair_accesible,jp_trip_desc\nR1,WD,T1,1,月形駅経由\nR1,WD,T2,1,\n',
      'stop_times.txt':
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence,shape_dist_travel,pole_number\n' +
        'T1,07:00:00,07:00:00,S1,1,0,1\nT1,07:50:00,07:50:00,S3,2,20.5,' +
        '2\nT2,23:40:00,23:40:00,S1,1,0,1\nT2,24:30:00,24:30:00,S3,2,20.5,3\n',
      'rider_categorys.txt': 'rider_category_id,rider_category_name\nadult,大人\nchild,小児\n',
      'bus_stop_poles.txt': 'stop_id,pole_type\nS1,屋根付き\n',
      'README.pdf': Buffer.from('%PDF-1.4'),
    })
    expect(problems).toEqual([
      'warning: trips.txt:1: column "wheelchair_accesible" is not a trips.txt column: did ' +
        'you mean "wheelchair_accessible"? Kept as it is under its own name and re-exported',
      'warning: stop_times.txt:1: column "shape_dist_travel" is not a stop_times.txt column: ' +
        'did you mean "shape_dist_traveled"? Kept as it is under its own name and re-exported',
      'warning: stop_times.txt:1: column "pole_number" is not part of GTFS or GTFS-JP: kept as it is and re-exported',
      'warning: rider_categorys.txt:0: is not a GTFS or GTFS-JP file: did you mean ' +
        'rider_categories.txt? Kept as it is and re-exported under its own name',
      'warning: bus_stop_poles.txt:0: is not a GTFS or GTFS-JP ' +
        'file: kept as it is and re-exported in the regional feed',
      'warning: README.pdf:0: is not a CSV table (.txt): not imported',
    ])
  })

  it('names a column without a header and refuses one written twice', async () => {
    expect(await problemsOf({ 'routes_jp.txt': 'route_id,,origin_stop\nR1,x,月形\n' })).toEqual([
      'warning: routes_jp.txt:1: column 2 has no name: its values are kept as they are',
    ])
    expect(await problemsOf({ 'routes_jp.txt': 'route_id,origin_stop,origin_stop\nR1,a,b\n' })).toEqual([
      'error: routes_jp.txt:1: column "origin_stop" appears twice',
    ])
  })
})

describe('encodings and shapes of real files', () => {
  it('accepts UTF-8 with a BOM, CRLF line ends, times without a leading zero and full-width ids', async () => {
    const fullWidth = (text: string) => text.replaceAll('S1', 'Ｓ１').replaceAll('T1', 'Ｔ１')
    const files = Object.fromEntries(
      Object.entries(sampleFeedFiles()).map(([name, text]) => [
        name,
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fullWidth(text).replaceAll('\n', '\r\n'))]),
      ]),
    )
    files['stop_times.txt'] = Buffer.from(
      'trip_id,arrival_time,departure_time,stop_id,stop_sequence\r\nＴ１,' +
        '6:28:00,6:28:00,Ｓ１,1\r\nＴ１,7:05:00,7:06:00,S2,2\r\n' +
        'T2,23:40:00,23:40:00,Ｓ１,1\r\nT2,24:30:00,24:30:00,S3,2\r\n',
    )
    const report = await validate(files)
    expect(formatProblems(report.problems)).toEqual([])
    expect(report.rowCounts['stop_times.txt']).toBe(4)
  })

  it('treats a 0-byte optional file as absent (with a warning) and a 0-byte required file as an error', async () => {
    expect(await problemsOf({ 'calendar_dates.txt': '' })).toEqual([
      'warning: calendar_dates.txt:0: file is empty (0 bytes): read as if absent',
    ])
    expect(await problemsOf({ 'stops.txt': '' })).toContain('error: stops.txt:0: required file is empty (0 bytes)')
  })

  it.each([
    [
      'UTF-16LE (with BOM)',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('stop_id,stop_name\n', 'utf16le')]),
      'UTF-16LE',
    ],
    ['UTF-16LE (no BOM)', Buffer.from('stop_id,stop_name\n', 'utf16le'), 'UTF-16LE'],
    [
      'Shift_JIS',
      iconv.encode('stop_id,stop_name,stop_lat,stop_lon\nS1,月形町役場前,43.3,141.6\n', 'Shift_JIS'),
      'Shift_JIS (CP932)',
    ],
  ])('refuses %s naming the file and the encoding', async (_, bytes, encoding) => {
    const error = await validate({ ...sampleFeedFiles(), 'stops.txt': bytes }).catch((e: unknown) => e)
    expect(String(error)).toContain(`stops.txt is encoded as ${encoding}, not UTF-8`)
  })
})

async function zipWithEntry(name: string): Promise<Buffer> {
  // yazl refuses to write such a name, as it should: patch a safe one of the same length afterwards.
  const zip = new ZipFile()
  const safe = 'a'.repeat(name.length)
  zip.addBuffer(Buffer.from('x'), safe)
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  const bytes = Buffer.concat(chunks)
  let at = bytes.indexOf(safe)
  while (at >= 0) {
    bytes.write(name, at, 'latin1')
    at = bytes.indexOf(safe, at + 1)
  }
  return bytes
}

describe('zip entries', () => {
  it.each(['../x.txt', '/etc/passwd'])('refuses an entry named %s as escaping the archive', async (name) => {
    const error = await openZipBuffer(await zipWithEntry(name)).catch((e: unknown) => e)
    expect(String(error)).toContain(`named "${name}", which points outside the archive`)
    expect(String(error)).not.toContain('not a zip archive')
  })

  it('refuses two files with the same name in different folders', async () => {
    const error = await openZipBuffer(await zipFeed({ 'a/stops.txt': 'x', 'b/stops.txt': 'y' })).catch(
      (e: unknown) => e,
    )
    expect(String(error)).toContain('two files named stops.txt (a/stops.txt and b/stops.txt)')
  })
})
