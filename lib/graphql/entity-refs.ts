/**
 * What a subgraph that extends an entity it does not own holds of it: just the key. The owning
 * subgraph (agreement) resolves everything else through the gateway.
 */
export interface MunicipalityRef {
  code: string
}

export interface InitiativeRef {
  id: string
}

/**
 * The models of Municipality and Initiative in the subgraphs that only extend them: codegen's naming
 * convention (scripts/codegen-resolvers-plugin.ts) maps GraphQL type `X` to an export named `XModel`, and
 * falls back to this file when the subgraph has no model of its own.
 */
export type MunicipalityModel = MunicipalityRef
export type InitiativeModel = InitiativeRef
