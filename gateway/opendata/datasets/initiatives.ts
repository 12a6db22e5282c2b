import { OpenDataInitiativesDocument, type OpenDataInitiativesQuery } from '../../../codegen/opendata-operations.js'
import type { GatewayClient } from '../gateway-client.js'

type FieldAnswer = OpenDataInitiativesQuery['policyFields'][number]
/** A 取組内容 line with the field it belongs to. */
export type InitiativeRef = FieldAnswer['initiatives'][number] & { field: Pick<FieldAnswer, 'id' | 'name'> }

/** Every 取組内容 line of the agreement's 別表, in order. */
export async function agreementInitiatives(gateway: GatewayClient): Promise<InitiativeRef[]> {
  const data = await gateway.query(OpenDataInitiativesDocument)
  return data.policyFields.flatMap((field) =>
    field.initiatives.map((initiative) => ({ ...initiative, field: { id: field.id, name: field.name } })),
  )
}
