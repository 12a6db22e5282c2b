import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import {
  OpenDataServedTownsDocument,
  OpenDataTownsDocument,
  type OpenDataTownsQuery,
} from '../../../codegen/opendata-operations.js'
import type { Connection, GatewayClient } from '../gateway-client.js'

export type Town = OpenDataTownsQuery['municipalities'][number]

/** The agreement's parties in signing order: whose consent an amendment needs. */
export async function partyTowns(gateway: GatewayClient): Promise<Town[]> {
  return (await gateway.query(OpenDataTownsDocument)).municipalities
}

/**
 * Every town the platform serves, page after page: the parties in signing order, then the towns of the other 圏域
 * by code (the nine parties in the sample, up to 1,741 nationwide). Datasets of towns' records walk these.
 */
export async function servedTowns(gateway: GatewayClient): Promise<Town[]> {
  const towns: Town[] = []
  for await (const town of gateway.paginate(OpenDataServedTownsDocument, {}, (data) => data.servedMunicipalities))
    towns.push(town)
  return towns
}

/** `1` where a flag applies, empty otherwise: the 自治体標準 convention. */
export const flag = (value: boolean) => (value ? '1' : '')

/** Every node of a per-town connection query (`$code`), town after town, page after page. */
export async function* eachTown<TData, TVariables extends { code: string }, TNode>(
  gateway: GatewayClient,
  document: TypedDocumentNode<TData, TVariables>,
  connectionOf: (data: TData) => Connection<TNode> | null | undefined,
): AsyncGenerator<TNode> {
  for (const town of await servedTowns(gateway)) {
    const variables = { code: town.code } as Omit<TVariables, 'first' | 'after'>
    yield* gateway.paginate(document, variables, connectionOf)
  }
}
