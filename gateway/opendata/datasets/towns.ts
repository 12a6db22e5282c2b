import { publicQuery, type GatewayClient } from '../gateway-client.js'

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
