import type { Clock } from './business-date.js'
import { parseNetworks, type AddressPolicy } from './http/address-policy.js'
import { z } from 'zod'
import { DEFAULT_FEED_IMPORT_LIMITS, type FeedImportLimits } from './feed-import-limits.js'
import {
  DEFAULT_QUERY_LIMITS,
  DEFAULT_RATE_LIMIT,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  DEFAULT_WRITE_TIMEOUT_MS,
  SUBGRAPH_TIMEOUT_MARGIN_MS,
  type QueryLimits,
} from './limits.js'
import { parseAllowedOrigins } from './http/cors-origins.js'

/**
 * Every environment variable the platform reads, validated once at start-up.
 * Nothing else in the code base reads `process.env`: entry points call `loadConfig()` and pass
 * the parts they need down. `.env.example` and the table in docs/operations.md mirror this schema.
 */

const DEV_JWT_SECRET = 'dev-only-secret-never-use-in-production-0123456789'

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback)
/** A comma-separated origin list (parseAllowedOrigins), empty by default; checked when the config is loaded. */
const originList = z
  .string()
  .default('')
  .refine((value) => {
    try {
      parseAllowedOrigins(value)
      return true
    } catch {
      return false
    }
  }, 'must be comma-separated origins such as https://town.example.jp')

const optionalUrl = z
  .url()
  .optional()
  .or(z.literal('').transform(() => undefined))

/** A password from the environment; empty means "not given" (compose passes unset variables as ''). */
const optionalSecret = z
  .string()
  .optional()
  .transform((value) => (value ? value : undefined))

const limit = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback)

const DURATION_UNITS_MS: Record<string, number> = {
  '': 1,
  ms: 1,
  s: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
}
/** `60000` (milliseconds), `30 s`, `1 minute`, `2 hours` → milliseconds. */
const duration = z
  .string()
  .transform((value, ctx) => {
    const match = /^\s*(\d+)\s*([a-z]*)\s*$/.exec(value)
    const factor = match ? DURATION_UNITS_MS[match[2] ?? ''] : undefined
    if (!match || factor === undefined) {
      ctx.addIssue({ code: 'custom', message: 'must be milliseconds or a duration such as "1 minute" or "30 s"' })
      return z.NEVER
    }
    return Number(match[1]) * factor
  })
  .refine((ms) => ms >= 1000, 'must be at least 1 second')

const DEFAULT_TOKEN_MAX_LIFETIME_MS = 24 * 3_600_000

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    HOST: z.string().min(1).default('127.0.0.1'),
    /** The gateway's port under `npm start`; a standalone subgraph or gateway process listens on it too. */
    PORT: z.coerce.number().int().min(0).max(65535).optional(),
    DATABASE_URL: optionalUrl,
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    // `npm run migrate` sets these as the login roles' passwords (deployments: compose, Kubernetes secrets).
    AGREEMENT_DB_PASSWORD: optionalSecret,
    DISASTER_DB_PASSWORD: optionalSecret,
    TRANSIT_DB_PASSWORD: optionalSecret,
    ICT_DB_PASSWORD: optionalSecret,
    GATEWAY_DB_PASSWORD: optionalSecret,
    EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
    EMBEDDED_PG_PORT: port(0),
    SEED_SAMPLE_DATA: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    AGREEMENT_PORT: port(0),
    DISASTER_PORT: port(0),
    TRANSIT_PORT: port(0),
    ICT_PORT: port(0),
    AGREEMENT_URL: optionalUrl,
    DISASTER_URL: optionalUrl,
    TRANSIT_URL: optionalUrl,
    ICT_URL: optionalUrl,
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_JWKS_URL: optionalUrl,
    JWT_ISSUER: z.string().min(1).default('minamisorachi-federation'),
    JWT_AUDIENCE: z.string().min(1).default('minamisorachi-api'),
    // Longest lifetime of an accepted token: `exp` further ahead is refused (401), whoever signed it.
    TOKEN_MAX_LIFETIME: duration.default(DEFAULT_TOKEN_MAX_LIFETIME_MS),
    // Only the operations of codegen/persisted-operations.json run at the gateway (built by `npm run codegen`).
    PERSISTED_OPERATIONS_ONLY: z
      .enum(['0', '1', 'true', 'false'])
      .default('0')
      .transform((v) => v === '1' || v === 'true'),
    GRAPHQL_INTROSPECTION: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    // Read by scripts/start.ts before the configuration is loaded (loading it is part of what the bundle saves);
    // listed here so that a misspelt value is refused.
    START_BUNDLE: z.enum(['on', 'off']).default('on'),
    REQUEST_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    // Streamed feed uploads (PUT /transit/feeds/:operatorId) go to a temporary file, not memory.
    FEED_UPLOAD_LIMIT_BYTES: z.coerce.number().int().min(1024).default(536_870_912),
    // Where the transit subgraph keeps the regional GTFS-JP feed as last built (one file per transit version, the
    // newest two): a GET of a version already built is a file read.
    REGIONAL_FEED_CACHE_DIR: z.string().min(1).default('.data/regional-feed'),
    // GTFS feed imports (lib/feed-import-limits.ts): records, rows, zip bombs, imports at once per town.
    GTFS_MAX_RECORD_CHARS: limit(1024, 16_777_216, DEFAULT_FEED_IMPORT_LIMITS.maxRecordChars),
    GTFS_MAX_FIELD_CHARS: limit(256, 16_777_216, DEFAULT_FEED_IMPORT_LIMITS.maxFieldChars),
    GTFS_MAX_ROWS_PER_FILE: limit(1, 1_000_000_000, DEFAULT_FEED_IMPORT_LIMITS.maxRowsPerFile),
    GTFS_MAX_ZIP_ENTRIES: limit(1, 100_000, DEFAULT_FEED_IMPORT_LIMITS.maxEntries),
    GTFS_MAX_ENTRY_BYTES: limit(1024, Number.MAX_SAFE_INTEGER, DEFAULT_FEED_IMPORT_LIMITS.maxEntryBytes),
    GTFS_MAX_UNCOMPRESSED_BYTES: limit(1024, Number.MAX_SAFE_INTEGER, DEFAULT_FEED_IMPORT_LIMITS.maxArchiveBytes),
    GTFS_MAX_COMPRESSION_RATIO: limit(2, 100_000, DEFAULT_FEED_IMPORT_LIMITS.maxCompressionRatio),
    GTFS_MAX_CONCURRENT_IMPORTS: limit(1, 1000, DEFAULT_FEED_IMPORT_LIMITS.maxConcurrentPerTown),
    // Webhooks (gateway/events/webhooks): private networks webhook URLs may reach (CIDR list; default none: public
    // addresses only, the SSRF guard), one attempt's limit, and attempts before a delivery is given up.
    WEBHOOK_ALLOWED_NETWORKS: z
      .string()
      .default('')
      .refine(
        (value) => {
          try {
            parseNetworks(value)
            return true
          } catch {
            return false
          }
        },
        { error: 'must be comma-separated networks in CIDR notation such as 10.0.0.0/8' },
      ),
    WEBHOOK_TIMEOUT_MS: limit(100, 120_000, 10_000),
    WEBHOOK_MAX_ATTEMPTS: limit(1, 50, 12),
    // Open data (gateway/opendata): the folder the publisher writes releases to, and the public origin of catalog
    // links.
    OPENDATA_DIR: z.string().min(1).default('.data/opendata'),
    // `npm start` publishes a first open-data release in the background when there is none yet.
    OPENDATA_PUBLISH_ON_START: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    PUBLIC_BASE_URL: optionalUrl,
    // Without PUBLIC_BASE_URL, answers link absolutely only for these Host values (`host` or `host:port`);
    // any other Host gets relative links, so a forged Host header can never end up in a cached answer.
    PUBLIC_HOST_ALLOWLIST: z.string().default('localhost,127.0.0.1,[::1]'),
    // Origins whose pages may send a token to /graphql (comma-separated); anonymous reads are open to every origin.
    CORS_ALLOWED_ORIGINS: originList,
    // Pages of other origins that may frame /embed/* (CSP frame-ancestors); empty: every origin. Other routes: none.
    EMBED_ALLOWED_ORIGINS: originList,
    // Map tiles (gateway/maps): an XYZ template on http(s); the map pages' CSP allows images from its host only.
    MAP_TILE_URL: z
      .url()
      .refine((value) => /^https?:/.test(value) && value.includes('{z}'), 'must be an http(s) URL with {z}/{x}/{y}')
      .default('https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png'),
    MAP_TILE_ATTRIBUTION: z
      .string()
      .min(1)
      .default('<a href="https://maps.gsi.go.jp/development/ichiran.html">地理院タイル</a>'),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_SUBGRAPH_TIMEOUT_MS),
    // A GraphQL write commits within this long or is rolled back by PostgreSQL; must stay under SUBGRAPH_TIMEOUT_MS.
    DATABASE_WRITE_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(DEFAULT_WRITE_TIMEOUT_MS),
    // Query limits, enforced by lib/graphql/query-limits.ts (defaults and reasons: lib/limits.ts).
    GRAPHQL_MAX_DEPTH: limit(1, 100, DEFAULT_QUERY_LIMITS.depth),
    GRAPHQL_MAX_ALIASES: limit(0, 1000, DEFAULT_QUERY_LIMITS.aliases),
    GRAPHQL_MAX_DIRECTIVES: limit(0, 1000, DEFAULT_QUERY_LIMITS.directives),
    GRAPHQL_MAX_TOKENS: limit(50, 100_000, DEFAULT_QUERY_LIMITS.tokens),
    GRAPHQL_MAX_COST: limit(10, 1_000_000, DEFAULT_QUERY_LIMITS.cost),
    // Rate limit at the gateway (lib/http/rate-limit.ts); generous, it only stops floods.
    RATE_LIMIT_MAX: limit(0, 1_000_000, DEFAULT_RATE_LIMIT.max), // 0 = off
    RATE_LIMIT_WINDOW: duration.default(DEFAULT_RATE_LIMIT.windowMs),
    // A service account's own bucket (the open-data publisher's thousands of pages never meet RATE_LIMIT_MAX).
    RATE_LIMIT_SERVICE_MAX: limit(1, 10_000_000, DEFAULT_RATE_LIMIT.serviceMax),
    // The publisher's service-account token when tokens come from an identity provider (JWT_JWKS_URL);
    // with JWT_SECRET the platform mints a short-lived one itself (lib/auth/service-tokens.ts).
    PUBLISHER_TOKEN: z
      .string()
      .optional()
      .transform((value) => value || undefined), // empty (as in .env.example) = unset
    // The gateway's cache of anonymous reads (gateway/response-cache): checked against the database's
    // data versions on every request, so it is never stale; `off` runs every query through the subgraphs.
    RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
    RESPONSE_CACHE_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(0)
      .default(64 * 1024 * 1024),
    // max-age of anonymous GET answers for browsers and CDNs; 0 = they store but revalidate (ETag) each time.
    HTTP_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(0),
    // Identical anonymous subgraph queries in flight at once are sent once (gateway/subgraph-fetch), never
    // sharing a fetch that started before the request arrived; `off` sends every fetch.
    SUBGRAPH_DEDUP: z
      .enum(['on', 'off'])
      .default('on')
      .transform((value) => value === 'on'),
  })
  .transform((env) => ({
    ...env,
    // A development secret keeps `npm start` a one-command experience; production must bring its own.
    JWT_SECRET: env.JWT_SECRET ?? (env.NODE_ENV === 'production' || env.JWT_JWKS_URL ? undefined : DEV_JWT_SECRET),
  }))
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET && !env.JWT_JWKS_URL) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'set JWT_SECRET or JWT_JWKS_URL in production' })
    }
    // Otherwise the gateway could report a write as failed (timed out) that the subgraph commits a moment later.
    if (env.SUBGRAPH_TIMEOUT_MS < env.DATABASE_WRITE_TIMEOUT_MS + SUBGRAPH_TIMEOUT_MARGIN_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['SUBGRAPH_TIMEOUT_MS'],
        message:
          `must be at least DATABASE_WRITE_TIMEOUT_MS (${env.DATABASE_WRITE_TIMEOUT_MS}) ` +
          `+ ${SUBGRAPH_TIMEOUT_MARGIN_MS} ms, so a write the gateway gives up on can no longer commit`,
      })
    }
  })

export type Config = z.output<typeof configSchema>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`)
  }
  return parsed.data
}

export const SUBGRAPH_NAMES = ['agreement', 'disaster', 'transit', 'ict'] as const
/** Everything with its own database login role: the subgraphs, and the gateway (which reads data versions only). */
export const SERVICE_NAMES = [...SUBGRAPH_NAMES, 'gateway'] as const
export type ServiceName = (typeof SERVICE_NAMES)[number]
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number]

/**
 * The environment key of a per-service setting: `<NAME>_<SUFFIX>` (AGREEMENT_PORT, ICT_URL, GATEWAY_DB_PASSWORD).
 * Typed, so indexing Config with it fails to compile if the schema lacks the key.
 */
function envKeyOf<N extends string, S extends string>(name: N, suffix: S) {
  return `${name.toUpperCase()}_${suffix}` as `${Uppercase<N>}_${S}`
}

/** The login-role passwords given in the environment (`<SERVICE>_DB_PASSWORD`), for `npm run migrate`. */
export function serviceRolePasswordsOf(config: Config): Partial<Record<ServiceName, string>> {
  const passwords: Partial<Record<ServiceName, string>> = {}
  for (const service of SERVICE_NAMES) {
    const password = config[envKeyOf(service, 'DB_PASSWORD')]
    if (password) passwords[service] = password
  }
  return passwords
}

/** RATE_LIMIT_MAX / RATE_LIMIT_WINDOW / RATE_LIMIT_SERVICE_MAX as the gateway takes them. */
export function rateLimitOf(config: Config): { max: number; windowMs: number; serviceMax: number } {
  return { max: config.RATE_LIMIT_MAX, windowMs: config.RATE_LIMIT_WINDOW, serviceMax: config.RATE_LIMIT_SERVICE_MAX }
}

export function queryLimitsOf(config: Config): QueryLimits {
  return {
    depth: config.GRAPHQL_MAX_DEPTH,
    aliases: config.GRAPHQL_MAX_ALIASES,
    directives: config.GRAPHQL_MAX_DIRECTIVES,
    tokens: config.GRAPHQL_MAX_TOKENS,
    cost: config.GRAPHQL_MAX_COST,
  }
}

export function feedImportLimitsOf(config: Config): FeedImportLimits {
  return {
    maxRecordChars: config.GTFS_MAX_RECORD_CHARS,
    maxFieldChars: config.GTFS_MAX_FIELD_CHARS,
    maxRowsPerFile: config.GTFS_MAX_ROWS_PER_FILE,
    maxEntries: config.GTFS_MAX_ZIP_ENTRIES,
    maxEntryBytes: config.GTFS_MAX_ENTRY_BYTES,
    maxArchiveBytes: config.GTFS_MAX_UNCOMPRESSED_BYTES,
    maxCompressionRatio: config.GTFS_MAX_COMPRESSION_RATIO,
    maxConcurrentPerTown: config.GTFS_MAX_CONCURRENT_IMPORTS,
  }
}

export interface ResponseCacheSettings {
  maxBytes: number
  httpMaxAgeSeconds: number
  /** Only tests set it: the clock whose date in Japan keys the entries (default: the system clock). */
  clock?: Clock | undefined
}

/** The gateway's response cache, or undefined when RESPONSE_CACHE=off (or no room is given to it). */
export function responseCacheOf(config: Config): ResponseCacheSettings | undefined {
  if (config.RESPONSE_CACHE === 'off' || config.RESPONSE_CACHE_MAX_BYTES === 0) return undefined
  return { maxBytes: config.RESPONSE_CACHE_MAX_BYTES, httpMaxAgeSeconds: config.HTTP_CACHE_MAX_AGE_SECONDS }
}

/** Where the gateway finds open-data releases and how it spells absolute links (gateway/opendata/serve). */
export function openDataOf(config: Config): {
  dir: string
  baseUrl?: string
  allowedHosts: string[]
  tiles: { url: string; attribution: string }
} {
  return {
    dir: config.OPENDATA_DIR,
    tiles: { url: config.MAP_TILE_URL, attribution: config.MAP_TILE_ATTRIBUTION },
    ...(config.PUBLIC_BASE_URL ? { baseUrl: config.PUBLIC_BASE_URL } : {}),
    allowedHosts: config.PUBLIC_HOST_ALLOWLIST.split(',')
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host !== ''),
  }
}

/** Which addresses webhook URLs may reach (WEBHOOK_ALLOWED_NETWORKS). */
export function webhookAddressPolicyOf(config: Config): AddressPolicy {
  return { allowedNetworks: parseNetworks(config.WEBHOOK_ALLOWED_NETWORKS) }
}

/** CORS_ALLOWED_ORIGINS as a set of origins. */
export function corsAllowedOriginsOf(config: Config): Set<string> {
  return parseAllowedOrigins(config.CORS_ALLOWED_ORIGINS)
}

/** The embeddable widgets and their maps (gateway/embed, gateway/maps). */
export function embedOf(config: Config): {
  allowedOrigins: string[]
  tiles: { url: string; attribution: string }
} {
  return {
    allowedOrigins: [...parseAllowedOrigins(config.EMBED_ALLOWED_ORIGINS)],
    tiles: { url: config.MAP_TILE_URL, attribution: config.MAP_TILE_ATTRIBUTION },
  }
}

export function subgraphPort(config: Config, name: SubgraphName): number {
  return config[envKeyOf(name, 'PORT')]
}

export function subgraphUrlOverride(config: Config, name: SubgraphName): string | undefined {
  return config[envKeyOf(name, 'URL')]
}
