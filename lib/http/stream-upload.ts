import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Readable } from 'node:stream'

export interface StreamUploadOptions {
  method?: 'PUT' | 'POST'
  headers: OutgoingHttpHeaders
  /** The request body, sent as it is read: only what the socket has not yet taken is in memory. */
  body: Readable
  /** Aborting destroys the request (and the body): the server sees the connection go. */
  signal?: AbortSignal
}

/**
 * Sends a Node stream as a request body with node:http(s) and resolves with the response as soon as
 * its head arrives — also when the server answers before reading the whole body (a refusal; the rest
 * of the body is then still sent, for the server to discard, or dropped if it closes the connection).
 *
 * Why not fetch: Node 20's fetch (undici 6) clones every request to be able to follow redirects, and
 * cloning tees a streamed body; the branch kept for the redirect is never read, so the tee queues every
 * chunk of the upload until the request ends (nodejs/undici#4058). A 226 MiB upload passed on by the
 * gateway with fetch cost the platform 213 MiB of memory; with this, the socket's buffers.
 */
export function streamUpload(url: URL, options: StreamUploadOptions): Promise<IncomingMessage> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest
  const { body } = options
  return new Promise((resolve, reject) => {
    const outgoing = send(url, {
      method: options.method ?? 'PUT',
      headers: options.headers,
      ...(options.signal ? { signal: options.signal } : {}),
    })
    let answered = false
    const fail = (error: Error) => {
      body.unpipe(outgoing)
      outgoing.destroy()
      if (!answered) reject(error)
    }
    outgoing.once('response', (response) => {
      answered = true
      resolve(response)
    })
    // After the answer, failing to send the rest (the server closed the connection on a refusal) is no
    // error of the request. The body is not destroyed on a failure: when it is an incoming request (the
    // gateway passing an upload on), destroying it would cut the connection its answer goes back on.
    outgoing.on('error', fail)
    body.once('error', fail)
    // pipe() waits for 'drain' whenever the socket is full: backpressure up to the body's source.
    body.pipe(outgoing)
  })
}
