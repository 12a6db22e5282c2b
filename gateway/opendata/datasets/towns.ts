import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { OpenDataTownsDocument, type OpenDataTownsQuery } from '../../../codegen/opendata-operations.js'
import type { Connection, GatewayClient } from '../gateway-client.js'

export type Town = OpenDataTownsQuery['municipalities'][number]

/** The nine party towns in the agreement's order: datasets walk them one by one. */
export async function partyTowns(gateway: GatewayClient): Promise<Town[]> {
  return (await gateway.query(OpenDataTownsDocument)).municipalities
}

/** `1` where a flag applies, empty otherwise: the 自治体標準 convention. */
export const flag = (value: boolean) => (value ? '1' : '')

/** Every node of a per-town connection query (`$code`), town after town, page after page. */
export async function* eachTown<TData, TVariables extends { code: string }, TNode>(
  gateway: GatewayClient,
  document: TypedDocumentNode<TData, TVariables>,
  connectionOf: (data: TData) => Connection<TNode> | null | undefined,
): AsyncGenerator<TNode> {
  for (const town of await partyTowns(gateway)) {
    const variables = { code: town.code } as Omit<TVariables, 'first' | 'after'>
    yield* gateway.paginate(document, variables, connectionOf)
  }
}
