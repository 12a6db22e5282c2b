/**
 * `npx tsx bench/compose-topology.ts [seconds]`: the compose.yaml topology measured on this machine at the nationwide
 * scale data (docs/scale-out.md). Docker is not required: the same processes compose starts — four subgraph
 * processes and two gateway replicas, each with its own login role, sharing one PostgreSQL — are started as plain
 * processes (test/support/scale-out-cluster.ts, the path test/scale-out.test.ts takes), on a database filled by the
 * scale seed (1,741 municipalities). Each of the three bench operations is then driven through both replicas at once
 * (16 connections each, as the bench drives one server), uncached (a pair with RESPONSE_CACHE=off: every request
 * reaches the subgraphs and PostgreSQL) and cached (a second pair, cache on); printed: requests/s, p50/p95, CPU ms
 * per request per process group, RSS per process.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createLogger } from '../lib/logger.js'
import { NATIONWIDE_SCALE, seedScale } from '../all-in-one/scale/seed-scale.js'
import { startScaleOutCluster, type ScaleOutCluster } from '../test/support/scale-out-cluster.js'
import type { ServiceProcess } from '../test/support/service-process.js'
import { cpuSecondsOf, postgresCpuSeconds } from './cpu-usage.js'
import { measureLoad, type LoadFigures } from './load.js'
import { benchOperations, type BenchOperation } from './operations.js'

const seconds = Number(process.argv[2] ?? 15)

/** RSS now and at its peak (VmHWM), in MiB, from /proc. */
async function rssOf(service: ServiceProcess): Promise<{ name: string; rssMiB: number; peakMiB: number }> {
  const status = await readFile(`/proc/${service.pid}/status`, 'utf8')
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0)
  return { name: service.name, rssMiB: Math.round(kib('VmRSS') / 1024), peakMiB: Math.round(kib('VmHWM') / 1024) }
}

function cpuReader(cluster: ScaleOutCluster) {
  const subgraphs = Object.values(cluster.subgraphs).map((service) => service.pid)
  const gateways = cluster.gateways.map((service) => service.pid)
  return async () => ({
    gateways: await cpuSecondsOf(gateways),
    subgraphs: await cpuSecondsOf(subgraphs),
    postgres: await postgresCpuSeconds(cluster.postgresDataDir),
  })
}

/** Both replicas of a pair under load at once; requests/s summed, latencies and CPU per request from the whole run. */
async function throughBothReplicas(cluster: ScaleOutCluster, pair: ServiceProcess[], operation: BenchOperation) {
  const readCpu = cpuReader(cluster)
  const before = await readCpu()
  const runs: LoadFigures[] = await Promise.all(
    pair.map((gateway) => measureLoad({ name: gateway.name, url: gateway.url }, operation, seconds)),
  )
  const after = await readCpu()
  const requests = runs.reduce((sum, run) => sum + run.requests, 0)
  const cpuMsPerRequest = Object.fromEntries(
    Object.entries(after).map(([group, value]) => [
      group,
      Number((((value - before[group as keyof typeof before]) * 1000) / requests).toFixed(2)),
    ]),
  )
  return {
    operation: operation.name,
    requestsPerSecond: Math.round(runs.reduce((sum, run) => sum + run.requestsPerSecond, 0)),
    p50Ms: Math.max(...runs.map((run) => run.p50Ms)),
    p95Ms: Math.max(...runs.map((run) => run.p95Ms)),
    cpuMsPerRequest,
  }
}

/** Gateways 1–2 uncached (RESPONSE_CACHE=off), 3–4 cached, over the same subgraphs and data: one seed. */
async function measure(prepare: (adminUrl: string) => Promise<void>) {
  const cluster = await startScaleOutCluster({
    gatewayCount: 4,
    jwtSecret: randomBytes(32).toString('hex'),
    gatewayEnv: (index) => ({ RESPONSE_CACHE: index < 2 ? 'off' : 'on' }),
    prepare,
  })
  try {
    const pairs = { uncached: cluster.gateways.slice(0, 2), cached: cluster.gateways.slice(2) }
    const figures = []
    for (const [cache, pair] of Object.entries(pairs))
      for (const operation of benchOperations('scale'))
        figures.push({ cache, ...(await throughBothReplicas(cluster, pair, operation)) })
    const rss = await Promise.all([...Object.values(cluster.subgraphs), ...cluster.gateways].map(rssOf))
    return { figures, rss }
  } finally {
    await cluster.stop()
  }
}

const logger = createLogger('info', 'compose-topology')
const seed = async (adminUrl: string) => {
  const started = performance.now()
  await seedScale(adminUrl, NATIONWIDE_SCALE, logger)
  logger.info({ seconds: Math.round((performance.now() - started) / 1000) }, 'scale data seeded')
}
console.log(JSON.stringify(await measure(seed), null, 1))
