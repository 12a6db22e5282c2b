import { randomBytes } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { SubgraphName } from '../config.js'

export const serviceRoleOf = (subgraph: SubgraphName) => `${subgraph}_svc` as const

/** The connection string for a subgraph's login role: same server and database, different user. */
export function serviceRoleUrl(adminUrl: string, subgraph: SubgraphName, password: string): string {
  const url = new URL(adminUrl)
  url.username = serviceRoleOf(subgraph)
  url.password = password
  return url.toString()
}

/**
 * For the all-in-one `npm start` and the tests: gives the four login roles fresh random passwords
 * and returns their connection strings. A deployment instead hands each subgraph its own
 * DATABASE_URL with credentials managed outside the application.
 */
export async function issueServiceRoleUrls<T>(
  admin: Kysely<T>,
  adminUrl: string,
  subgraphs: readonly SubgraphName[],
): Promise<Record<SubgraphName, string>> {
  const urls = {} as Record<SubgraphName, string>
  for (const subgraph of subgraphs) {
    const password = randomBytes(18).toString('base64url')
    await sql`ALTER ROLE ${sql.id(serviceRoleOf(subgraph))} PASSWORD ${sql.lit(password)}`.execute(admin)
    urls[subgraph] = serviceRoleUrl(adminUrl, subgraph, password)
  }
  return urls
}
