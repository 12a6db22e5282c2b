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

/**
 * Generous: about ten requests a second for a minute, which stops floods and not people or the explorer. A service
 * account (the publisher: a nationwide publish is thousands of pages) has a bucket of its own, far larger.
 */
export const DEFAULT_RATE_LIMIT = { max: 600, windowMs: 60_000, serviceMax: 100_000 }

/**
 * Idempotency keys (`Idempotency-Key`, lib/idempotency/): at most this long (printable ASCII, as the IETF draft and
 * Stripe use them, UUIDs fit); a key is remembered this long, then a retry with it writes again.
 */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255
export const IDEMPOTENCY_KEY_RETENTION_HOURS = 24

/**
 * A GraphQL write commits within this long of reaching its subgraph, or is rolled back (DATABASE_WRITE_TIMEOUT_MS).
 * The gateway waits SUBGRAPH_TIMEOUT_MS for a subgraph; lib/config.ts requires that to be longer than this by at least
 * the margin, so a write the gateway has given up on can no longer commit.
 */
export const DEFAULT_WRITE_TIMEOUT_MS = 8000
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000
export const SUBGRAPH_TIMEOUT_MARGIN_MS = 1000

/**
 * JSON request bodies may nest objects/arrays at most this deep (lib/http/json-depth.ts). GraphQL variables of
 * this schema nest a handful of levels; recursive code on 20,000 levels would overflow the stack (a 500).
 */
export const MAX_JSON_NESTING = 64
