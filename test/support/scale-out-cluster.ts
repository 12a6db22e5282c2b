import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SERVICE_NAMES, SUBGRAPH_NAMES, type ServiceName, type SubgraphName } from '../../lib/config.js'
import { startEmbeddedPostgres } from '../../lib/db/embedded-postgres.js'
import { serviceRoleUrl } from '../../lib/db/service-roles.js'
import { createLogger } from '../../lib/logger.js'
import { runScript, startServiceProcess, type ServiceProcess } from './service-process.js'

/** The deployed topology (compose.yaml) on one machine: each subgraph and each gateway replica its own process. */
export interface ScaleOutCluster {
  subgraphs: Record<SubgraphName, ServiceProcess>
  gateways: ServiceProcess[]
  /** The cluster's PostgreSQL data directory (its postmaster.pid: CPU readings of the whole server). */
  postgresDataDir: string
  stop: () => Promise<void>
}

/**
 * Its own PostgreSQL cluster (role passwords are cluster-wide: setting them on the shared test server
 * would break the other test files' connections), migrated and seeded by `scripts/migrate.ts` with
 * `<SERVICE>_DB_PASSWORD` — the compose `migrate` service's path — then four subgraph processes, each
 * with its own login role, and `gatewayCount` gateway processes with the cache on, sharing nothing but
 * the database.
 */
export async function startScaleOutCluster(options: {
  gatewayCount: number
  jwtSecret: string
  /** Runs on the empty database before the `migrate` step (bench/compose-topology.ts: the nationwide scale data). */
  prepare?: (adminUrl: string) => Promise<void>
  /** Added to gateway `index`'s environment (e.g. RESPONSE_CACHE=off for some replicas). */
  gatewayEnv?: (index: number) => Record<string, string>
}): Promise<ScaleOutCluster> {
  const workDir = await mkdtemp(join(tmpdir(), 'minamisorachi-scale-out-'))
  const postgres = await startEmbeddedPostgres({
    dir: join(workDir, 'pg'),
    port: 0,
    logger: createLogger('warn', 'test'),
    persistent: false,
    durable: false,
  })
  const started: ServiceProcess[] = []
  const stop = async () => {
    await Promise.allSettled(started.map((service) => service.stop()))
    await postgres.stop()
    await rm(workDir, { recursive: true, force: true })
  }
  const track = async (starting: Promise<ServiceProcess>) => {
    const service = await starting
    started.push(service)
    return service
  }
  try {
    await options.prepare?.(postgres.adminUrl())
    const roleUrls = await migrateWithPasswords(postgres.adminUrl())
    const common = { JWT_SECRET: options.jwtSecret, NODE_ENV: 'production', DATABASE_POOL_MAX: '4' }
    const subgraphList = await Promise.all(
      SUBGRAPH_NAMES.map((name) =>
        track(
          startServiceProcess(name, `subgraphs/${name}/main.ts`, {
            ...common,
            DATABASE_URL: roleUrls[name],
            REGIONAL_FEED_CACHE_DIR: join(workDir, 'regional-feed'),
          }),
        ),
      ),
    )
    const subgraphs = Object.fromEntries(subgraphList.map((service) => [service.name, service])) as Record<
      SubgraphName,
      ServiceProcess
    >
    const gatewayEnv = gatewayEnvOf(common, roleUrls.gateway, subgraphs, join(workDir, 'opendata'))
    const gateways = await Promise.all(
      Array.from({ length: options.gatewayCount }, (_, i) =>
        track(
          startServiceProcess(`gateway-${i + 1}`, 'gateway/main.ts', { ...gatewayEnv, ...options.gatewayEnv?.(i) }),
        ),
      ),
    )
    return { subgraphs, gateways, postgresDataDir: join(workDir, 'pg'), stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** A gateway replica's environment: the subgraphs' URLs, the cache on, no rate limit, one shared open-data folder. */
function gatewayEnvOf(
  common: Record<string, string>,
  databaseUrl: string,
  subgraphs: Record<SubgraphName, ServiceProcess>,
  openDataDir: string,
): Record<string, string> {
  return {
    ...common,
    DATABASE_URL: databaseUrl,
    AGREEMENT_URL: subgraphs.agreement.url,
    DISASTER_URL: subgraphs.disaster.url,
    TRANSIT_URL: subgraphs.transit.url,
    ICT_URL: subgraphs.ict.url,
    RESPONSE_CACHE: 'on',
    RATE_LIMIT_MAX: '0',
    OPENDATA_DIR: openDataDir,
  }
}

/** `npm run seed` with a password per login role from the environment; returns each service's URL. */
async function migrateWithPasswords(adminUrl: string): Promise<Record<ServiceName, string>> {
  const passwords = Object.fromEntries(
    SERVICE_NAMES.map((service) => [service, randomBytes(12).toString('base64url')]),
  ) as Record<ServiceName, string>
  const passwordEnv = Object.fromEntries(
    SERVICE_NAMES.map((service) => [`${service.toUpperCase()}_DB_PASSWORD`, passwords[service]]),
  )
  await runScript('scripts/migrate.ts', ['--seed'], { DATABASE_URL: adminUrl, LOG_LEVEL: 'warn', ...passwordEnv })
  return Object.fromEntries(
    SERVICE_NAMES.map((service) => [service, serviceRoleUrl(adminUrl, service, passwords[service])]),
  ) as Record<ServiceName, string>
}
