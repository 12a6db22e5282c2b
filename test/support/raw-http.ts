import { connect } from 'node:net'

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * Sends one HTTP/1.1 request exactly as written — request target included — over a plain socket.
 * `fetch` normalises URLs (`/%67raphql`, `/./graphql`, absolute form), so an attacker's spellings
 * can only be replayed byte for byte like this.
 */
export function rawRequest(
  baseUrl: string,
  {
    method = 'GET',
    target,
    headers = {},
    body = '',
    host,
  }: {
    method?: string
    target: string
    headers?: Record<string, string>
    body?: string | Buffer
    /** The Host header, when it should not name the server (absolute-form and Host tricks). */
    host?: string
  },
): Promise<RawResponse> {
  const url = new URL(baseUrl)
  const lines = [
    `${method} ${target} HTTP/1.1`,
    `Host: ${host ?? url.host}`,
    'Connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ...(body ? [`Content-Length: ${Buffer.byteLength(body)}`] : []),
  ]
  return new Promise((resolve, reject) => {
    // Written, not ended: Node's HTTP server drops a connection whose client half-closes before the answer.
    const socket = connect(Number(url.port), url.hostname, () =>
      socket.write(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), Buffer.from(body)])),
    )
    // A server that waits for bytes that never come fails the test instead of hanging it.
    socket.setTimeout(15_000, () => {
      socket.destroy(new Error(`no answer to ${method} ${target} within 15 s`))
    })
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('end', () => {
      resolve(parseResponse(Buffer.concat(chunks)))
    })
  })
}

function parseResponse(bytes: Buffer): RawResponse {
  const headerEnd = bytes.indexOf('\r\n\r\n')
  const [statusLine = '', ...headerLines] = bytes.subarray(0, headerEnd).toString('latin1').split('\r\n')
  const headers = Object.fromEntries(
    headerLines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  )
  const rawBody = bytes.subarray(headerEnd + 4)
  const body = headers['transfer-encoding'] === 'chunked' ? unchunk(rawBody) : rawBody
  return { status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') }
}

/** Chunk sizes count bytes, so the body is taken apart before it is decoded. */
function unchunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = []
  let rest = bytes
  for (;;) {
    const lineEnd = rest.indexOf('\r\n')
    const size = parseInt(rest.subarray(0, lineEnd).toString('latin1'), 16)
    if (!size) return Buffer.concat(parts)
    parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size))
    rest = rest.subarray(lineEnd + 2 + size + 2)
  }
}
