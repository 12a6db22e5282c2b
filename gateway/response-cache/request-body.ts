import { Readable } from 'node:stream'

/** A request body read before Fastify parses it: its bytes, or the part read when it passed the limit. */
export interface ReadBody {
  chunks: Buffer[]
  length: number
  /** False when the body passed `limit`: the rest is still in the stream. */
  complete: boolean
}

/**
 * Reads a request body as Fastify's own body reader would (at most `limit` bytes), so that the response cache can
 * look a request up by its bytes before the body is parsed. Stops reading as soon as the body passes `limit`; the
 * stream's errors (a caller gone mid-body) reject.
 */
export function readRequestBody(payload: Readable, limit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let length = 0
    const stop = () => {
      payload.removeListener('data', onData)
      payload.removeListener('end', onEnd)
      payload.removeListener('error', onError)
    }
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      chunks.push(bytes)
      length += bytes.length
      if (length <= limit) return
      stop()
      payload.pause()
      resolve({ chunks, length, complete: false })
    }
    const onEnd = () => {
      stop()
      resolve({ chunks, length, complete: true })
    }
    const onError = (error: Error) => {
      stop()
      reject(error)
    }
    payload.on('data', onData)
    payload.on('end', onEnd)
    payload.on('error', onError)
    payload.resume()
  })
}

/** The body's bytes as one string, a character per byte (latin1): one text per byte sequence, cheap to build. */
export function bodyText(body: ReadBody): string {
  const [only] = body.chunks
  return body.chunks.length === 1 && only ? only.toString('latin1') : Buffer.concat(body.chunks).toString('latin1')
}

/**
 * The stream Fastify parses instead of the one already read: the same bytes (copied: a chunk may be a view of the
 * socket's read buffer), followed by what is still unread when the body passed the limit, so that Fastify's body
 * reader refuses it exactly as it would have.
 */
export function replayBody(body: ReadBody, payload: Readable): Readable {
  const bytes = Buffer.concat(body.chunks, body.length)
  if (body.complete) return Readable.from([bytes], { objectMode: false })
  return Readable.from(
    (async function* rest() {
      yield bytes
      for await (const chunk of payload) yield chunk as Buffer
    })(),
    { objectMode: false },
  )
}
