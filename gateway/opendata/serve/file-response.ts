import type { FastifyReply, FastifyRequest } from 'fastify'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { etagListMatches } from '../../../lib/http/etag.js'
import type { ServableFile } from './release-store.js'

/**
 * Sends one release file with the validators and range support of RFC 9110, streamed from disk.
 *
 * Written here rather than with @fastify/send: the strong ETag must be the manifest's SHA-256 (what
 * `SHA256SUMS` and the catalogs publish) and Last-Modified the release time, while send derives both
 * from the file's stat; the manifest, not the folder, decides what exists.
 */
export interface FileResponseOptions {
  file: ServableFile
  fullPath: string
  /** The release's publishedAt: Last-Modified of every file in it. */
  lastModified: Date
  cacheControl: string
}

type ByteRange = { start: number; end: number }

export async function sendReleaseFile(request: FastifyRequest, reply: FastifyReply, options: FileResponseOptions) {
  const { file, fullPath } = options
  const info = await stat(fullPath).catch(() => null)
  if (!info?.isFile()) return reply.code(404).type('text/plain; charset=utf-8').send('Not Found')
  if (info.size !== file.byteSize) {
    // Content-Length and ETag would be lies; a publisher bug or a damaged disk, not the caller's fault.
    request.log.error(
      { path: file.path, expected: file.byteSize, actual: info.size },
      'open-data file does not match its manifest',
    )
    return reply.code(500).type('text/plain; charset=utf-8').send('File does not match the release manifest')
  }

  const etag = `"${file.sha256}"`
  // HTTP dates have one-second resolution; comparisons below use the same truncation.
  const lastModifiedSeconds = Math.floor(options.lastModified.getTime() / 1000)
  reply.header('etag', etag)
  reply.header('last-modified', new Date(lastModifiedSeconds * 1000).toUTCString())
  reply.header('cache-control', options.cacheControl)
  reply.header('accept-ranges', 'bytes')
  // A CSV must never be sniffed into HTML. (Cross-origin reads: gateway/cors-policies.ts.)
  reply.header('x-content-type-options', 'nosniff')

  const headers = request.headers
  // RFC 9110 §13.2.2: preconditions in this order.
  const ifMatch = headers['if-match']
  if (ifMatch !== undefined && !etagListMatches(ifMatch, etag, 'strong')) return reply.code(412).send()
  const ifUnmodifiedSince = ifMatch === undefined ? httpDateSeconds(headers['if-unmodified-since']) : null
  if (ifUnmodifiedSince !== null && lastModifiedSeconds > ifUnmodifiedSince) return reply.code(412).send()
  const ifNoneMatch = headers['if-none-match']
  if (ifNoneMatch !== undefined) {
    if (etagListMatches(ifNoneMatch, etag, 'weak')) return reply.code(304).send()
  } else {
    const ifModifiedSince = httpDateSeconds(headers['if-modified-since'])
    if (ifModifiedSince !== null && lastModifiedSeconds <= ifModifiedSince) return reply.code(304).send()
  }

  reply.type(file.mediaType)
  let range: ByteRange | null = null
  const rangeHeader = headers.range
  if (
    request.method === 'GET' &&
    rangeHeader !== undefined &&
    ifRangeAllows(single(headers['if-range']), etag, lastModifiedSeconds)
  ) {
    const parsed = parseRange(rangeHeader, file.byteSize)
    if (parsed === 'unsatisfiable') {
      reply.header('content-range', `bytes */${file.byteSize}`)
      return reply.code(416).type('text/plain; charset=utf-8').send('Range Not Satisfiable')
    }
    range = parsed
  }

  if (range) {
    reply.code(206)
    reply.header('content-range', `bytes ${range.start}-${range.end}/${file.byteSize}`)
    reply.header('content-length', String(range.end - range.start + 1))
  } else {
    reply.header('content-length', String(file.byteSize))
  }
  if (request.method === 'HEAD' || file.byteSize === 0) return reply.send()
  return reply.send(createReadStream(fullPath, range ?? {}))
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** If-Range: the range applies only when the validator still matches exactly (a strong ETag or the same date). */
function ifRangeAllows(header: string | undefined, etag: string, lastModifiedSeconds: number): boolean {
  if (header === undefined) return true
  const value = header.trim()
  if (value.startsWith('"') || value.startsWith('W/')) return value === etag
  return httpDateSeconds(value) === lastModifiedSeconds
}

function httpDateSeconds(header: string | undefined): number | null {
  if (header === undefined) return null
  const ms = Date.parse(header)
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000)
}

/**
 * One `bytes=` range. Anything we do not serve as a range (other units, several ranges, bad syntax)
 * returns null and the whole file is sent, which RFC 9110 allows; a well-formed range wholly past the
 * end is 'unsatisfiable' (416).
 */
export function parseRange(header: string, size: number): ByteRange | null | 'unsatisfiable' {
  const match = /^bytes=\s*(\d*)-(\d*)\s*$/.exec(header.trim())
  if (!match) return null
  const [, first = '', last = ''] = match
  if (first === '' && last === '') return null
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(first)
  const end = last === '' ? size - 1 : Number(last)
  if (last !== '' && end < start) return null
  if (start >= size) return 'unsatisfiable'
  return { start, end: Math.min(end, size - 1) }
}
