/**
 * Default security limits, in a module of their own without dependencies: lib/config.ts reads them
 * for its defaults without loading the libraries that enforce them (graphql-armor, the rate limiter).
 */

/**
 * Static limits on a GraphQL document, checked before anything is planned or executed, so one
 * request cannot make the gateway (or a subgraph called directly) do unbounded work.
 */
export interface QueryLimits {
  /** Nested selection depth (introspection is exempt: the explorer's schema query is deep by nature). */
  depth: number
  /** Aliased fields per operation: aliases multiply one field into many resolver calls. */
  aliases: number
  /** Directives per operation (`@include(if:)` repeated thousands of times is a known DoS). */
  directives: number
  /** Lexer tokens per document: bounds parsing work before any validation runs. */
  tokens: number
  /** graphql-armor's static cost (objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last` page size). */
  cost: number
}

/**
 * Far above every operation of the explorer and of test/operations/ (the largest: depth 6, cost ~200). The cost
 * multiplies by a literal page size, so it must fit the documented pages: a page of `first: 200` shelters with
 * their town is ~6,100; pages nested in pages (200 × 200) stay far over.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { depth: 10, aliases: 30, directives: 30, tokens: 2000, cost: 10_000 }

/** Generous: about ten requests a second for a minute, which stops floods and not people or the explorer. */
export const DEFAULT_RATE_LIMIT = { max: 600, windowMs: 60_000 }
