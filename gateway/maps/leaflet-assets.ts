import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { LIVE_SHELTERS_SCRIPT, LIVE_SHELTERS_SCRIPT_PATH } from './live-shelters-script.js'
import { MAP_SCRIPT } from './map-script.js'

/**
 * Leaflet from our own origin (no CDN): a page that embeds a map then depends on no third party for its code,
 * and its CSP can stay `script-src 'self'`. The files are read once at start-up from node_modules and served
 * under a versioned path, so they can be cached for a year without ever going stale.
 */

const require = createRequire(import.meta.url)
const packageJson = require.resolve('leaflet/package.json')
const { version } = require('leaflet/package.json') as { version: string }

/** Where pages link Leaflet from: `${LEAFLET_BASE}/leaflet.js`, `${LEAFLET_BASE}/leaflet.css`. */
export const LEAFLET_BASE = `/assets/leaflet/${version}`

const FILES: Record<string, string> = {
  'leaflet.js': 'text/javascript; charset=utf-8',
  'leaflet.css': 'text/css; charset=utf-8',
  'images/marker-icon.png': 'image/png',
  'images/marker-icon-2x.png': 'image/png',
  'images/marker-shadow.png': 'image/png',
  'images/layers.png': 'image/png',
  'images/layers-2x.png': 'image/png',
}

/**
 * Leaflet, our map script (/assets/maps/map.js) and the live shelter list's script. Both the portal and the
 * widgets draw maps and either may be served alone (tests start the portal by itself), so each registers them
 * and the second call does nothing.
 */
export async function registerLeafletAssets(app: FastifyInstance): Promise<void> {
  if (app.hasRoute({ method: 'GET', url: `${LEAFLET_BASE}/*` })) return
  const script = (body: string) => (_request: unknown, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/javascript; charset=utf-8').send(body)
  app.get('/assets/maps/map.js', script(MAP_SCRIPT))
  app.get(LIVE_SHELTERS_SCRIPT_PATH, script(LIVE_SHELTERS_SCRIPT))
  const dist = join(dirname(packageJson), 'dist')
  const contents = new Map<string, Buffer>()
  for (const file of Object.keys(FILES)) contents.set(file, await readFile(join(dist, file)))
  app.get<{ Params: { '*': string } }>(`${LEAFLET_BASE}/*`, (request, reply) => {
    const file = request.params['*']
    const body = contents.get(file)
    const type = FILES[file]
    if (!body || !type) return reply.code(404).type('text/plain; charset=utf-8').send('Not Found')
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('access-control-allow-origin', '*')
      .type(type)
      .send(body)
  })
}
