import fastifyFormbody from '@fastify/formbody'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { appendVary } from '../../../lib/http/vary.js'
import { ACTIONS } from './ckan-actions.js'
import { CkanError, type Params } from './ckan-params.js'
import { baseUrlOf, paths, type LinkPolicy } from './links.js'
import type { ReleaseStore } from './release-store.js'

/**
 * CKAN's Action API on every path CKAN clients use: `/api/action/<name>` (ckanapi's RemoteCKAN),
 * `/api/3/action/<name>` (ckanext-harvest), `/api/2/action/<name>` and `/api/1/action/<name>` (older
 * clients; CKAN ≤ 2.8 served them), by GET (query string) or POST (JSON body, or a form as CKAN's own
 * pages send). Answers use CKAN's envelope and statuses: 404 not found, 409 validation and Solr errors,
 * 400 an unknown action, a body that is not JSON, or a sort CKAN cannot read. `/api`, `/api/<1-3>`
 * give the version, `/api[/2]/util/dataset/autocomplete` CKAN's ResultSet. Registered in its own scope
 * so its error handler (CKAN shape) and form parser do not touch the gateway's.
 */
export async function registerCkanRoutes(app: FastifyInstance, store: ReleaseStore, links: LinkPolicy) {
  await app.register(async (scope) => {
    await scope.register(fastifyFormbody)
    scope.setErrorHandler((error: FastifyError, request, reply) => handleError(error, request, reply, links))

    for (const url of ['/api', '/api/']) scope.get(url, () => Promise.resolve({ version: 1 }))
    scope.get<{ Params: { version: string } }>('/api/:version', async (request, reply) => {
      const version = Number(request.params.version)
      if (![1, 2, 3].includes(version)) return reply.code(404).send({ error: 'Not Found' })
      return { version }
    })
    const handler = actionHandler(store, links)
    scope.route({ method: ['GET', 'POST'], url: '/api/action/:action', handler })
    scope.route({ method: ['GET', 'POST'], url: '/api/:version/action/:action', handler })
    for (const url of ['/api/util/dataset/autocomplete', '/api/:version/util/dataset/autocomplete'])
      scope.get(url, autocompleteHandler(store, links))
  })
}

const helpOf = (baseUrl: string, action: string) =>
  `${baseUrl}${paths.ckanAction('help_show')}?name=${encodeURIComponent(action)}`

function fail(reply: FastifyReply, help: string, error: CkanError) {
  return reply
    .code(error.status)
    .send({ help, success: false, error: { ...error.fields, __type: error.type, message: error.message } })
}

function linkOrigin(request: FastifyRequest, reply: FastifyReply, links: LinkPolicy): string {
  const { origin, dependsOnHost } = baseUrlOf(request, links)
  if (dependsOnHost) appendVary(reply, 'Host')
  return origin
}

function actionHandler(store: ReleaseStore, links: LinkPolicy) {
  return async (
    request: FastifyRequest<{ Params: { action: string; version?: string } }>,
    reply: FastifyReply,
  ): Promise<FastifyReply> => {
    const baseUrl = linkOrigin(request, reply, links)
    const { action: name, version } = request.params
    const help = helpOf(baseUrl, name)
    if (version !== undefined && !['1', '2', '3'].includes(version)) return reply.code(404).send({ error: 'Not Found' })
    const action = ACTIONS.get(name)
    if (!action)
      return fail(reply, help, new CkanError('Bad Request', `Bad request - Action name not known: ${name}`, 400))
    const params = paramsOf(request)
    if (params instanceof CkanError) return fail(reply, help, params)
    try {
      const release = await store.current()
      const result = action.run({ manifest: release?.manifest ?? null, baseUrl, params })
      return await reply.send({ help, success: true, result })
    } catch (error) {
      if (error instanceof CkanError) return fail(reply, help, error)
      throw error
    }
  }
}

/**
 * The action's data dictionary, read as CKAN reads it: the query string, then a JSON object body or a form
 * (a form whose only key is JSON with an empty value is CKAN's legacy JSON-in-form and is decoded).
 */
function paramsOf(request: FastifyRequest): Params | CkanError {
  const query = request.query as Params
  const params: Params = Object.assign(Object.create(null) as Params, query)
  if (request.method !== 'POST' || request.body === undefined || request.body === null) return params
  let body: unknown = request.body
  if (request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) body = legacyJsonForm(body)
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return new CkanError(
      'Bad Request',
      'Bad request - JSON Error: Request data JSON decoded to a non-object but it needs to be a dictionary.',
      400,
    )
  return Object.assign(params, body)
}

function legacyJsonForm(form: unknown): unknown {
  if (typeof form !== 'object' || form === null) return form
  const entries = Object.entries(form)
  const [only] = entries
  if (entries.length !== 1 || !only || !['', '1'].includes(String(only[1]))) return form
  try {
    return JSON.parse(only[0]) as unknown
  } catch {
    return form
  }
}

function autocompleteHandler(store: ReleaseStore, links: LinkPolicy) {
  return async (request: FastifyRequest<{ Querystring: Params }>, reply: FastifyReply) => {
    const baseUrl = linkOrigin(request, reply, links)
    const incomplete = typeof request.query['incomplete'] === 'string' ? request.query['incomplete'] : ''
    const action = ACTIONS.get('package_autocomplete')
    const release = await store.current()
    const result =
      incomplete && action
        ? action.run({
            manifest: release?.manifest ?? null,
            baseUrl,
            params: { q: incomplete, limit: request.query['limit'] ?? 10 },
          })
        : []
    return { ResultSet: { Result: result } }
  }
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply, links: LinkPolicy) {
  const help = helpOf(baseUrlOf(request, links).origin, 'package_list')
  const status = typeof error.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 500
  if (status >= 500) {
    request.log.error({ err: error }, 'CKAN action failed')
    return reply.code(500).send({
      help,
      success: false,
      error: { __type: 'Internal Server Error', message: 'Internal Server Error' },
    })
  }
  const message =
    error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
      ? `Bad request - JSON Error: ${error.message}`
      : error.message
  return fail(reply, help, new CkanError('Bad Request', message, status))
}
