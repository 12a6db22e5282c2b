import { Agent, request } from 'node:http'

/**
 * Kept-alive connections for the tests' GraphQL posts. Node's `fetch` spends about a millisecond of CPU per
 * request more than `http.request` (web streams, a `Request` and a `Response` object per call); the ownership
 * matrix alone sends thousands of requests.
 */
const agent = new Agent({ keepAlive: true })

export interface PostedResponse {
  status: number
  headers: Headers
  /** The body parsed as JSON (throws, as `Response.json()` would, when it is not JSON). */
  body: unknown
}

/** POSTs `body` (already JSON text) to `url` with `headers` and parses the JSON answer. */
export function postJson(url: string, body: string, headers: Record<string, string>): Promise<PostedResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', agent, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () => {
        try {
          resolve({
            status: response.statusCode ?? 0,
            headers: headersOf(response.rawHeaders),
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
          })
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)))
        }
      })
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

/** `rawHeaders` (name, value, name, value, …) as the `Headers` a `fetch` caller gets. */
function headersOf(raw: readonly string[]): Headers {
  const headers = new Headers()
  for (let index = 0; index + 1 < raw.length; index += 2) headers.append(raw[index] ?? '', raw[index + 1] ?? '')
  return headers
}
