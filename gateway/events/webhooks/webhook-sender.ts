import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP } from 'node:net'
import { guardedLookup, isAddressAllowed, type AddressPolicy } from '../../../lib/http/address-policy.js'

/** What one POST to a receiver came to: its status (2xx = delivered) or why there was none. */
export type SendResult = { statusCode: number; error: null } | { statusCode: null; error: string }

/** The most of a receiver's answer that is read (and thrown away): the answer is not what we are after. */
const MAX_RESPONSE_BYTES = 65_536

/**
 * POSTs a signed body to a subscriber's URL: the address checked against the policy at connect time (a name
 * resolving to a private address is refused, whenever it was re-pointed), redirects not followed (a redirect
 * could lead anywhere), the whole exchange bounded by `timeoutMs`.
 */
export function sendWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; policy: AddressPolicy },
): Promise<SendResult> {
  const target = new URL(url)
  const host = target.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) !== 0 && !isAddressAllowed(host, options.policy)) {
    return Promise.resolve({ statusCode: null, error: `refused: ${host} is a private or local address` })
  }
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve) => {
    const settle = (result: SendResult) => {
      clearTimeout(timer)
      resolve(result)
    }
    const outgoing = send(
      target,
      {
        method: 'POST',
        lookup: guardedLookup(options.policy),
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'minamisorachi-webhooks/1',
        },
      },
      (response: IncomingMessage) => {
        let read = 0
        response.on('data', (chunk: Buffer) => {
          read += chunk.length
          if (read > MAX_RESPONSE_BYTES) response.destroy()
        })
        response.on('close', () => {
          settle({ statusCode: response.statusCode ?? 0, error: null })
        })
        response.on('error', () => {
          settle({ statusCode: response.statusCode ?? 0, error: null })
        })
      },
    )
    const timer = setTimeout(() => {
      outgoing.destroy()
      settle({ statusCode: null, error: `timed out after ${options.timeoutMs} ms` })
    }, options.timeoutMs)
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      settle({
        statusCode: null,
        error: error.code === 'EREFUSEDADDRESS' ? `refused: ${error.message}` : error.message,
      })
    })
    outgoing.end(body)
  })
}
