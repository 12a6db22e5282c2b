import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { afterEach, describe, expect, it } from 'vitest'
import { streamUpload } from './stream-upload.js'

const MiB = 2 ** 20

let server: Server | undefined
afterEach(async () => {
  server?.closeAllConnections()
  if (server?.listening) await new Promise((resolve) => server?.close(resolve))
  server = undefined
})

async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<URL> {
  server = createServer(handler)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`)
}

/** `total` bytes in 64 KiB chunks, made as they are read; `produced` says how many so far. */
function source(total: number) {
  const chunk = Buffer.alloc(64 * 1024, 'x')
  const state = { produced: 0 }
  const body = new Readable({
    read() {
      if (state.produced >= total) {
        this.push(null)
        return
      }
      state.produced += chunk.length
      this.push(chunk)
    },
  })
  return { body, state }
}

describe('streamUpload', () => {
  it('sends the body whole, reading it no faster than the server takes it', async () => {
    const total = 128 * MiB
    const { body, state } = source(total)
    let lead = 0
    const url = await listen((request, response) => {
      let received = 0
      // A slow reader: one chunk per turn of the event loop.
      request.on('data', (chunk: Buffer) => {
        received += chunk.length
        lead = Math.max(lead, state.produced - received)
        request.pause()
        setImmediate(() => request.resume())
      })
      request.on('end', () => response.end(String(received)))
    })
    const response = await streamUpload(url, { headers: { 'content-type': 'application/zip' }, body })
    expect({ status: response.statusCode, received: Number(await text(response)) }).toEqual({
      status: 200,
      received: total,
    })
    // Never more ahead than the sockets' buffers (the kernel's, up to tens of MiB on loopback), not the body.
    expect(lead).toBeLessThan(total / 2)
  })

  it('resolves with an answer the server gives before reading the body, and leaves the body alone', async () => {
    const { body } = source(64 * MiB)
    const url = await listen((_request, response) => {
      response.writeHead(413, { 'content-type': 'application/json' }).end('{"refused":true}')
    })
    const response = await streamUpload(url, { headers: {}, body })
    expect({ status: response.statusCode, body: await text(response) }).toEqual({
      status: 413,
      body: '{"refused":true}',
    })
    // The body may be an incoming request whose connection the answer is passed back on.
    expect(body.destroyed).toBe(false)
    body.destroy()
  })

  it('rejects when the server cannot be reached, and when aborted', async () => {
    const url = await listen(() => {})
    // Aborted while the server holds the request without answering.
    const aborting = new AbortController()
    const held = streamUpload(url, { headers: {}, body: source(MiB).body, signal: aborting.signal })
    await once(server as Server, 'request')
    aborting.abort()
    await expect(held).rejects.toMatchObject({ name: 'AbortError' })
    server?.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
    await expect(streamUpload(url, { headers: {}, body: source(MiB).body })).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    })
  })
})
