import { publicQuery, type Connection, type GatewayClient } from '../gateway-client.js'

const TOWNS = publicQuery('{ municipalities { code name } }')

export interface Town {
  code: string
  name: string
}

/** The nine party towns in the agreement's order: datasets walk them one by one. */
export async function partyTowns(gateway: GatewayClient): Promise<Town[]> {
  const data = await gateway.query<{ municipalities: Town[] }>(TOWNS)
  return data.municipalities
}

/** `1` where a flag applies, empty otherwise: the 自治体標準 convention. */
export const flag = (value: boolean) => (value ? '1' : '')

/** Every node of a per-town connection query (`$code`), town after town, page after page. */
export async function* eachTown<T>(
  gateway: GatewayClient,
  query: string,
  connectionOf: (data: never) => Connection<T>,
): AsyncGenerator<T> {
  for (const town of await partyTowns(gateway)) yield* gateway.paginate<T>(query, { code: town.code }, connectionOf)
}
