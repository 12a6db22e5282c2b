import { ZipFile } from 'yazl'

/** A small valid GTFS-JP feed as CSV texts by file name; tests change one file to make each error. */
export function sampleFeedFiles(): Record<string, string> {
  return {
    'agency.txt':
      'agency_id,agency_name,agency_url,agency_timezone,agency_lang\nA1,月形町営バス,https://example.org/,Asia/Tokyo,ja\n',
    'stops.txt':
      'stop_id,stop_name,stop_lat,stop_lon\nS1,月形町役場前,43.3358,141.6694\nS2,月形駅前,43.3320,141.6650\nS3,岩見沢駅前,43.2040,141.7590\n',
    'routes.txt': 'route_id,agency_id,route_short_name,route_long_name,route_type\nR1,A1,1,月形線,3\n',
    'trips.txt':
      'route_id,service_id,trip_id,trip_headsign,direction_id,shape_id\nR1,WD,T1,岩見沢駅前,0,SH1\nR1,WD,T2,岩見沢駅前,0,SH1\n',
    'shapes.txt':
      'shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\nSH1,43.3358,141.6694,1\nSH1,43.3320,141.6650,2\nSH1,43.2040,141.7590,3\n',
    'stop_times.txt':
      'trip_id,arrival_time,departure_time,stop_id,stop_sequence\n' +
      'T1,07:00:00,07:00:00,S1,1\nT1,07:05:00,07:06:00,S2,2\nT1,07:50:00,07:50:00,S3,3\n' +
      'T2,23:40:00,23:40:00,S1,1\nT2,24:30:00,24:30:00,S3,2\n',
    'calendar.txt':
      'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,20260401,20270331\n',
    'calendar_dates.txt': 'service_id,date,exception_type\nWD,20260429,2\n',
    'feed_info.txt': 'feed_publisher_name,feed_publisher_url,feed_lang\n月形町,https://example.org/,ja\n',
  }
}

export function zipFeed(files: Record<string, string | null>): Promise<Buffer> {
  const zip = new ZipFile()
  for (const [name, text] of Object.entries(files)) if (text !== null) zip.addBuffer(Buffer.from(text, 'utf8'), name)
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.once('end', () => resolve(Buffer.concat(chunks)))
    zip.outputStream.once('error', reject)
  })
}
