import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import { ACTIONS } from './ckan-actions.js'
import { CkanError, type Params } from './ckan-params.js'
import { baseUrlOf, paths } from './links.js'
import type { ReleaseStore } from './release-store.js'

/**
 * `/api/3/action/<name>` by GET (query string) or POST (JSON body), answered in CKAN's envelope
 * `{help, success, result}` or `{help, success: false, error: {__type, message}}` with CKAN's statuses:
 * 404 not found, 409 validation and search syntax, 400 an unknown action or a body that is not JSON.
 * Registered in its own scope so its error handler (CKAN shape) does not replace the gateway's.
 */
export async function registerCkanRoutes(
  app: FastifyInstance,
  store: ReleaseStore,
  configuredBaseUrl: string | undefined,
) {
  await app.register(async (scope) => {
    const helpOf = (baseUrl: string, action: string) =>
      `${baseUrl}${paths.ckanAction('help_show')}?name=${encodeURIComponent(action)}`
    const fail = (reply: FastifyReply, help: string, error: CkanError) =>
      reply
        .code(error.status)
        .send({ help, success: false, error: { ...error.fields, __type: error.type, message: error.message } })

    scope.setErrorHandler((error: FastifyError, request, reply) => {
      const help = helpOf(baseUrlOf(request, configuredBaseUrl), 'package_list')
      const status = typeof error.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 500
      if (status >= 500) {
        request.log.error({ err: error }, 'CKAN action failed')
        return reply
          .code(500)
          .send({ help, success: false, error: { __type: 'Internal Error', message: 'Internal server error' } })
      }
      const message =
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? `Bad request - JSON Error: ${error.message}`
          : error.message
      return fail(reply, help, new CkanError('Bad Request', message, status))
    })

    scope.get('/api/3', async () => ({ version: 3 }))
    scope.route<{ Params: { action: string }; Querystring: Params; Body: unknown }>({
      method: ['GET', 'POST'],
      url: '/api/3/action/:action',
      handler: async (request, reply) => {
        const baseUrl = baseUrlOf(request, configuredBaseUrl)
        const name = request.params.action
        const help = helpOf(baseUrl, name)
        reply.header('access-control-allow-origin', '*')
        const action = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined
        if (!action)
          return fail(reply, help, new CkanError('Bad Request', `Bad request - Action name not known: ${name}`, 400))
        let params: Params = { ...request.query }
        if (request.method === 'POST' && request.body !== undefined && request.body !== null) {
          if (typeof request.body !== 'object' || Array.isArray(request.body)) {
            return fail(
              reply,
              help,
              new CkanError('Bad Request', 'Bad request - JSON Error: the body must be a JSON object', 400),
            )
          }
          params = { ...params, ...(request.body as Params) }
        }
        try {
          const release = await store.current()
          const result = action.run({ manifest: release?.manifest ?? null, baseUrl, params })
          return reply.send({ help, success: true, result })
        } catch (error) {
          if (error instanceof CkanError) return fail(reply, help, error)
          throw error
        }
      },
    })
  })
}
