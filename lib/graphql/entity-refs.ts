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
