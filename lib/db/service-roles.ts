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
 * its own DATABASE_URL with credentials managed outside the application (`setServiceRolePasswords`).
 */
export async function issueServiceRoleUrls<T>(
  admin: Kysely<T>,
  adminUrl: string,
): Promise<Record<ServiceName, string>> {
  const passwords = Object.fromEntries(
    SERVICE_NAMES.map((service) => [service, randomBytes(18).toString('base64url')]),
  ) as Record<ServiceName, string>
  await setServiceRolePasswords(admin, passwords)
  return Object.fromEntries(
    SERVICE_NAMES.map((service) => [service, serviceRoleUrl(adminUrl, service, passwords[service])]),
  ) as Record<ServiceName, string>
}

/**
 * Sets the given login roles' passwords (cluster-wide: roles belong to the server, not a database).
 * `npm run migrate` calls it with `<SERVICE>_DB_PASSWORD` from the environment, so a deployment's
 * secrets decide the passwords and the services' DATABASE_URLs can be written down in advance.
 */
export async function setServiceRolePasswords<T>(
  admin: Kysely<T>,
  passwords: Partial<Record<ServiceName, string>>,
): Promise<ServiceName[]> {
  const changed: ServiceName[] = []
  for (const service of SERVICE_NAMES) {
    const password = passwords[service]
    if (password === undefined) continue
    await sql`ALTER ROLE ${sql.id(serviceRoleOf(service))} PASSWORD ${sql.lit(password)}`.execute(admin)
    changed.push(service)
  }
  return changed
}
