import { randomBytes } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { SERVICE_NAMES, type ServiceName } from '../config.js'

export const serviceRoleOf = (service: ServiceName) => `${service}_svc` as const

/** The connection string for a service's login role: same server and database, different user. */
export function serviceRoleUrl(adminUrl: string, service: ServiceName, password: string): string {
  const url = new URL(adminUrl)
  url.username = serviceRoleOf(service)
  url.password = password
  return url.toString()
}

/**
 * For the all-in-one `npm start` and the tests: gives the services' login roles fresh random passwords
 * and returns their connection strings. A deployment instead hands each subgraph (and the gateway)
 * its own DATABASE_URL with credentials managed outside the application.
 */
export async function issueServiceRoleUrls<T>(admin: Kysely<T>, adminUrl: string): Promise<Record<ServiceName, string>> {
  const urls = {} as Record<ServiceName, string>
  for (const service of SERVICE_NAMES) {
    const password = randomBytes(18).toString('base64url')
    await sql`ALTER ROLE ${sql.id(serviceRoleOf(service))} PASSWORD ${sql.lit(password)}`.execute(admin)
    urls[service] = serviceRoleUrl(adminUrl, service, password)
  }
  return urls
}
