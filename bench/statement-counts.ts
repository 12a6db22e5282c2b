import { sql } from 'kysely'
import { createTokenVerifier } from '../lib/auth/tokens.js'
import { createDatabase } from '../lib/db/database.js'
import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.js'
import type { Logger } from '../lib/logger.js'
import { prepareDatabase } from '../all-in-one/prepare-database.js'
import { startServices } from '../all-in-one/start-services.js'
import { answerOf } from './load.js'
import type { BenchOperation, BenchOperationName, DataSize } from './operations.js'

export interface StatementCount {
  operation: BenchOperationName
  size: DataSize
  /** Municipalities the database serves (agreement.municipality): 9 in the sample, 1,741 at scale. */
  municipalities: number
  total: number
  bySubgraph: Partial<Record<SubgraphName, number>>
}

const TOKEN = {
  secret: 'bench-secret-that-is-long-enough-for-hs256-0123456789',
  issuer: 'minamisorachi-federation',
  audience: 'minamisorachi-api',
}

/**
 * SQL statements each operation costs, counted by the subgraphs' onQuery hook (as the tests do) with
 * the response cache off, on a warm run (the first request of a process may load things once). Run
 * once per database size: a count that grows with the data is an N+1 the small sample hides.
 */
export async function countStatements(
  adminUrl: string,
  size: DataSize,
  operations: BenchOperation[],
  logger: Logger,
): Promise<StatementCount[]> {
  const roleUrls = await prepareDatabase(adminUrl, { sampleData: true, logger })
  const municipalities = await countMunicipalities(adminUrl)
  const statements: SubgraphName[] = []
  const services = await startServices({
    databaseUrls: roleUrls,
    verifyToken: createTokenVerifier(TOKEN),
    logger,
    host: '127.0.0.1',
    gatewayPort: 0,
    subgraphPorts: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>,
    poolMax: 4,
    rateLimit: { max: 0, windowMs: 60_000 },
    responseCache: undefined,
    onQuery: (subgraph) => void statements.push(subgraph),
  })
  try {
    const counts: StatementCount[] = []
    for (const operation of operations) {
      const target = { name: `in-process gateway (${size})`, url: services.gatewayUrl }
      await answerOf(target, operation)
      statements.length = 0
      await answerOf(target, operation)
      const bySubgraph: Partial<Record<SubgraphName, number>> = {}
      for (const subgraph of statements) bySubgraph[subgraph] = (bySubgraph[subgraph] ?? 0) + 1
      counts.push({ operation: operation.name, size, municipalities, total: statements.length, bySubgraph })
    }
    return counts
  } finally {
    await services.stop()
  }
}

/** How many municipalities the database at `url` serves. */
export async function countMunicipalities(url: string): Promise<number> {
  const db = createDatabase({ url, poolMax: 1 })
  try {
    const result = await sql<{ n: number }>`select count(*)::int as n from agreement.municipality`.execute(db)
    return result.rows[0]?.n ?? 0
  } finally {
    await db.destroy()
  }
}

export function printStatementCounts(counts: StatementCount[]): void {
  const operations = [...new Set(counts.map((count) => count.operation))]
  const of = (operation: BenchOperationName, size: DataSize) =>
    counts.find((count) => count.operation === operation && count.size === size)
  const detail = (count: StatementCount | undefined) =>
    count
      ? `${count.total} (${Object.entries(count.bySubgraph)
          .map(([subgraph, n]) => `${subgraph} ${n}`)
          .join(', ')})`
      : '–'
  const towns = (size: DataSize) => counts.find((count) => count.size === size)?.municipalities ?? '–'
  console.log(
    `\nSQL statements per operation (warm, response cache off), ` +
      `sample (${towns('sample')} municipalities) vs scale (${towns('scale')})`,
  )
  console.table(
    operations.map((operation) => {
      const sample = of(operation, 'sample')
      const scale = of(operation, 'scale')
      return {
        operation,
        sample: detail(sample),
        scale: detail(scale),
        flat: sample && scale ? (sample.total === scale.total ? 'yes' : 'NO') : '–',
      }
    }),
  )
}
