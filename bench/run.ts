/**
 * `npm run bench`: measurements that need a quiet machine and minutes, not the test suite. Each
 * figure is printed next to its baseline measured in the same run (absolute numbers are noisy on
 * shared machines; ratios are what count) and written to .bench/results.json.
 *
 * Sections (BENCH_ONLY=gateway,floor,statements,coldstart,publish,import,refusal selects some; default all):
 * - gateway: throughput and p50/p95 of three public operations through our gateway with the response
 *   cache on and off and through @graphql-hive/gateway, all over the same subgraph processes.
 * - floor: the same operations as one hand-written SQL statement each behind plain node:http.
 * - statements: SQL statements per operation at the nine-town sample size and at scale (must be equal).
 * - coldstart: `npm start` from nothing to the first correct answer, again over the same directory, and
 *   with the scale database attached (DATABASE_URL).
 * - publish: open-data publish (the publisher as its own process, through the API) vs plain COPY TO
 *   STDOUT of the same rows, at the sample size and at scale (all-in-one/scale: 1,741 municipalities,
 *   ~100 000 shelters, a ~1M stop_times feed), with the publisher's peak memory (flat: it must not grow with the rows),
 *   then at scale again over the first release (the steady state: nothing changed since); then CKAN Action API calls
 *   on the scale release (package_show, package_search: what harvesters and `ckanapi` send; not a target).
 * - import: GTFS import through the API vs a plain COPY of the same stop_times, at three feed sizes,
 *   with the platform's peak memory after each.
 * - refusal: a zip whose stop_times.txt is one 300 MiB line, PUT through the API on a platform of its own: the
 *   answer (a 4xx) and the platform's RSS growth. The import section runs it too; `BENCH_ONLY=refusal` runs only
 *   it (a minute, no scale database).
 *
 * Last, `summary`: one `{ name, ours, baseline, ratio, target, met }` per target of issue #19 the selected
 * sections measured (bench/summary.ts; scale entries add `municipalities`), printed as one table.
 *
 * BENCH_SECONDS: seconds per load case (default 10). BENCH_GATEWAYS=cached,uncached,uncachedNoDedup,hive,
 * hiveNoDedup,floor: the gateway/floor sections start and time only these servers (the uncached gateway always;
 * default all), e.g. `BENCH_ONLY=gateway BENCH_GATEWAYS=cached` for the response cache's ratio alone.
 * BENCH_OPERATIONS=RegionalSituation,StopDepartures,InitiativeRecords: the gateway/floor sections time only these
 * (default all).
 * BENCH_CPU_PROFILE=DIR: our uncached and cached gateways run under --cpu-prof and leave their profiles in
 * DIR/uncached and DIR/cached, the four subgraphs in DIR/subgraphs/<name>; the publisher too (publish section), under
 * DIR/publisher, and the platform it publishes from at the scale data, under DIR/platform.
 * BENCH_PUBLISHER_LOG=info: the publisher runs at that log level and its log goes to the bench's stdout (each
 * dataset's `dataset written` with its milliseconds, each step): where a publish's time goes, dataset by dataset.
 * BENCH_PG_DIR=DIR: the bench's PostgreSQL cluster lives in DIR and is kept, and so is its scale database once
 * seeded (minutes): a second run reuses it, e.g. `BENCH_ONLY=publish BENCH_PG_DIR=.data/bench npm run bench`.
 * The sample database is made afresh every run either way.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { sql } from 'kysely'
import { createDatabase } from '../lib/db/database.js'
import { startEmbeddedPostgres, type EmbeddedServer } from '../lib/db/embedded-postgres.js'
import { createLogger, type Logger } from '../lib/logger.js'
import { projectPath } from '../lib/paths.js'
import { runMain } from '../lib/process/shutdown.js'
import { NATIONWIDE_SCALE, seedScale } from '../all-in-one/scale/seed-scale.js'
import { startPlatformProcess, type PlatformProcess } from '../test/support/platform-process.js'
import { benchCkanAtScale, printCkanAtScale } from './ckan-at-scale.js'
import { benchColdStart, printColdStart } from './cold-start.js'
import { startGatewayStack, TARGET_KEYS, type TargetKey } from './gateway-stack.js'
import { benchThroughput, printThroughput } from './gateway-throughput.js'
import {
  benchGtfsImport,
  benchOneLineRefusal,
  gtfsSummary,
  printGtfsImport,
  printOneLine,
  type GtfsImportResult,
  type OneLineResult,
} from './gtfs-import.js'
import { benchOpenDataPublish, printPublish, type PublishResult } from './opendata-publish.js'
import { benchOperations, type BenchOperation, type DataSize } from './operations.js'
import { countMunicipalities, countStatements, printStatementCounts } from './statement-counts.js'
import {
  coldStartSummary,
  printSummary,
  publishSummary,
  statementSummary,
  throughputSummary,
  type SummaryEntry,
} from './summary.js'

const SECTIONS = ['gateway', 'floor', 'statements', 'coldstart', 'publish', 'import', 'refusal'] as const
type Section = (typeof SECTIONS)[number]

/**
 * The names a comma-separated environment variable picks out of `known`, in `known`'s order; undefined when it is
 * unset or empty. An unknown name stops the bench, naming the variable and what it accepts.
 */
function pickedFromEnv<T extends string>(variable: string, known: readonly T[], what: string): T[] | undefined {
  const picked = process.env[variable]
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (!picked?.length) return undefined
  const unknown = picked.filter((name) => !(known as readonly string[]).includes(name))
  if (unknown.length)
    throw new Error(`${variable}: unknown ${what}(s) ${unknown.join(', ')}; known: ${known.join(', ')}`)
  return known.filter((name) => picked.includes(name))
}

/** BENCH_OPERATIONS: the operations the gateway/floor sections time (default all three). */
function selectedOperations(size: DataSize): BenchOperation[] {
  const all = benchOperations(size)
  const picked = pickedFromEnv(
    'BENCH_OPERATIONS',
    all.map((operation) => operation.name),
    'operation',
  )
  return picked ? all.filter((operation) => picked.includes(operation.name)) : all
}

/** BENCH_GATEWAYS: the servers the gateway/floor sections start and time (the uncached one always); default all. */
function selectedServers(): Set<TargetKey> | undefined {
  const picked = pickedFromEnv('BENCH_GATEWAYS', TARGET_KEYS, 'server')
  return picked && new Set<TargetKey>(['uncached', ...picked])
}

function selectedSections(): Set<Section> {
  return new Set(pickedFromEnv('BENCH_ONLY', SECTIONS, 'section') ?? SECTIONS)
}

const TOKEN = {
  secret: 'bench-secret-that-is-long-enough-for-hs256-0123456789',
  issuer: 'minamisorachi-federation',
  audience: 'minamisorachi-api',
}
/** ~250k, ~1M and ~5M stop_times: the platform's memory must not grow with the rows (≤ 50 MiB at 5M). */
const FEED_SIZES = [
  { routes: 25, tripsPerRoute: 200, stopsPerRoute: 50 },
  { routes: 50, tripsPerRoute: 400, stopsPerRoute: 50 },
  { routes: 100, tripsPerRoute: 1000, stopsPerRoute: 50 },
]
// The publisher pages through the API as fast as it can: no rate limit on the benchmark's gateway.
const PLATFORM_ENV = { JWT_SECRET: TOKEN.secret, RATE_LIMIT_MAX: '0' }

async function withPlatform<T>(
  databaseUrl: string,
  work: (platform: PlatformProcess) => Promise<T>,
  profileDir?: string,
): Promise<T> {
  const platform = await startPlatformProcess(databaseUrl, PLATFORM_ENV, profileDir)
  try {
    return await work(platform)
  } finally {
    await platform.stop()
  }
}

/** What every section of one bench run shares. */
interface BenchRun {
  sections: Set<Section>
  seconds: number
  profileDir: string | undefined
  logger: Logger
  workDir: string
  postgres: EmbeddedServer
  /** The cluster's data directory (its CPU time is read from there). */
  postgresDataDir: string
  /** The sample database (the nine towns), made afresh for this run. */
  sampleUrl: string
  results: Record<string, unknown>
  /** One entry per target of issue #19 the selected sections measured, in the order they ran. */
  summary: SummaryEntry[]
  /** The scale database, seeded once, by the first section that needs it (a minute or more). */
  scaleDatabase: () => Promise<string>
}

runMain(async () => {
  const run = await startBenchRun()
  let failure: Error | undefined
  try {
    // The read-only sections first, on the untouched sample data; the import section adds a feed.
    if (run.sections.has('gateway') || run.sections.has('floor')) await benchGatewaySection(run)
    if (run.sections.has('statements')) await benchStatementSection(run)
    if (run.sections.has('coldstart')) await benchColdStartSection(run)
    if (run.sections.has('publish') || run.sections.has('import')) await benchPublishAndImport(run)
    else if (run.sections.has('refusal')) await benchOneLineSection(run, [])
  } catch (error) {
    // What the sections before the failing one measured is still written (minutes of measuring), then it fails.
    failure = error instanceof Error ? error : new Error(String(error))
    run.results['failed'] = failure.message
  } finally {
    await run.postgres.stop()
    await rm(run.workDir, { recursive: true, force: true })
  }
  await writeResults(run.summary.length > 0 ? { ...run.results, summary: run.summary } : run.results)
  if (failure) throw failure
})

async function startBenchRun(): Promise<BenchRun> {
  const sections = selectedSections()
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 10)
  if (!Number.isFinite(seconds) || seconds < 1) throw new Error('BENCH_SECONDS must be a number of seconds ≥ 1')
  const profileDir = process.env['BENCH_CPU_PROFILE'] ? resolve(process.env['BENCH_CPU_PROFILE']) : undefined
  const logger = createLogger('warn', 'bench')
  const workDir = await mkdtemp(join(tmpdir(), 'minamisorachi-bench-'))
  const keptDir = process.env['BENCH_PG_DIR'] ? resolve(process.env['BENCH_PG_DIR']) : undefined
  const postgresDataDir = keptDir ?? join(workDir, 'pg')
  const postgres = await startEmbeddedPostgres({ dir: postgresDataDir, port: 0, logger, persistent: !!keptDir })
  const server = createDatabase({ url: postgres.adminUrl(), poolMax: 1 })
  try {
    await sql`drop database if exists sample with (force)`.execute(server)
    await sql`create database sample`.execute(server)
  } finally {
    await server.destroy()
  }
  const results: Record<string, unknown> = { measuredAt: new Date().toISOString(), sections: [...sections] }
  let scaleUrl: string | undefined
  const scaleDatabase = async () => (scaleUrl ??= await seededScaleDatabase(postgres, logger))
  return {
    ...{ sections, seconds, profileDir, logger, workDir, postgres, postgresDataDir, results, summary: [] },
    sampleUrl: postgres.adminUrl('sample'),
    scaleDatabase,
  }
}

/**
 * The database `scale`, seeded unless a kept cluster (BENCH_PG_DIR) already has it. The seed fills `scale_seeding`
 * and renames it when done, so an interrupted seed is never taken for a finished one.
 */
async function seededScaleDatabase(postgres: EmbeddedServer, logger: Logger): Promise<string> {
  const server = createDatabase({ url: postgres.adminUrl(), poolMax: 1 })
  try {
    const kept = await sql`select 1 from pg_database where datname = 'scale'`.execute(server)
    if (kept.rows.length > 0) {
      console.error('reusing the scale database of BENCH_PG_DIR')
      return postgres.adminUrl('scale')
    }
    await sql`drop database if exists scale_seeding with (force)`.execute(server)
    await sql`create database scale_seeding`.execute(server)
    console.error('seeding the scale database…')
    await seedScale(postgres.adminUrl('scale_seeding'), NATIONWIDE_SCALE, logger)
    await sql`alter database scale_seeding rename to scale`.execute(server)
    return postgres.adminUrl('scale')
  } finally {
    await server.destroy()
  }
}

async function benchGatewaySection(run: BenchRun): Promise<void> {
  console.error('gateway/floor: starting subgraphs, gateways and the SQL floor…')
  const servers = selectedServers()
  const stack = await startGatewayStack(run.sampleUrl, run.workDir, run.logger, {
    profileDir: run.profileDir,
    servers,
  })
  try {
    const throughput = await benchThroughput(stack, selectedOperations('sample'), {
      seconds: run.seconds,
      gateways: run.sections.has('gateway'),
      floor: run.sections.has('floor'),
      postgresDataDir: run.postgresDataDir,
      only: servers,
    })
    run.results['gatewayThroughput'] = throughput
    run.summary.push(...throughputSummary(throughput))
    printThroughput(throughput, stack)
  } finally {
    await stack.stop()
  }
}

async function benchStatementSection(run: BenchRun): Promise<void> {
  console.error('statements: sample…')
  const counts = await countStatements(run.sampleUrl, 'sample', benchOperations('sample'), run.logger)
  const scale = await run.scaleDatabase()
  console.error('statements: scale…')
  counts.push(...(await countStatements(scale, 'scale', benchOperations('scale'), run.logger)))
  run.results['statementCounts'] = counts
  run.summary.push(...statementSummary(counts))
  printStatementCounts(counts)
}

async function benchColdStartSection(run: BenchRun): Promise<void> {
  console.error('coldstart…')
  const [regionalSituation] = benchOperations('sample')
  if (!regionalSituation) throw new Error('no operation to answer')
  const [scaleOperation] = benchOperations('scale')
  const url = await run.scaleDatabase()
  const scale = scaleOperation && { url, municipalities: await countMunicipalities(url), operation: scaleOperation }
  const coldStart = await benchColdStart(regionalSituation, scale)
  run.results['coldStart'] = coldStart
  run.summary.push(...coldStartSummary(coldStart))
  printColdStart(coldStart)
}

/** Publish and import share one platform on the sample database; each then has a run of its own. */
async function benchPublishAndImport(run: BenchRun): Promise<void> {
  const { sections, sampleUrl, workDir } = run
  const publish: (PublishResult & { size: string })[] = []
  const gtfs: (GtfsImportResult & { startupRssMiB: number })[] = []
  await withPlatform(sampleUrl, async (platform) => {
    if (sections.has('publish')) {
      publish.push({
        size: 'nine towns (sample)',
        ...(await benchOpenDataPublish(
          platform,
          sampleUrl,
          join(workDir, 'small'),
          PLATFORM_ENV,
          publisherProfiles(run, 'sample'),
        )),
      })
    }
    if (sections.has('import')) {
      const startupRssMiB = await platform.peakRssMiB()
      for (const size of FEED_SIZES)
        gtfs.push({ ...(await benchGtfsImport(platform, sampleUrl, workDir, size, TOKEN)), startupRssMiB })
    }
  })
  if (sections.has('publish')) {
    const scale = await run.scaleDatabase()
    await withPlatform(
      scale,
      async (platform) => {
        publish.push({
          size: 'scale (all-in-one/scale)',
          ...(await benchOpenDataPublish(
            platform,
            scale,
            join(workDir, 'scale'),
            PLATFORM_ENV,
            publisherProfiles(run, 'scale'),
          )),
        })
        // A publisher's usual run: the previous release is there and nothing changed since (row digests compared,
        // the GTFS-JP zip answered 304 and taken over). Not a target; shown so its memory and time are seen.
        publish.push({
          size: 'scale, published again (nothing changed)',
          ...(await benchOpenDataPublish(platform, scale, join(workDir, 'scale'), PLATFORM_ENV, undefined)),
        })
      },
      platformProfiles(run, 'scale'),
    )
    run.results['openDataPublish'] = publish
    run.summary.push(...publishSummary(publish[0], publish[1]))
    printPublish(publish)
    // The release just published, as CKAN clients read it.
    const ckan = await benchCkanAtScale(join(workDir, 'scale', 'opendata'))
    run.results['ckanAtScale'] = ckan
    printCkanAtScale(ckan)
  }
  if (sections.has('import') || sections.has('refusal')) await benchOneLineSection(run, gtfs)
}

/** Where the publisher leaves its CPU profile of one size (BENCH_CPU_PROFILE), if profiling. */
const publisherProfiles = (run: BenchRun, size: string) =>
  run.profileDir ? join(run.profileDir, 'publisher', size) : undefined
/** Where the platform (gateway and subgraphs, one process) publishing at one size leaves its CPU profile. */
const platformProfiles = (run: BenchRun, size: string) =>
  run.profileDir ? join(run.profileDir, 'platform', size) : undefined

async function benchOneLineSection(run: BenchRun, gtfs: (GtfsImportResult & { startupRssMiB: number })[]) {
  // A platform of its own, so its memory high-water mark is the refusal's alone.
  const oneLine: OneLineResult = await withPlatform(run.sampleUrl, (platform) =>
    benchOneLineRefusal(platform, run.workDir, TOKEN),
  )
  const { results } = run
  if (run.sections.has('import')) results['gtfsImport'] = gtfs
  results['gtfsOneLineRefusal'] = oneLine
  run.summary.push(...gtfsSummary(gtfs, oneLine))
  if (run.sections.has('import')) printGtfsImport(gtfs)
  printOneLine(oneLine)
}

async function writeResults(results: Record<string, unknown>): Promise<void> {
  if (Array.isArray(results['summary'])) printSummary(results['summary'] as SummaryEntry[])
  await mkdir(projectPath('.bench'), { recursive: true })
  await writeFile(projectPath('.bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log('written to .bench/results.json')
}
