import { ZipFile } from 'yazl'

/**
 * A small valid GTFS-JP 第3版 feed shaped like a town's community bus feed (法人番号 as agency_id,
 * 営業所, fares, readings and English names), as CSV texts by file name; tests change one file to
 * make each variation.
 */
export function sampleFeedFiles(): Record<string, string> {
  return {
    'agency.txt':
      'agency_id,agency_name,agency_url,agency_timezone,agency_lang,agency_phone\n' +
      '8000020014303,月形町営バス,https://example.org/,Asia/Tokyo,ja,0126-53-2321\n',
    'agency_jp.txt':
      'agency_id,agency_official_name,agency_zip_number,agency_address,agency_president_pos,agency_president_name\n' +
      '8000020014303,月形町,0610500,北海道樺戸郡月形町1219番地,町長,上坂隆一\n',
    'stops.txt':
      'stop_id,stop_code,stop_name,stop_lat,stop_lon,zone_id,location_type,platform_code\n' +
      'S1,1,月形町役場前,43.3358,141.6694,Z1,0,\nS2,2,月形駅前,43.3320,141.6650,Z1,0,1\n' +
      'S3,3,岩見沢駅前,43.2040,141.7590,Z2,0,\n',
    'routes.txt':
      'route_id,agency_id,route_short_name,route_long_name,route_type,jp_parent_route_id\n' +
      'R1,8000020014303,1,月形線,3,\n',
    'office_jp.txt':
      'office_id,office_name,office_url,office_phone\nO1,月形営業所,https://example.org/office,0126-53-0000\n',
    'pattern_jp.txt':
      'jp_pattern_id,route_update_date,origin_stop,via_stop,destination_stop\nP1,20260401,月形町役場前,月形駅前,岩見沢駅前\n',
    'trips.txt':
      'route_id,service_id,trip_id,trip_headsign,direction_id,shape_id,jp_office_id,jp_pattern_id\n' +
      'R1,WD,T1,岩見沢駅前,0,SH1,O1,P1\nR1,WD,T2,岩見沢駅前,0,SH1,O1,P1\n',
    'shapes.txt':
      'shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\nSH1,43.3358,' +
      '141.6694,1\nSH1,43.3320,141.6650,2\nSH1,43.2040,141.7590,3\n',
    'stop_times.txt':
      'trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,drop_off_type,timepoint\n' +
      'T1,07:00:00,07:00:00,S1,1,0,0,1\nT1,07:05:00,07:06:00,S2,2,0,0,1\nT1,07:50:00,07:50:00,S3,3,0,0,1\n' +
      'T2,23:40:00,23:40:00,S1,1,0,0,1\nT2,24:30:00,24:30:00,S3,2,0,0,1\n',
    'calendar.txt':
      'service_id,monday,tuesday,wednesday,thursday,friday,saturday,' +
      'sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,20260401,20270331\n',
    'calendar_dates.txt': 'service_id,date,exception_type\nWD,20260429,2\n',
    'fare_attributes.txt':
      'fare_id,price,currency_type,payment_method,transfers,transfer_duration\nF200,200,JPY,0,0,\nF500,500,JPY,0,0,\n',
    'fare_rules.txt': 'fare_id,route_id,origin_id,destination_id,contains_id\nF200,R1,Z1,Z1,\nF500,R1,Z1,Z2,\n',
    'translations.txt':
      'table_name,field_name,language,translation,record_id,record_sub_id,field_value\n' +
      'stops,stop_name,ja-Hrkt,つきがたちょうやくばまえ,S1,,\nstops,stop_name,en,Tsukigata Town Office,S1,,\n' +
      'stops,stop_name,ja-Hrkt,つきがたえきまえ,,,月形駅前\nstops,stop_name,ja-Hrkt,いわみざわえきまえ,,,岩見沢駅前\n' +
      'routes,route_long_name,ja-Hrkt,つきがたせん,R1,,\nroutes,route_long_name,en,Tsukigata Line,R1,,\n' +
      'agency,agency_name,en,Tsukigata Town Bus,8000020014303,,\n',
    'feed_info.txt':
      'feed_publisher_name,feed_publisher_url,feed_lang,feed_start_date,feed_end_date,feed_version\n' +
      '月形町,https://example.org/,ja,20260401,20270331,2026-04\n',
  }
}

/** The same feed in GTFS-JP 第2版 shape: routes_jp.txt instead of pattern_jp, translations in the old form. */
export function legacyFeedFiles(): Record<string, string | null> {
  const files: Record<string, string | null> = { ...sampleFeedFiles() }
  files['pattern_jp.txt'] = null
  files['trips.txt'] =
    'route_id,service_id,trip_id,trip_headsign,direction_id,shape_id,jp_trip_desc,jp_office_id\n' +
    'R1,WD,T1,岩見沢駅前,0,SH1,月形駅経由,O1\nR1,WD,T2,岩見沢駅前,0,SH1,,O1\n'
  files['routes_jp.txt'] =
    'route_id,route_update_date,origin_stop,via_stop,destination_stop\nR1,20190401,月形町役場前,月形駅前,岩見沢駅前\n'
  files['translations.txt'] =
    'trans_id,lang,translation\n月形町役場前,ja-Hrkt,つきがたちょうやくばまえ\n月形町役場前,en,Tsukigata Town Office\n' +
    '月形駅前,ja-Hrkt,つきがたえきまえ\n岩見沢駅前,ja-Hrkt,いわみざわえきまえ\n岩見沢駅前,en,Iwamizawa Station\n' +
    '月形線,ja-Hrkt,つきがたせん\n月形営業所,ja-Hrkt,つきがたえいぎょうしょ\n'
  return files
}

export function zipFeed(files: Record<string, string | Buffer | null>): Promise<Buffer> {
  const zip = new ZipFile()
  for (const [name, text] of Object.entries(files))
    if (text !== null) zip.addBuffer(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, name)
  return zipBytes(zip)
}

/** Ends a zip being built and collects its bytes. */
export function zipBytes(zip: ZipFile): Promise<Buffer> {
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.once('end', () => {
      resolve(Buffer.concat(chunks))
    })
    zip.outputStream.once('error', reject)
  })
}
