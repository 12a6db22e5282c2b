import type { FastifyRequest } from 'fastify'

/** URL paths of everything the open-data layer serves, in one place so pages, catalogs and routes agree. */

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/')

export const paths = {
  portal: '/opendata/',
  catalog: '/opendata/catalog.jsonld',
  dataset: (id: string) => `/opendata/datasets/${encodeURIComponent(id)}`,
  /** The current release's copy: the stable link harvesters and people bookmark. */
  file: (path: string) => `/opendata/files/${encodePath(path)}`,
  /** One release's copy, immutable for as long as that release is kept on disk. */
  releaseFile: (releaseId: string, path: string) =>
    `/opendata/releases/${encodeURIComponent(releaseId)}/files/${encodePath(path)}`,
  ckanAction: (action: string) => `/api/3/action/${action}`,
  organization: (name: string) => `/api/3/action/organization_show?id=${encodeURIComponent(name)}`,
}

/**
 * The origin absolute URLs start with: PUBLIC_BASE_URL when configured (behind a proxy that rewrites
 * the host), otherwise the scheme and Host of the request itself.
 */
export function baseUrlOf(request: FastifyRequest, configured: string | undefined): string {
  if (configured) return configured.replace(/\/+$/, '')
  return `${request.protocol}://${request.host}`
}
