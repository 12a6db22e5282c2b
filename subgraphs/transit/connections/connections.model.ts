/** One ride of a journey (keys are `version|id`): the model of JourneyLeg. */
export interface JourneyLegModel {
  tripKey: string
  serviceDate: string
  fromKey: string
  toKey: string
  departure: string
  arrival: string
  walkMeters: number | null
}
/** A way from one town to another, at most one transfer: the model of Journey. */
export interface JourneyModel {
  departure: string
  arrival: string
  durationMinutes: number
  transfers: number
  legs: JourneyLegModel[]
}

/** A journey as the search query returns it: one or two legs, times in seconds after midnight. */
export interface JourneyRow {
  transfers: number
  departure: number
  arrival: number
  leg1VersionId: string
  leg1TripId: string
  leg1ServiceDate: string
  leg1FromStop: string
  leg1ToStop: string
  leg1Departure: number
  leg1Arrival: number
  leg2VersionId: string | null
  leg2TripId: string | null
  leg2ServiceDate: string | null
  leg2FromStop: string | null
  leg2ToStop: string | null
  leg2Departure: number | null
  leg2Arrival: number | null
  walkMeters: number | null
}
