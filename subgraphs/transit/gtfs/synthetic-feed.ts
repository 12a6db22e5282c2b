import { createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ZipFile } from 'yazl'

export interface SyntheticFeedSize {
  routes: number
  tripsPerRoute: number
  stopsPerRoute: number
}

const stopId = (route: number, index: number) => `R${route}S${index}`

/** Seconds after midnight as GTFS's HH:MM:SS (hours past 24 for trips running after midnight). */
const time = (seconds: number) =>
  [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60]
    .map((part) => String(part).padStart(2, '0'))
    .join(':')

function* agency(): Generator<string> {
  yield 'agency_id,agency_name,agency_url,agency_timezone,agency_lang'
  yield 'SYN,合成データ交通（ベンチマーク用）,https://example.org/synthetic/,Asia/Tokyo,ja'
}

function* stops(size: SyntheticFeedSize): Generator<string> {
  yield 'stop_id,stop_name,stop_lat,stop_lon'
  for (let route = 1; route <= size.routes; route++) {
    for (let index = 1; index <= size.stopsPerRoute; index++) {
      const lat = 43.0 + ((route * 37) % 400) / 1000 + index * 0.0005
      const lon = 141.6 + ((route * 53) % 400) / 1000 + index * 0.0005
      yield `${stopId(route, index)},合成停留所${route}-${index},${lat.toFixed(6)},${lon.toFixed(6)}`
    }
  }
}

function* routes(size: SyntheticFeedSize): Generator<string> {
  yield 'route_id,agency_id,route_short_name,route_long_name,route_type'
  for (let route = 1; route <= size.routes; route++) yield `R${route},SYN,${route},合成路線${route},3`
}

function* trips(size: SyntheticFeedSize): Generator<string> {
  yield 'route_id,service_id,trip_id,trip_headsign,direction_id'
  for (let route = 1; route <= size.routes; route++) {
    for (let trip = 1; trip <= size.tripsPerRoute; trip++)
      yield `R${route},WD,R${route}T${trip},合成停留所${route}-${size.stopsPerRoute},0`
  }
}

/** Trips leave every few minutes from 05:00 (spread over 20 hours, at least a minute apart), two minutes a stop. */
function* stopTimes(size: SyntheticFeedSize): Generator<string> {
  const headway = Math.max(60, Math.floor((20 * 3600) / size.tripsPerRoute))
  yield 'trip_id,arrival_time,departure_time,stop_id,stop_sequence'
  for (let route = 1; route <= size.routes; route++) {
    for (let trip = 1; trip <= size.tripsPerRoute; trip++) {
      const start = 5 * 3600 + (trip - 1) * headway
      for (let index = 1; index <= size.stopsPerRoute; index++) {
        const at = time(start + (index - 1) * 120)
        yield `R${route}T${trip},${at},${at},${stopId(route, index)},${index}`
      }
    }
  }
}

function* calendar(): Generator<string> {
  yield 'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date'
  yield 'WD,1,1,1,1,1,0,0,20260401,20270331'
}

function* feedInfo(): Generator<string> {
  yield 'feed_publisher_name,feed_publisher_url,feed_lang,feed_version'
  yield '合成データ（ベンチマーク用）,https://example.org/synthetic/,ja,synthetic'
}

/** The feed's files in the order they are zipped, each a generator of its lines. */
const FEED_FILES: readonly [name: string, lines: (size: SyntheticFeedSize) => Generator<string>][] = [
  ['agency.txt', agency],
  ['stops.txt', stops],
  ['routes.txt', routes],
  ['trips.txt', trips],
  ['stop_times.txt', stopTimes],
  ['calendar.txt', calendar],
  ['feed_info.txt', feedInfo],
]

/**
 * A file's lines as a byte stream in chunks of about 64 KiB, each line ended by a newline. Not one chunk
 * per line: every chunk passes through four of yazl's streams and is a deflate call of its own, so a line
 * a chunk made the 5M stop_times feed take ~60 s instead of ~6 s, and twice the writing stalled part-way
 * (nothing pending, the zip never finished: the bench hung, a script exited silently).
 */
const text = (lines: Generator<string>) =>
  Readable.from(
    (function* () {
      let chunk = ''
      for (const line of lines) {
        chunk += `${line}\n`
        if (chunk.length >= 65_536) {
          yield Buffer.from(chunk)
          chunk = ''
        }
      }
      if (chunk) yield Buffer.from(chunk)
    })(),
    { objectMode: false },
  )

/**
 * A deterministic GTFS-JP feed of any size, written as a zip without ever holding a file in memory
 * (each file is a generator piped into the zip): for benchmarks and scale data. Each route has its
 * own line of stops across the 南空知 area; trips leave every few minutes from 05:00, the last ones
 * running past midnight. Marked as synthetic in agency and feed_info.
 */
export async function writeSyntheticFeed(path: string, size: SyntheticFeedSize): Promise<{ stopTimes: number }> {
  const zip = new ZipFile()
  for (const [name, lines] of FEED_FILES) zip.addReadStream(text(lines(size)), name)
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(path))
  return { stopTimes: size.routes * size.tripsPerRoute * size.stopsPerRoute }
}
