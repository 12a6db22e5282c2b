import { badUserInput } from '../../../lib/errors.js'
import { argumentInRange } from '../../../lib/graphql/input.js'
import { fieldRules } from '../../../lib/rules/field-rules.js'
import { isValidMunicipalityCode, municipalityCodeMessage } from '../../../lib/municipality-code.js'
import { assertServedMunicipalities } from '../../../lib/served-municipalities.js'
import type { TransitContext } from '../context.js'
import { formatSeconds, parseTimeOfDay } from '../feeds/departures.service.js'
import { feedKey } from '../timetable/feed-keys.js'
import type { JourneyLegModel, JourneyModel, JourneyRow } from './connections.model.js'
import { findJourneys, findRoutesServing } from './connections.repository.js'

/** Journeys leaving within this many minutes after `after` unless asked otherwise: "the next" ones. */
const DEFAULT_WINDOW_MINUTES = 6 * 60

export interface ConnectionArgs {
  fromMunicipalityCode: string
  toMunicipalityCode: string
  date: string
  after: string
  within?: number | null
  first?: number | null
  maxTransfers?: number | null
  walkingMeters?: number | null
  minTransferMinutes?: number | null
}

function town(code: string, field: string) {
  if (!isValidMunicipalityCode(code)) throw badUserInput(`${field} ${municipalityCodeMessage(code)}`, { field })
  return code
}

function toJourney(row: JourneyRow): JourneyModel {
  const legs: JourneyLegModel[] = [
    {
      tripKey: feedKey(row.leg1VersionId, row.leg1TripId),
      serviceDate: row.leg1ServiceDate,
      fromKey: feedKey(row.leg1VersionId, row.leg1FromStop),
      toKey: feedKey(row.leg1VersionId, row.leg1ToStop),
      departure: formatSeconds(row.leg1Departure),
      arrival: formatSeconds(row.leg1Arrival),
      walkMeters: null,
    },
  ]
  if (row.leg2VersionId && row.leg2TripId && row.leg2FromStop && row.leg2ToStop && row.leg2ServiceDate) {
    legs.push({
      tripKey: feedKey(row.leg2VersionId, row.leg2TripId),
      serviceDate: row.leg2ServiceDate,
      fromKey: feedKey(row.leg2VersionId, row.leg2FromStop),
      toKey: feedKey(row.leg2VersionId, row.leg2ToStop),
      departure: formatSeconds(row.leg2Departure ?? 0),
      arrival: formatSeconds(row.leg2Arrival ?? 0),
      walkMeters: row.walkMeters,
    })
  }
  return {
    departure: formatSeconds(row.departure),
    arrival: formatSeconds(row.arrival),
    durationMinutes: Math.round((row.arrival - row.departure) / 60),
    transfers: row.transfers,
    legs,
  }
}

export async function connections(ctx: TransitContext, args: ConnectionArgs) {
  const from = town(args.fromMunicipalityCode, 'fromMunicipalityCode')
  const to = town(args.toMunicipalityCode, 'toMunicipalityCode')
  if (from === to)
    throw badUserInput('fromMunicipalityCode and toMunicipalityCode must differ.', { field: 'toMunicipalityCode' })
  if (!fieldRules.isoDate.safeParse(args.date).success)
    throw badUserInput('date must be YYYY-MM-DD.', { field: 'date' })
  await assertServedMunicipalities(ctx.db, [from], 'fromMunicipalityCode')
  await assertServedMunicipalities(ctx.db, [to], 'toMunicipalityCode')
  const search = {
    from,
    to,
    date: args.date,
    after: parseTimeOfDay(args.after, 'after'),
    // The window bounds the search too: a day at most.
    windowSeconds: argumentInRange(args.within ?? DEFAULT_WINDOW_MINUTES, 'within', 1, 24 * 60) * 60,
    limit: argumentInRange(args.first ?? 5, 'first', 1, 20),
    maxTransfers: argumentInRange(args.maxTransfers ?? 1, 'maxTransfers', 0, 1),
    walkingMeters: argumentInRange(args.walkingMeters ?? 300, 'walkingMeters', 0, 1000),
    minTransferSeconds: argumentInRange(args.minTransferMinutes ?? 3, 'minTransferMinutes', 0, 60) * 60,
  }
  const [journeys, routes] = await Promise.all([findJourneys(ctx.db, search), findRoutesServing(ctx.db, from, to)])
  return {
    routes: await Promise.all(
      routes.map((route) => ctx.loaders.routeByKey.load(feedKey(route.feedVersionId, route.routeId))),
    ).then((rows) => rows.filter((row) => row !== null)),
    journeys: journeys.map(toJourney),
  }
}
