import { useServedTowns } from '../../gateway/opendata/serve/towns.js'
import { readMunicipalities } from '../../subgraphs/agreement/seed/load-agreement.js'

/**
 * A portal served without a gateway (test/support/opendata-fixture.ts) reads no served towns: it is given the nine
 * of the sample seed, in signing order, as the gateway would read them from the agreement subgraph.
 */
export async function useSampleTowns(): Promise<void> {
  useServedTowns((await readMunicipalities()).map((row) => ({ ...row, party: true })))
}
