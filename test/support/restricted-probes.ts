import fc from 'fast-check'
import type { SubgraphName } from '../../lib/config.js'
import type { FuzzRequest } from './fuzz-requests.js'

/**
 * Requests that try to read restricted data (DESIGN.md §3; the RESTRICTED fields of subgraphs/ict/schema.graphql:
 * `InformationSystem.contract` — start, annual cost, notes — and `ProcurementGroup.combinedAnnualCostYen`; the
 * audit log, whose before/after hold the same figures) of one town through every path the API offers: the
 * system by id, the town's list, the region matrix, the procurement finder, the audit log, and `_entities` on a
 * subgraph called directly; with fragments, aliases, directives, variables, GET and POST. The fuzz test seeds a
 * recognisable contract on that town first and greps every answer for it.
 */
export interface RestrictedTarget {
  /** The town that owns the seeded contract. */
  town: string
  /** A system of that town carrying the seeded contract. */
  systemId: string
}

interface Probe {
  name: string
  query: string
  variables: Record<string, unknown>
  target?: SubgraphName
}

const contract = 'contract { startsOn annualCostYen notes }'

function gatewayProbes({ town, systemId }: RestrictedTarget): Probe[] {
  return [
    {
      name: 'town list',
      query:
        `query P($code: String!) { municipality(code: $code) { ` +
        `systems(first: 200) { nodes { id ${contract} } } } }`,
      variables: { code: town },
    },
    {
      name: 'system by id, fragment',
      query: `query P($id: ID!) { system(id: $id) { ...C } } fragment C on InformationSystem { ${contract} }`,
      variables: { id: systemId },
    },
    {
      name: 'aliases',
      query: `{ s: system(id: ${JSON.stringify(systemId)}) { c: contract { n: notes y: annualCostYen } } }`,
      variables: {},
    },
    {
      name: 'directives and inline fragment',
      query:
        'query P($id: ID!, $t: Boolean!) { system(id: $id) { contract @include(if: $t) { notes } ' +
        '... on InformationSystem { contract @skip(if: false) { annualCostYen } } } }',
      variables: { id: systemId, t: true },
    },
    {
      name: 'region matrix',
      query: `{ systemMatrix(standardOnly: false) { rows { cells { systems { id ${contract} } } } } }`,
      variables: {},
    },
    {
      name: 'procurement finder',
      query: `{ jointProcurementCandidates(windowMonths: 60) { combinedAnnualCostYen systems { ${contract} } } }`,
      variables: {},
    },
    {
      name: 'audit log of the town',
      query:
        'query P($code: String) { auditLog(municipalityCode: $code, first: 50) { nodes { entityId before after } } }',
      variables: { code: town },
    },
    {
      name: 'audit log (own scope)',
      query: '{ auditLog(first: 50) { nodes { entityId before after } } }',
      variables: {},
    },
  ]
}

/** Subgraphs verify the token themselves and must hide the same data from a caller who skips the gateway. */
function subgraphProbes({ town, systemId }: RestrictedTarget): Probe[] {
  return [
    {
      name: '_entities at the ict subgraph',
      query:
        'query P($r: [_Any!]!) { _entities(representations: $r) { ... on InformationSystem { ' +
        `${contract} } ... on Municipality { systems(first: 200) { nodes { ${contract} } } } } }`,
      variables: {
        r: [
          { __typename: 'InformationSystem', id: systemId },
          { __typename: 'Municipality', code: town },
        ],
      },
      target: 'ict',
    },
    {
      name: 'system by id at the ict subgraph',
      query: `query P($id: ID!) { system(id: $id) { ${contract} } }`,
      variables: { id: systemId },
      target: 'ict',
    },
    {
      name: 'audit log at the agreement subgraph',
      query: 'query P($code: String) { auditLog(municipalityCode: $code) { nodes { before after } } }',
      variables: { code: town },
      target: 'agreement',
    },
  ]
}

/**
 * A restricted probe from `callers` (indexes into the fuzz test's callers: never the owning town's own staff),
 * sent as POST JSON or GET.
 */
export function restrictedRequest(target: RestrictedTarget, callers: readonly number[]): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      probe: fc.constantFrom(...gatewayProbes(target), ...subgraphProbes(target)),
      caller: fc.constantFrom(...callers),
      get: fc.boolean(),
    })
    .map(({ probe, caller, get }): FuzzRequest => {
      const kind = `restricted: ${probe.name}${get ? ' (GET)' : ''}`
      const base = { kind, caller, ...(probe.target ? { target: probe.target } : {}) }
      if (get) {
        const search = new URLSearchParams({ query: probe.query, variables: JSON.stringify(probe.variables) })
        return { ...base, method: 'GET', search: `?${search.toString()}` }
      }
      const body = Buffer.from(JSON.stringify({ query: probe.query, variables: probe.variables }))
      return { ...base, method: 'POST', contentType: 'application/json', body }
    })
}
