import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { appendVary } from '../../../lib/http/vary.js'
import { catalogViewOf } from './catalog-model.js'
import { CatalogPageCache } from './catalog-page-cache.js'
import { dcatGraph } from './dcat.js'
import { baseUrlOf, type LinkPolicy } from './links.js'
import { RDF_FORMATS, serializeRdf, type RdfFormat } from './rdf-serialize.js'
import type { ReleaseStore } from './release-store.js'

/** The current release changes when the publisher runs; caches revalidate after a minute. */
const CATALOG_CACHE = 'public, max-age=60'

/**
 * The DCAT-AP 3 catalog: `/opendata/catalog.jsonld`, `.ttl` and `.rdf`, and `/opendata/catalog` choosing by
 * `Accept` (RDF/XML when nothing better is asked, as ckanext-dcat's parser expects by default), with
 * `Vary: Accept`. `?page=n` pages as ckanext-dcat does. HEAD answers too (the RDF harvester sends one first).
 */
export function registerCatalogRoutes(
  app: FastifyInstance,
  store: ReleaseStore,
  links: LinkPolicy,
  pageSize: number | undefined,
) {
  const pages = new CatalogPageCache()
  const send = async (request: FastifyRequest, reply: FastifyReply, format: RdfFormat, path: string) => {
    const raw = (request.query as { page?: unknown }).page
    const page = raw === undefined ? 1 : Number(raw)
    if (!Number.isInteger(page) || page < 1)
      return reply.code(400).type('text/plain; charset=utf-8').send('page must be a positive integer')
    const { origin, dependsOnHost } = baseUrlOf(request, links)
    if (dependsOnHost) appendVary(reply, 'Host')
    const manifest = (await store.current())?.manifest ?? null
    const text = pages.page(catalogViewOf(manifest), JSON.stringify([origin, path, page, format]), () =>
      serializeRdf(
        dcatGraph({ manifest, baseUrl: origin, catalogPath: path, page, ...(pageSize ? { pageSize } : {}) }),
        format,
      ),
    )
    return reply.header('cache-control', CATALOG_CACHE).type(`${RDF_FORMATS[format]}; charset=utf-8`).send(text)
  }
  for (const format of Object.keys(RDF_FORMATS) as RdfFormat[]) {
    const path = `/opendata/catalog.${format}`
    app.get(path, async (request, reply) => send(request, reply, format, path))
  }
  app.get('/opendata/catalog', async (request, reply) => {
    appendVary(reply, 'Accept')
    const format = negotiate(request.headers.accept)
    if (!format)
      return reply
        .code(406)
        .type('text/plain; charset=utf-8')
        .send(`Not Acceptable: ${Object.values(RDF_FORMATS).join(', ')}`)
    return send(request, reply, format, '/opendata/catalog')
  })
}

/** The best RDF syntax for an Accept header (q-values honoured; `*\/*` or none → RDF/XML); null when none fits. */
export function negotiate(accept: string | undefined): RdfFormat | null {
  if (!accept || accept.trim() === '') return 'rdf'
  const byType = new Map<string, RdfFormat>([
    ...(Object.entries(RDF_FORMATS) as [RdfFormat, string][]).map(([format, type]) => [type, format] as const),
    ['application/xml', 'rdf'],
    ['text/xml', 'rdf'],
    ['application/json', 'jsonld'],
    ['text/n3', 'ttl'],
    ['application/x-turtle', 'ttl'],
  ])
  const ranges = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...parameters] = part.split(';').map((item) => item.trim().toLowerCase())
      const q = Number(parameters.find((item) => item.startsWith('q='))?.slice(2) ?? '1')
      return { type, q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((range) => range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const range of ranges) {
    const exact = byType.get(range.type)
    if (exact) return exact
    if (range.type === '*/*' || range.type === 'application/*') return 'rdf'
    if (range.type === 'text/*') return 'ttl'
  }
  return null
}
