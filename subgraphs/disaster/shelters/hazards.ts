/**
 * Each hazard of the standard (the GraphQL enum Hazard) and the boolean column that stores it: one column
 * per 災害種別. The enum's values are this object's keys; the resolvers' generated types check the two agree
 * (arguments of the SDL's Hazard flow in here, results flow back out).
 */
export const HAZARD_COLUMNS = {
  FLOOD: 'hazardFlood',
  LANDSLIDE: 'hazardLandslide',
  STORM_SURGE: 'hazardStormSurge',
  EARTHQUAKE: 'hazardEarthquake',
  TSUNAMI: 'hazardTsunami',
  LARGE_FIRE: 'hazardLargeFire',
  INLAND_FLOOD: 'hazardInlandFlood',
  VOLCANO: 'hazardVolcano',
} as const

export type Hazard = keyof typeof HAZARD_COLUMNS
export type HazardColumn = (typeof HAZARD_COLUMNS)[Hazard]
export const HAZARDS = Object.keys(HAZARD_COLUMNS) as Hazard[]

export function hazardsOf(row: Record<HazardColumn, boolean>): Hazard[] {
  return HAZARDS.filter((hazard) => row[HAZARD_COLUMNS[hazard]])
}

export function hazardColumnsFor(hazards: readonly Hazard[]): Record<HazardColumn, boolean> {
  return Object.fromEntries(HAZARDS.map((hazard) => [HAZARD_COLUMNS[hazard], hazards.includes(hazard)])) as Record<
    HazardColumn,
    boolean
  >
}
