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
   * SUBGRAPH_DEDUP=on).
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

/**
 * Everything the gateway benchmark talks to, each in its own process so that no server shares an
 * event loop with another or with the load generator: the four subgraphs (their own login roles,
 * from ONE prepareDatabase call made here, so nothing resets those passwords afterwards), our
 * gateway three times (cache on; cache off; cache and subgraph dedup off), Hive's gateway twice (as shipped, and
 * without its merging of
 * identical in-flight subgraph requests), and the SQL floor. All three gateways use the
 * same four subgraph processes. Rate limiting is off (RATE_LIMIT_MAX=0): the benchmark is a flood.
 * `profileDir` runs the uncached gateway under --cpu-prof (written there when it stops).
 */
// eslint-disable-next-line max-lines-per-function -- split pending (issue #20)
export async function startGatewayStack(
  adminUrl: string,
  workDir: string,
  logger: Logger,
  profileDir?: string,
): Promise<GatewayStack> {
  const roleUrls = await prepareDatabase(adminUrl, { sampleData: true, logger })
  const [cachedPort, uncachedPort, uncachedNoDedupPort, hivePort, hiveNoDedupPort, floorPort, ...subgraphPorts] =
    await freePorts(6 + SUBGRAPH_NAMES.length)
  const url = (port: number | undefined) => `http://127.0.0.1:${port ?? 0}/graphql`
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, url(subgraphPorts[i])])) as Record<
    SubgraphName,
    string
  >
  const processes: ServiceProcess[] = []
  const stop = async () => {
    // Gateways first, so none of them sees a subgraph go away.
    for (const service of processes.reverse()) await service.stop()
  }
  try {
    const start = async (
      name: string,
      script: string,
      serviceUrl: string,
      env: Record<string, string>,
      nodeArgs: string[] = [],
    ) => {
      // LOG_LEVEL=warn: no log line per request under load (readiness is polled at the URL instead).
      const service = await startServiceProcess(
        name,
        script,
        { LOG_LEVEL: 'warn', ...env },
        { readyUrl: serviceUrl, nodeArgs },
      )
      processes.push(service)
      return { name, url: service.url, pid: service.pid }
    }
    const subgraphs = await Promise.all(
      SUBGRAPH_NAMES.map((name) =>
        start(`subgraph ${name}`, `subgraphs/${name}/main.ts`, subgraphUrls[name], {
          DATABASE_URL: roleUrls[name],
          PORT: new URL(subgraphUrls[name]).port,
        }),
      ),
    )
    const gatewayEnv = {
      AGREEMENT_URL: subgraphUrls.agreement,
      DISASTER_URL: subgraphUrls.disaster,
      TRANSIT_URL: subgraphUrls.transit,
      ICT_URL: subgraphUrls.ict,
      RATE_LIMIT_MAX: '0',
    }
    const supergraphPath = await supergraphFor(subgraphUrls, join(workDir, 'supergraph-bench.graphql'))
    const [cached, uncached, uncachedNoDedup, hive, hiveNoDedup, floor] = await Promise.all([
      start('ours (cache on)', 'gateway/main.ts', url(cachedPort), {
        ...gatewayEnv,
        PORT: String(cachedPort),
        DATABASE_URL: roleUrls.gateway,
        RESPONSE_CACHE: 'on',
      }),
      start(
        'ours (cache off)',
        'gateway/main.ts',
        url(uncachedPort),
        { ...gatewayEnv, PORT: String(uncachedPort), DATABASE_URL: '', RESPONSE_CACHE: 'off' },
        profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
      ),
      start('ours (cache off, dedup off)', 'gateway/main.ts', url(uncachedNoDedupPort), {
        ...gatewayEnv,
        PORT: String(uncachedNoDedupPort),
        DATABASE_URL: '',
        RESPONSE_CACHE: 'off',
        SUBGRAPH_DEDUP: 'off',
      }),
      start('Hive gateway', 'bench/hive-gateway-server.ts', url(hivePort), {
        PORT: String(hivePort),
        SUPERGRAPH_PATH: supergraphPath,
      }),
      start('Hive (no upstream dedup)', 'bench/hive-gateway-server.ts', url(hiveNoDedupPort), {
        PORT: String(hiveNoDedupPort),
        SUPERGRAPH_PATH: supergraphPath,
        HIVE_UPSTREAM_DEDUPLICATION: 'off',
      }),
      start('SQL floor', 'bench/sql-floor-server.ts', url(floorPort), {
        PORT: String(floorPort),
        DATABASE_URL: adminUrl,
      }),
    ])
    return {
      cached,
      uncached,
      uncachedNoDedup,
      hive,
      hiveNoDedup,
      floor,
      subgraphPids: subgraphs.map((subgraph) => subgraph.pid),
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
