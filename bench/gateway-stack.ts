import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.js'
import type { Logger } from '../lib/logger.js'
import { projectPath } from '../lib/paths.js'
import { prepareDatabase } from '../all-in-one/prepare-database.js'
import type { Target } from './load.js'
import { startServiceProcess, type ServiceProcess } from '../test/support/service-process.js'
import { freePorts } from './free-ports.js'

export interface GatewayStack {
  /** Ours as shipped: RESPONSE_CACHE=on, reading data versions as the gateway_svc role. */
  cached: Target
  /**
   * Ours with RESPONSE_CACHE=off: every request planned and sent to the subgraphs (identical fetches in flight shared,
   * SUBGRAPH_DEDUP=on, by the data versions read as the gateway_svc role).
   */
  uncached: Target
  /** The same with SUBGRAPH_DEDUP=off: every subgraph fetch sent. */
  uncachedNoDedup: Target
  /** @graphql-hive/gateway over the same supergraph and the same subgraph processes. */
  hive: Target
  /** The same with its merging of identical in-flight subgraph requests off (bench/hive-gateway-server.ts). */
  hiveNoDedup: Target
  /** One hand-written SQL statement per operation behind plain node:http. */
  floor: Target
  /** The four subgraph processes. */
  subgraphPids: number[]
  stop: () => Promise<void>
}

/** The composed supergraph with each @join__graph URL pointing at the running subgraph. */
async function supergraphFor(subgraphUrls: Record<SubgraphName, string>, path: string): Promise<string> {
  const rewritten = new Set<string>()
  const sdl = (await readFile(projectPath('codegen', 'supergraph.graphql'), 'utf8')).replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (match, name: string) => {
      const url = subgraphUrls[name as SubgraphName]
      if (!url) return match
      rewritten.add(name)
      return `@join__graph(name: "${name}", url: "${url}")`
    },
  )
  if (rewritten.size !== SUBGRAPH_NAMES.length) throw new Error(`supergraph: rewrote ${[...rewritten].join(', ')} only`)
  await writeFile(path, sdl)
  return path
}

/** The six load targets, in the order they start. */
export const TARGET_KEYS = ['cached', 'uncached', 'uncachedNoDedup', 'hive', 'hiveNoDedup', 'floor'] as const
export type TargetKey = (typeof TARGET_KEYS)[number]

const localUrl = (port: number | undefined) => `http://127.0.0.1:${port ?? 0}/graphql`

/** The benchmark's processes, started one by one and stopped together (in reverse). */
class ProcessGroup {
  private readonly processes: ServiceProcess[] = []

  async start(name: string, script: string, serviceUrl: string, env: Record<string, string>, nodeArgs: string[] = []) {
    // LOG_LEVEL=warn: no log line per request under load (readiness is polled at the URL instead).
    const service = await startServiceProcess(
      name,
      script,
      { LOG_LEVEL: 'warn', ...env },
      // On two cores shared with other work a server alone has taken over a minute to load.
      { readyUrl: serviceUrl, nodeArgs, readyTimeoutMs: 300_000 },
    )
    this.processes.push(service)
    return { name, url: service.url, pid: service.pid }
  }

  readonly stop = async () => {
    // Gateways first, so none of them sees a subgraph go away.
    for (const service of this.processes.reverse()) await service.stop()
  }
}

/**
 * Everything the gateway benchmark talks to, each in its own process so that no server shares an
 * event loop with another or with the load generator: the four subgraphs (their own login roles,
 * from ONE prepareDatabase call made here, so nothing resets those passwords afterwards), our
 * gateway three times (cache on; cache off; cache and subgraph dedup off), Hive's gateway twice (as shipped, and
 * without its merging of
 * identical in-flight subgraph requests), and the SQL floor. All three gateways use the
 * same four subgraph processes. Rate limiting is off (RATE_LIMIT_MAX=0): the benchmark is a flood.
 * `profileDir` runs our cached and uncached gateways under --cpu-prof (written to `<profileDir>/cached` and
 * `<profileDir>/uncached` when they stop) and the four subgraphs (`<profileDir>/subgraphs/<name>`; they serve every
 * gateway, so time only the operations and servers of interest: BENCH_OPERATIONS, BENCH_GATEWAYS); `servers` starts
 * only those targets (default all).
 */
export async function startGatewayStack(
  adminUrl: string,
  workDir: string,
  logger: Logger,
  options: { profileDir?: string | undefined; servers?: ReadonlySet<TargetKey> | undefined } = {},
): Promise<GatewayStack> {
  const roleUrls = await prepareDatabase(adminUrl, { sampleData: true, logger })
  // One call: freePorts holds every port open at once, so no two services get the same one.
  const ports = await freePorts(6 + SUBGRAPH_NAMES.length)
  const [gatewayPorts, subgraphPorts] = [ports.slice(0, 6), ports.slice(6)]
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name, i) => [name, localUrl(subgraphPorts[i])]),
  ) as Record<SubgraphName, string>
  const group = new ProcessGroup()
  try {
    // One at a time, as the gateways below.
    const subgraphs: (Target & { pid: number })[] = []
    for (const name of SUBGRAPH_NAMES) {
      const profiled = options.profileDir
        ? ['--cpu-prof', `--cpu-prof-dir=${join(options.profileDir, 'subgraphs', name)}`]
        : []
      subgraphs.push(
        await group.start(
          `subgraph ${name}`,
          `subgraphs/${name}/main.ts`,
          subgraphUrls[name],
          { DATABASE_URL: roleUrls[name], PORT: new URL(subgraphUrls[name]).port },
          profiled,
        ),
      )
    }
    const supergraphPath = await supergraphFor(subgraphUrls, join(workDir, 'supergraph-bench.graphql'))
    const setup = {
      adminUrl,
      gatewayDatabaseUrl: roleUrls.gateway,
      subgraphUrls,
      supergraphPath,
      profileDir: options.profileDir,
      servers: options.servers,
    }
    const targets = await startTargets(group, gatewayPorts, setup)
    return { ...targets, subgraphPids: subgraphs.map((subgraph) => subgraph.pid), stop: group.stop }
  } catch (error) {
    await group.stop()
    throw error
  }
}

/** The six load targets: our gateway three ways, Hive's twice and the SQL floor, all over the same subgraphs. */
async function startTargets(
  group: ProcessGroup,
  ports: readonly number[],
  setup: {
    adminUrl: string
    gatewayDatabaseUrl: string
    subgraphUrls: Record<SubgraphName, string>
    supergraphPath: string
    profileDir: string | undefined
    servers: ReadonlySet<TargetKey> | undefined
  },
): Promise<Omit<GatewayStack, 'subgraphPids' | 'stop'>> {
  const [cachedPort, uncachedPort, uncachedNoDedupPort, hivePort, hiveNoDedupPort, floorPort] = ports
  const { subgraphUrls, supergraphPath, profileDir } = setup
  const gatewayEnv = {
    AGREEMENT_URL: subgraphUrls.agreement,
    DISASTER_URL: subgraphUrls.disaster,
    TRANSIT_URL: subgraphUrls.transit,
    ICT_URL: subgraphUrls.ict,
    RATE_LIMIT_MAX: '0',
    // The gateway_svc role, as `npm start` gives it: the data versions of the cache and of the subgraph dedup.
    DATABASE_URL: setup.gatewayDatabaseUrl,
  }
  // Both of our gateways with the cache off and on are profiled, each into a directory of its own.
  const profiled = (key: TargetKey) => (profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, key)}`] : [])
  const gateway = (name: string, port: number | undefined, env: Record<string, string>, nodeArgs?: string[]) =>
    group.start(name, 'gateway/main.ts', localUrl(port), { ...gatewayEnv, PORT: String(port), ...env }, nodeArgs)
  const hive = (name: string, port: number | undefined, env: Record<string, string> = {}) =>
    group.start(name, 'bench/hive-gateway-server.ts', localUrl(port), {
      PORT: String(port),
      SUPERGRAPH_PATH: supergraphPath,
      ...env,
    })
  // One at a time: on two cores shared with other work, servers loading at once each took over the 60 s readiness
  // deadline.
  const starts: Record<TargetKey, () => Promise<Target>> = {
    cached: () => gateway('ours (cache on)', cachedPort, { RESPONSE_CACHE: 'on' }, profiled('cached')),
    uncached: () => gateway('ours (cache off)', uncachedPort, { RESPONSE_CACHE: 'off' }, profiled('uncached')),
    uncachedNoDedup: () =>
      gateway('ours (cache off, dedup off)', uncachedNoDedupPort, { RESPONSE_CACHE: 'off', SUBGRAPH_DEDUP: 'off' }),
    hive: () => hive('Hive gateway', hivePort),
    hiveNoDedup: () => hive('Hive (no upstream dedup)', hiveNoDedupPort, { HIVE_UPSTREAM_DEDUPLICATION: 'off' }),
    floor: () =>
      group.start('SQL floor', 'bench/sql-floor-server.ts', localUrl(floorPort), {
        PORT: String(floorPort),
        DATABASE_URL: setup.adminUrl,
      }),
  }
  // A target not selected is never started; it answers at no URL and is never measured (bench/gateway-throughput.ts).
  const started = Object.fromEntries(
    TARGET_KEYS.map((key) => [key, { name: `${key} (not started)`, url: '' }]),
  ) as Record<TargetKey, Target>
  for (const key of TARGET_KEYS) if (!setup.servers || setup.servers.has(key)) started[key] = await starts[key]()
  return started
}
