import type { Executor } from '../db/database.js'
import { findMunicipalityNames } from '../served-municipalities.js'
import type { MunicipalityRef } from './entity-refs.js'
import { required, rowLoader } from './loaders.js'

/**
 * `Municipality.name` in a subgraph that does not own the municipality but `@provides(fields: "name")` it on some
 * field (disaster's `Drill.host`, ict's `Pilot.municipality`): the gateway then takes the name from that subgraph's
 * answer instead of sending one more fetch to the agreement subgraph after it. The name is public and every
 * subgraph role may read it (agreement.municipality_name). The page statements of those fields read it with the
 * rows (the ref carries it); any other path that returns such a field (a mutation's result, an entity fetch) loads
 * the names of the request's towns here, in one statement.
 */
export function createMunicipalityNameLoader(db: Executor) {
  return rowLoader(
    (codes: readonly string[]) => findMunicipalityNames(db, codes),
    (row) => row.code,
  )
}

export type MunicipalityNameLoader = ReturnType<typeof createMunicipalityNameLoader>

/** The resolver of the provided `Municipality.name`: the name read with the row, else the request's loader. */
export async function municipalityName(municipality: MunicipalityRef, names: MunicipalityNameLoader): Promise<string> {
  if (municipality.name) return municipality.name
  const row = await required(names.load(municipality.code), `served municipality ${municipality.code}`)
  return row.name
}
