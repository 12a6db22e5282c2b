import { PARTY_CODES } from '../lib/municipality-code.js'
import type { BenchOperationName } from './operations.js'

/**
 * The floor under each benchmarked operation: ONE hand-written statement that builds the operation's
 * whole `data` object in PostgreSQL (json_build_object / json_agg, returned as text), with the same
 * rules and the same order as the subgraphs. Whatever the gateway spends beyond this is the cost of
 * GraphQL, federation and HTTP hops; the benchmark reports our latency as a multiple of it.
 */
export interface FloorStatement {
  text: string
  values: (variables: Record<string, unknown>) => unknown[]
}

const hhmmss = (seconds: string) =>
  `lpad((${seconds} / 3600)::text, 2, '0') || ':' || lpad((${seconds} % 3600 ` +
  `/ 60)::text, 2, '0') || ':' || lpad((${seconds} % 60)::text, 2, '0')`

const variable = (variables: Record<string, unknown>, name: string) => {
  const value = variables[name]
  if (value === undefined) throw new Error(`variable ${name} is missing`)
  return value
}

export const FLOOR_STATEMENTS: Record<BenchOperationName, FloorStatement> = {
  // subgraphs/disaster/situation: each shelter's latest report, each town's latest status and alerts,
  // the towns in signing order (PARTY_CODES), names from the agreement's municipality table.
  RegionalSituation: {
    text: `
      with latest as (
        select distinct on (r.shelter_id) r.municipality_code, r.is_open, r.evacuees, r.reported_at, s.capacity,
               s.accepts_people_needing_care
        from disaster.shelter_status_report r join disaster.shelter s on s.id = r.shelter_id
        where s.retired_at is null
        order by r.shelter_id, r.reported_at desc, r.id desc
      ), shelters as (
        select municipality_code,
               count(*) filter (where is_open)::int as open_shelters,
               coalesce(sum(evacuees) filter (where is_open), 0)::int as evacuees,
               coalesce(sum(greatest(capacity - evacuees, 0)) filter (where is_open and capacity is not null), 0)::int
                 as remaining_capacity,
               coalesce(sum(greatest(capacity - evacuees, 0))
                 filter (where is_open and capacity is not null and accepts_people_needing_care), 0)::int
                 as remaining_care_capacity,
               max(reported_at) as latest_report_at
        from latest group by municipality_code
      ), status as (
        select distinct on (municipality_code) municipality_code, headquarters_level
        from disaster.response_status order by municipality_code, recorded_at desc, id desc
      ), alerts as (
        select distinct on (municipality_code, area) municipality_code, area, level
        from disaster.evacuation_alert order by municipality_code, area, issued_at desc, id desc
      ), towns as (
        select p.ord, m.code, m.name, coalesce(st.headquarters_level, 'NONE') as headquarters_level,
               coalesce((select json_agg(json_build_object('area', a.area, 'level', a.level) order by a.area)
                         from alerts a where a.municipality_code = p.code and a.level is not null), '[]'::json)
                           as active_alerts,
               (select max(a.level) from alerts a where a.municipality_code = p.code and a.level is not null)
                 as highest_alert_level,
               coalesce(sh.open_shelters, 0) as open_shelters, coalesce(sh.evacuees, 0) as evacuees,
               coalesce(sh.remaining_capacity, 0) as remaining_capacity,
               coalesce(sh.remaining_care_capacity, 0) as remaining_care_capacity, sh.latest_report_at
        from unnest($1::text[]) with ordinality p(code, ord)
        join agreement.municipality m on m.code = p.code
        left join status st on st.municipality_code = p.code
        left join shelters sh on sh.municipality_code = p.code
      )
      select json_build_object('regionalSituation', json_build_object(
        'openShelters', (select coalesce(sum(open_shelters), 0)::int from towns),
        'evacuees', (select coalesce(sum(evacuees), 0)::int from towns),
        'remainingCapacity', (select coalesce(sum(remaining_capacity), 0)::int from towns),
        'remainingCareCapacity', (select coalesce(sum(remaining_care_capacity), 0)::int from towns),
        'towns', (select json_agg(json_build_object(
            'municipality', json_build_object('code', code, 'name', name),
            'headquartersLevel', headquarters_level,
            'highestAlertLevel', highest_alert_level,
            'activeAlerts', active_alerts,
            'openShelters', open_shelters,
            'evacuees', evacuees,
            'remainingCapacity', remaining_capacity,
            'remainingCareCapacity', remaining_care_capacity,
            'latestReportAt', to_char(latest_report_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
              order by ord)
          from towns)))::text as data`,
    values: () => [PARTY_CODES],
  },
  // subgraphs/transit/feeds/departures.repository.ts, with the times formatted as the service does.
  StopDepartures: {
    text: `
      with version as (
        select id from transit.feed_version where operator_id = $1::uuid and status = 'ACTIVE'
      ), days (offset_days, service_date) as (
        values (0, $3::date), (1, $3::date - 1)
      ), running as (
        select d.offset_days, d.service_date, c.service_id
        from days d join transit.gtfs_calendar c on c.feed_version_id = (select id from version)
        where d.service_date between c.start_date and c.end_date and c.weekdays[extract(isodow
          from d.service_date)::int]
        union
        select d.offset_days, d.service_date, x.service_id
        from days d join transit.gtfs_calendar_date x on x.feed_version_id = (select id from version)
        where x.date = d.service_date and x.exception_type = 1
        except
        select d.offset_days, d.service_date, x.service_id
        from days d join transit.gtfs_calendar_date x on x.feed_version_id = (select id from version)
        where x.date = d.service_date and x.exception_type = 2
      ), next as (
        select st.trip_id, r.service_date::text as service_date, st.departure_seconds,
               st.departure_seconds - r.offset_days * 86400 as seconds_after_midnight,
               t.trip_headsign, t.route_id, ro.route_short_name, ro.route_long_name
        from transit.gtfs_stop_time st
        join transit.gtfs_trip t on t.feed_version_id = st.feed_version_id and t.trip_id = st.trip_id
        join running r on r.service_id = t.service_id
        join transit.gtfs_route ro on ro.feed_version_id = t.feed_version_id and ro.route_id = t.route_id
        where st.feed_version_id = (select id from version)
          and st.stop_id = $2
          and st.departure_seconds - r.offset_days * 86400 >= extract(epoch from $4::time)::int
          and st.departure_seconds - r.offset_days * 86400 < 86400
        order by seconds_after_midnight, st.trip_id
        limit $5
      )
      select json_build_object('departures', coalesce(json_agg(json_build_object(
          'tripId', trip_id, 'serviceDate', service_date,
          'serviceTime', ${hhmmss('departure_seconds')}, 'time', ${hhmmss('seconds_after_midnight')},
          'headsign', trip_headsign, 'routeId', route_id, 'routeShortName', route_short_name, 'routeLongName',
            route_long_name)
        order by seconds_after_midnight, trip_id), '[]'::json))::text as data
      from next`,
    values: (v) => [
      variable(v, 'operatorId'),
      variable(v, 'stopId'),
      variable(v, 'date'),
      variable(v, 'after'),
      v['first'] ?? 10,
    ],
  },
  // The initiative of the agreement in force today (Japan), its field, and the first page (50) of each
  // subgraph's records in the subgraphs' order: drills newest first, campaigns and pilots by id.
  InitiativeRecords: {
    text: `
      select json_build_object('initiative', (
        select json_build_object(
          'id', i.id, 'text', i.text, 'field', json_build_object('name', f.name),
          'drills', json_build_object('nodes', coalesce((
            select json_agg(json_build_object(
                'title', d.title, 'heldOn', d.held_on,
                'participants', json_build_object('total', d.staff_participants + d.volunteer_participants +
                  d.resident_participants),
                'host', json_build_object('name', m.name)) order by d.held_on desc, d.id desc)
            from (select * from disaster.drill where initiative_id = i.id order by held_on desc, id desc limit 50) d
            join agreement.municipality m on m.code = d.host_municipality_code), '[]'::json)),
          'promotionCampaigns', json_build_object('nodes', coalesce((
            select json_agg(json_build_object('title', c.title) order by c.id)
            from (select * from transit.promotion_campaign where initiative_id = i.id order by id
              limit 50) c), '[]'::json)),
          'pilots', json_build_object('nodes', coalesce((
            select json_agg(json_build_object('title', p.title, 'status', p.status, 'municipality',
              json_build_object('name', m.name)) order by p.id)
            from (select * from ict.pilot where initiative_id = i.id order by id limit 50) p
            join agreement.municipality m on m.code = p.municipality_code), '[]'::json)))
        from agreement.initiative i
        join agreement.policy_field f on f.agreement_id = i.agreement_id and f.id = i.field_id
        where i.id = $1
          and i.agreement_id = (select id from agreement.agreement
                                where effective_from <= (now() at time zone 'Asia/Tokyo')::date order by version desc
                                  limit 1)))::text as data`,
    values: (v) => [variable(v, 'id')],
  },
}
