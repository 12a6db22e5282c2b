import { publicQuery, type GatewayClient } from '../gateway-client.js'

const INITIATIVES = publicQuery('{ policyFields { id name initiatives { id number text } } }')

export interface InitiativeRef {
  id: string
  number: number
  text: string
  field: { id: string; name: string }
}

/** Every 取組内容 line of the agreement's 別表, in order. */
export async function agreementInitiatives(gateway: GatewayClient): Promise<InitiativeRef[]> {
  const data = await gateway.query<{
    policyFields: { id: string; name: string; initiatives: Omit<InitiativeRef, 'field'>[] }[]
  }>(INITIATIVES)
  return data.policyFields.flatMap((field) =>
    field.initiatives.map((initiative) => ({ ...initiative, field: { id: field.id, name: field.name } })),
  )
}
