/** Rows of the ACTIVE feeds' timetable, read with raw SQL (keys are `version|id`, see feed-keys.ts). */

/** A stop of an active feed, with its operator and town: the model of BusStop. */
export interface BusStopModel {
  feedVersionId: string
  stopId: string
  stopName: string
  stopLat: number
  stopLon: number
  stopCode: string | null
  platformCode: string | null
  operatorId: string
  municipalityCode: string | null
}
/** A route of an active feed: the model of BusRoute. */
export interface BusRouteModel {
  feedVersionId: string
  routeId: string
  agencyId: string | null
  routeShortName: string | null
  routeLongName: string | null
  routeType: number
  routeColor: string | null
  routeTextColor: string | null
  routeUrl: string | null
  operatorId: string
}
/** A trip of an active feed: the model of Trip. */
export interface TripModel {
  feedVersionId: string
  tripId: string
  routeId: string
  serviceId: string
  tripHeadsign: string | null
  tripShortName: string | null
  directionId: number | null
  shapeId: string | null
}
/** A trip's call at a stop (times in seconds after midnight, past 24:00 allowed): the model of StopTime. */
export interface StopTimeModel {
  feedVersionId: string
  tripId: string
  stopSequence: number
  stopId: string
  arrivalSeconds: number | null
  departureSeconds: number | null
  stopHeadsign: string | null
  pickupType: number | null
  dropOffType: number | null
}
/** The distinct stop sequences of a route's trips: the model of RoutePattern. */
export interface RoutePatternModel {
  feedVersionId: string
  routeId: string
  stopIds: string[]
  directionId: number | null
  shapeId: string | null
  tripIds: string[]
}
/** One point of a shape, in sequence. */
export interface ShapePointRow {
  feedVersionId: string
  shapeId: string
  latitude: number
  longitude: number
}

/** A shape's points in sequence: the model of Shape. */
export interface ShapeModel {
  shapeId: string
  points: { latitude: number; longitude: number }[]
}
/** A stop and how far it is from the point asked about: the model of NearbyStop. */
export interface NearbyStopModel {
  stop: BusStopModel
  distanceMeters: number
}
