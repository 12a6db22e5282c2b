import { createTokenVerifier } from '../auth/tokens.js'
import { TEST_TOKEN_SETTINGS } from '../../test/support/stack.js'
import { ApolloServer, type BaseContext } from '@apollo/server'
import { connect, type Socket } from 'node:net'
import { once } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { createLogger } from '../logger.js'
import { createGraphQLApp } from './graphql-app.js'

/** A server whose one field answers when the test says so, to hold a request in flight across a close. */
async function startHeldServer() {
  let entered: () => void = () => {}
  const inFlight = new Promise<void>((resolve) => (entered = resolve))
  let release: () => void = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  const app = await createGraphQLApp<BaseContext>({
    component: 'held',
    logger: createLogger('silent', 'test'),
    bodyLimit: 1_048_576,
    buildApollo: (plugins) =>
      new ApolloServer<BaseContext>({
        typeDefs: 'type Query { held: String }',
        resolvers: { Query: { held: async () => (entered(), await released, 'answered') } },
        plugins,
      }),
    context: () => Promise.resolve({}),
    checkReadiness: async () => {},
    verifyToken: createTokenVerifier(TEST_TOKEN_SETTINGS),
  })
  return { app, url: new URL(await app.listen('127.0.0.1', 0)), inFlight, release }
}

/** A keep-alive client that never hangs up by itself, like a connection pool between two services. */
function keepAliveRequest(url: URL, body: string): { socket: Socket; answer: Promise<string> } {
  const request = [
    `POST ${url.pathname} HTTP/1.1`,
    `Host: ${url.host}`,
    'Connection: keep-alive',
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
  ]
  const socket = connect(Number(url.port), url.hostname, () => socket.write(`${request.join('\r\n')}\r\n\r\n${body}`))
  let received = ''
  const answer = new Promise<string>((resolve) =>
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8')
      if (received.endsWith('}\n')) resolve(received)
    }),
  )
  return { socket, answer }
}

describe('closing a GraphQL app', () => {
  it('answers the request in flight, then closes its keep-alive connection before the idle timeout', async () => {
    const server = await startHeldServer()
    const client = keepAliveRequest(server.url, JSON.stringify({ query: '{ held }' }))
    const hungUp = once(client.socket, 'close')
    await server.inFlight
    const closing = server.app.close().then(() => 'closed')
    // Fastify runs its close hooks first: the answer must leave after the HTTP server itself began closing.
    while (server.app.app.server.listening) await sleep(10)
    server.release()

    const answer = await client.answer
    expect(answer).toMatch(/^HTTP\/1\.1 200 /)
    expect(answer).toMatch(/\r\nconnection: keep-alive\r\n/i)
    expect(answer.endsWith('\r\n\r\n{"data":{"held":"answered"}}\n')).toBe(true)
    // Fastify's keep-alive timeout is 72 s: a close still open after 20 s is waiting for it.
    expect(await Promise.race([closing, sleep(20_000).then(() => 'still open')])).toBe('closed')
    await hungUp
  })
})
