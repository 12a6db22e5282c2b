import type { FastifyRequest } from 'fastify'

/** URL paths of everything the open-data layer serves, in one place so pages, catalogs and routes agree. */

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/')

export const paths = {
  portal: '/opendata/',
  catalog: '/opendata/catalog.jsonld',
  dataset: (id: string) => `/opendata/datasets/${encodeURIComponent(id)}`,
  town: (code: string) => `/opendata/towns/${encodeURIComponent(code)}`,
  /** Every served town: by prefecture (`?pref=01`) or by a word of the name (`?q=`). */
  towns: '/opendata/towns/',
  /** The current release's copy: the stable link harvesters and people bookmark. */
  file: (path: string) => `/opendata/files/${encodePath(path)}`,
  /** One release's copy, immutable for as long as that release is kept on disk. */
  releaseFile: (releaseId: string, path: string) =>
    `/opendata/releases/${encodeURIComponent(releaseId)}/files/${encodePath(path)}`,
  ckanAction: (action: string) => `/api/3/action/${action}`,
  organization: (name: string) => `/api/3/action/organization_show?id=${encodeURIComponent(name)}`,
}

/** How answers spell their links: PUBLIC_BASE_URL, or the request's own origin when its Host is allow-listed. */
export interface LinkPolicy {
  /** PUBLIC_BASE_URL (behind a proxy that rewrites the host). */
  baseUrl?: string | undefined
  /** PUBLIC_HOST_ALLOWLIST: `host` (any port) or `host:port`, lower case. */
  allowedHosts?: readonly string[] | undefined
}

/**
 * The origin absolute links start with, or '' (relative links) when the request's Host is not one we
 * answer for: a forged Host header then changes nothing in the answer, so nothing forged can be cached.
 * `dependsOnHost` says the answer varies with Host (the caller adds `Vary: Host`).
 */
export function baseUrlOf(request: FastifyRequest, policy: LinkPolicy): { origin: string; dependsOnHost: boolean } {
  if (policy.baseUrl) return { origin: policy.baseUrl.replace(/\/+$/, ''), dependsOnHost: false }
  const host = request.host.toLowerCase()
  const allowed = policy.allowedHosts ?? []
  const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '')
  const listed = /^[a-z0-9.[\]:-]+$/.test(host) && (allowed.includes(host) || allowed.includes(hostname))
  return { origin: listed ? `${request.protocol}://${host}` : '', dependsOnHost: true }
}
