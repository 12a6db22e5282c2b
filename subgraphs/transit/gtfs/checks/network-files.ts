import { readTable, type FeedReadContext } from '../feed-reader.js'
import { isCoordinate, isRouteType } from '../gtfs-values.js'
import { checkUnique, fieldReader, isHttpUrl, isOneOf, type FeedState } from './feed-state.js'

/** agency.txt: ids, URLs; names are remembered for GTFS-JP 第2版 translations. */
export async function checkAgencies(ctx: FeedReadContext, state: FeedState) {
  await readTable(ctx, 'agency.txt', (records, table) => {
    const read = fieldReader(table, ['agency_id', 'agency_url', 'agency_name'])
    for (const record of records) {
      const v = read(record)
      state.agencyRows++
      state.names.add(v.agency_name)
      if (v.agency_id) checkUnique(ctx.log, 'agency.txt', state.agencies, v.agency_id, record.line, 'agency_id')
      if (!isHttpUrl(v.agency_url)) ctx.log.error('agency.txt', record.line, 'agency_url must be an http(s) URL')
    }
  })
}

/** stops.txt: ids, coordinates, enumerations; parents are resolved once every stop is known. */
export async function checkStops(ctx: FeedReadContext, state: FeedState) {
  const parents: { line: number; id: string }[] = []
  const file = 'stops.txt'
  await readTable(ctx, file, (records, table) => {
    const read = fieldReader(table, [
      'stop_id',
      'stop_name',
      'stop_lat',
      'stop_lon',
      'zone_id',
      'parent_station',
      'location_type',
      'wheelchair_boarding',
    ])
    for (const record of records) {
      const v = read(record)
      checkUnique(ctx.log, file, state.stops, v.stop_id, record.line, 'stop_id')
      state.names.add(v.stop_name)
      if (v.zone_id) state.zones.add(v.zone_id)
      if (v.parent_station) parents.push({ line: record.line, id: v.parent_station })
      if (!isOneOf(v.location_type, ['0', '1', '2', '3', '4']))
        ctx.log.error(file, record.line, `location_type ${JSON.stringify(v.location_type)} must be 0–4`)
      if (!isOneOf(v.wheelchair_boarding, ['0', '1', '2']))
        ctx.log.error(file, record.line, `wheelchair_boarding ${JSON.stringify(v.wheelchair_boarding)} must be 0–2`)
      if (!isCoordinate(v.stop_lat, 90) || !isCoordinate(v.stop_lon, 180))
        ctx.log.error(file, record.line, `stop_lat/stop_lon out of range: ${v.stop_lat}, ${v.stop_lon}`)
      else if (Number(v.stop_lat) === 0 && Number(v.stop_lon) === 0) ctx.log.warning(file, record.line, 'stop at 0,0')
    }
  })
  for (const parent of parents)
    if (!state.stops.has(parent.id))
      ctx.log.error(file, parent.line, `parent_station ${JSON.stringify(parent.id)} is not in stops.txt`)
}

/** shapes.txt: coordinates and a strictly increasing sequence within each shape. */
export async function checkShapes(ctx: FeedReadContext, state: FeedState) {
  const file = 'shapes.txt'
  await readTable(ctx, file, (records, table) => {
    const read = fieldReader(table, [
      'shape_id',
      'shape_pt_lat',
      'shape_pt_lon',
      'shape_pt_sequence',
      'shape_dist_traveled',
    ])
    for (const record of records) {
      const v = read(record)
      if (!isCoordinate(v.shape_pt_lat, 90) || !isCoordinate(v.shape_pt_lon, 180))
        ctx.log.error(file, record.line, `shape_pt_lat/shape_pt_lon out of range: ${v.shape_pt_lat}, ${v.shape_pt_lon}`)
      if (!/^\d+$/.test(v.shape_pt_sequence))
        ctx.log.error(file, record.line, 'shape_pt_sequence must be a non-negative integer')
      if (v.shape_dist_traveled && !Number.isFinite(Number(v.shape_dist_traveled)))
        ctx.log.error(file, record.line, 'shape_dist_traveled must be a number')
      const previous = state.shapes.get(v.shape_id)
      if (previous !== undefined && Number(v.shape_pt_sequence) <= previous)
        ctx.log.error(
          file,
          record.line,
          `shape_pt_sequence ${v.shape_pt_sequence} does not increase within shape ${v.shape_id}`,
        )
      state.shapes.set(v.shape_id, Number(v.shape_pt_sequence))
    }
  })
}

/** routes.txt: ids, route types, names, and the agency of each route. */
export async function checkRoutes(ctx: FeedReadContext, state: FeedState) {
  const file = 'routes.txt'
  await readTable(ctx, file, (records, table) => {
    const read = fieldReader(table, ['route_id', 'route_type', 'route_short_name', 'route_long_name', 'agency_id'])
    for (const record of records) {
      const v = read(record)
      checkUnique(ctx.log, file, state.routes, v.route_id, record.line, 'route_id')
      state.names.add(v.route_short_name).add(v.route_long_name)
      if (!isRouteType(v.route_type))
        ctx.log.error(file, record.line, `route_type ${JSON.stringify(v.route_type)} is not a GTFS route type`)
      if (!v.route_short_name && !v.route_long_name)
        ctx.log.error(file, record.line, 'route_short_name or route_long_name is required')
      if (v.agency_id ? !state.agencies.has(v.agency_id) : state.agencyRows > 1)
        ctx.log.error(
          file,
          record.line,
          v.agency_id
            ? `agency_id ${JSON.stringify(v.agency_id)} is not in agency.txt`
            : 'agency_id is required when agency.txt has several agencies',
        )
    }
  })
}
