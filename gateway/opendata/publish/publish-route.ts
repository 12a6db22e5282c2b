import type { FastifyInstance } from 'fastify'
import type { AddressInfo } from 'node:net'
import type { ServiceTokenSource } from '../../../lib/auth/service-tokens.js'
import type { TokenVerifier } from '../../../lib/auth/tokens.js'
import { isAdmin, requireStaff } from '../../../lib/auth/viewer.js'
import { conflict, forbidden } from '../../../lib/errors.js'
import type { Logger } from '../../../lib/logger.js'
import { sendRestError } from '../../../lib/http/rest-errors.js'
import type { ReleaseManifest } from '../release-manifest.js'
import { publishRelease } from './publish-release.js'

/**
 * `POST /opendata/releases` (admins only): publishes a release now, the way `npm run
 * opendata:publish` does, and answers 201 with its summary. One publish at a time (409 otherwise).
 * The publisher queries this very gateway over loopback as its service account, seeing what the public sees.
 */
export function registerPublishRoute(
  app: FastifyInstance,
  options: { dir: string; verifyToken: TokenVerifier; logger: Logger; publisherToken: ServiceTokenSource },
) {
  let running = false
  /** One publish at a time: a second caller gets 409 while the first runs. */
  const publishOnce = async (authorization: string | undefined): Promise<ReleaseManifest> => {
    const viewer = requireStaff(await options.verifyToken(authorization))
    if (!isAdmin(viewer)) throw forbidden('Only an admin can publish an open-data release.')
    if (running) throw conflict('A release is being published; try again when it has finished.')
    running = true
    try {
      const { port } = app.server.address() as AddressInfo
      return await publishRelease({
        gatewayUrl: `http://127.0.0.1:${port}/graphql`,
        dir: options.dir,
        logger: options.logger,
        token: options.publisherToken,
      })
    } finally {
      running = false
    }
  }
  app.post('/opendata/releases', async (request, reply) => {
    let manifest: ReleaseManifest
    try {
      manifest = await publishOnce(request.headers.authorization)
    } catch (error) {
      return sendRestError(reply, error, request.log)
    }
    return reply.code(201).send({
      releaseId: manifest.releaseId,
      previousReleaseId: manifest.previousReleaseId,
      publishedAt: manifest.publishedAt,
      datasets: manifest.datasets.map((dataset) => ({
        id: dataset.id,
        rowCount: dataset.rowCount,
        isSample: dataset.isSample,
        ...dataset.changes,
      })),
    })
  })
}
