/**
 * What a subgraph that extends an entity it does not own holds of it: the key (and, for a municipality, its
 * name where the subgraph provides it). The owning subgraph (agreement) resolves everything else through the gateway.
 */
export interface MunicipalityRef {
  code: string
  /**
   * Where the subgraph `@provides` the name (a drill's host, a board's town, a pilot's town) and the statement that
   * read the row also read the name from agreement.municipality_name; otherwise `Municipality.name` loads it
   * (municipality-names.ts).
   */
  name?: string | null | undefined
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
