import { describe, expect, it } from 'vitest'
import { sampleFeedFiles, zipFeed } from './feed-fixtures.js'
import { formatProblems, validateFeed } from './validate-feed.js'
import { openZipBuffer } from './zip-archive.js'

async function validate(changes: Record<string, string | null> = {}) {
  const archive = await openZipBuffer(await zipFeed({ ...sampleFeedFiles(), ...changes }))
  try {
    return await validateFeed(archive)
  } finally {
    archive.close()
  }
}
const errorsOf = async (changes: Record<string, string | null>) =>
  formatProblems((await validate(changes)).problems).filter((line) => line.startsWith('error'))

describe('validateFeed', () => {
  it('accepts a valid GTFS-JP feed, times past 24:00:00 included, and counts its rows', async () => {
    const report = await validate()
    expect(report.problems).toEqual([])
    expect(report.rowCounts).toMatchObject({ 'stop_times.txt': 5, 'trips.txt': 2, 'stops.txt': 3 })
  })

  it('accepts plain GTFS without feed_info.txt, with a warning', async () => {
    const report = await validate({ 'feed_info.txt': null })
    expect(report.errorCount).toBe(0)
    expect(formatProblems(report.problems)).toEqual([
      'warning: feed_info.txt:0: required by GTFS-JP (accepted as plain GTFS)',
    ])
  })

  it.each([
    ['a missing required file', { 'stops.txt': null }, 'error: stops.txt:0: required file is missing'],
    [
      'no calendar at all',
      { 'calendar.txt': null, 'calendar_dates.txt': null },
      'error: calendar.txt:0: calendar.txt or calendar_dates.txt is required',
    ],
    [
      'a missing required column',
      { 'routes.txt': 'route_id,route_long_name\nR1,月形線\n' },
      'error: routes.txt:1: required column route_type is missing',
    ],
    [
      'a duplicate id',
      {
        'stops.txt':
          'stop_id,stop_name,stop_lat,stop_lon\nS1,a,43.3,141.6\nS1,b,43.3,141.6\nS2,c,43.3,141.6\nS3,d,43.2,141.7\n',
      },
      'error: stops.txt:3: duplicate stop_id "S1"',
    ],
    [
      'a trip on an unknown route',
      { 'trips.txt': 'route_id,service_id,trip_id\nR9,WD,T1\nR1,WD,T2\n' },
      'error: trips.txt:2: route_id "R9" is not in routes.txt',
    ],
    [
      'a trip on an unknown service',
      { 'trips.txt': 'route_id,service_id,trip_id\nR1,XX,T1\nR1,WD,T2\n' },
      'error: trips.txt:2: service_id "XX" is in neither calendar.txt nor calendar_dates.txt',
    ],
    [
      'a stop time at an unknown stop',
      {
        'stop_times.txt':
          'trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,07:00:00,07:00:00,S1,' +
          '1\nT1,07:10:00,07:10:00,S9,2\nT2,08:00:00,08:00:00,S1,1\nT2,08:10:00,08:10:00,S3,2\n',
      },
      'error: stop_times.txt:3: stop_id "S9" is not in stops.txt',
    ],
    [
      'a malformed time',
      {
        'stop_times.txt':
          'trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,7h00,07:00:00,S1,' +
          '1\nT1,07:10:00,07:10:00,S2,2\nT2,08:00:00,08:00:00,S1,1\nT2,08:10:00,08:10:00,S3,2\n',
      },
      'error: stop_times.txt:2: times must be H:MM:SS (past 24:00:00 allowed): 7h00, 07:00:00',
    ],
    [
      'times going back',
      {
        'stop_times.txt':
          'trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,07:30:00,07:30:00,S1,' +
          '1\nT1,07:10:00,07:10:00,S2,2\nT2,08:00:00,08:00:00,S1,1\nT2,08:10:00,08:10:00,S3,2\n',
      },
      'error: stop_times.txt:3: time 07:10:00 goes back in time within trip T1',
    ],
    [
      'a stop_sequence not increasing when a trip comes back after another one',
      {
        'stop_times.txt':
          'trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,07:00:00,07:00:00,S1,' +
          '2\nT2,08:00:00,08:00:00,S1,1\nT2,08:10:00,08:10:00,S3,2\nT1,07:10:00,07:10:00,S2,1\n',
      },
      'error: stop_times.txt:5: stop_sequence 1 does not increase within trip T1',
    ],
    [
      'a trip not in trips.txt, still checked for order',
      {
        'stop_times.txt':
          'trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,07:00:00,07:00:00,S1,' +
          '1\nT1,07:10:00,07:10:00,S2,2\nT2,08:00:00,08:00:00,S1,1\nT2,08:10:00,08:10:00,S3,2\n' +
          'TX,09:10:00,09:10:00,S1,1\nTX,09:00:00,09:00:00,S2,2\n',
      },
      'error: stop_times.txt:7: time 09:00:00 goes back in time within trip TX',
    ],
    [
      'a calendar ending before it starts',
      {
        'calendar.txt':
          'service_id,monday,tuesday,wednesday,thursday,friday,saturday,' +
          'sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,20270401,20260331\n',
      },
      'error: calendar.txt:2: start_date 20270401 is after end_date 20260331',
    ],
    [
      'an invalid exception type',
      { 'calendar_dates.txt': 'service_id,date,exception_type\nWD,20260230,3\n' },
      'error: calendar_dates.txt:2: date "20260230" is not a YYYYMMDD date',
    ],
    [
      'coordinates out of range',
      { 'stops.txt': 'stop_id,stop_name,stop_lat,stop_lon\nS1,a,93.3,141.6\nS2,b,43.3,141.6\nS3,c,43.2,141.7\n' },
      'error: stops.txt:2: stop_lat/stop_lon out of range: 93.3, 141.6',
    ],
    [
      'a trip on an unknown shape',
      { 'trips.txt': 'route_id,service_id,trip_id,shape_id\nR1,WD,T1,SH9\nR1,WD,T2,SH1\n' },
      'error: trips.txt:2: shape_id "SH9" is not in shapes.txt',
    ],
    [
      'a shape going backwards',
      { 'shapes.txt': 'shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\nSH1,43.3,141.6,2\nSH1,43.3,141.6,1\n' },
      'error: shapes.txt:3: shape_pt_sequence 1 does not increase within shape SH1',
    ],
    [
      'an unknown parent station',
      {
        'stops.txt':
          'stop_id,stop_name,stop_lat,stop_lon,parent_station\nS1,' +
          'a,43.3,141.6,P1\nS2,b,43.3,141.6,\nS3,c,43.2,141.7,\n',
      },
      'error: stops.txt:2: parent_station "P1" is not in stops.txt',
    ],
    [
      'an invalid pickup type',
      {
        'stop_times.txt':
          'trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type\nT1,07:00:00,07:00:00,' +
          'S1,1,7\nT1,07:10:00,07:10:00,S2,2,0\nT2,08:00:00,08:00:00,S1,1,\nT2,08:10:00,08:10:00,S3,2,\n',
      },
      'error: stop_times.txt:2: pickup_type "7" must be 0–3',
    ],
    [
      'two feed_info rows',
      {
        'feed_info.txt':
          'feed_publisher_name,feed_publisher_url,feed_lang\na,https://example.org/,ja\nb,https://example.org/,ja\n',
      },
      'error: feed_info.txt:3: feed_info.txt must have exactly one row',
    ],
    [
      'a row with the wrong number of fields',
      { 'routes.txt': 'route_id,agency_id,route_short_name,route_long_name,route_type\nR1,A1,1,月形線,3,extra\n' },
      'error: routes.txt:2: has 6 fields, the header has 5',
    ],
  ])('reports %s as file:line', async (_, changes, expected) => {
    expect(await errorsOf(changes)).toContain(expected)
  })

  it('warns about trips riders cannot use', async () => {
    const report = await validate({ 'trips.txt': 'route_id,service_id,trip_id\nR1,WD,T1\nR1,WD,T2\nR1,WD,T3\n' })
    expect(report.errorCount).toBe(0)
    expect(formatProblems(report.problems)).toContain(
      'warning: trips.txt:0: trip T3 has 0 stop_times: riders cannot use it',
    )
  })
})
