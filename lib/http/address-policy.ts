import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { BlockList, isIP } from 'node:net'

/**
 * Where the platform may send requests that a caller configured (webhook URLs): public addresses only, unless
 * WEBHOOK_ALLOWED_NETWORKS names a private network. Without this, a registered URL such as
 * http://169.254.169.254/ or http://localhost:5432/ would make the server reach into its own network for an
 * attacker (SSRF). The check runs twice: on the URL when it is registered (IP literals and local names), and on
 * every address the name resolves to when a delivery connects (a name can be re-pointed after registration).
 */
export interface AddressPolicy {
  /** Networks reachable although private (CIDR, e.g. `127.0.0.0/8` for a receiver on the same host). */
  readonly allowedNetworks: readonly string[]
}

export const PUBLIC_ADDRESSES_ONLY: AddressPolicy = Object.freeze({ allowedNetworks: [] })

/** Not the public internet: loopback, private, link-local (cloud metadata), shared, documentation, multicast… */
const NON_PUBLIC_V4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.88.99.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
]
const NON_PUBLIC_V6 = [
  '::/128',
  '::1/128',
  '64:ff9b::/96',
  '64:ff9b:1::/48',
  '100::/64',
  '2001::/32',
  '2001:db8::/32',
  '2002::/16',
  'fc00::/7',
  'fe80::/10',
  'fec0::/10',
  'ff00::/8',
]

function blockListOf(cidrs: readonly string[]): BlockList {
  const list = new BlockList()
  for (const cidr of cidrs) {
    const [address = '', prefix = ''] = cidr.split('/')
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    list.addSubnet(address, Number(prefix), family)
  }
  return list
}

const NON_PUBLIC = blockListOf([...NON_PUBLIC_V4, ...NON_PUBLIC_V6])

/** `a.b.c.d/n` or an IPv6 `x::y/n`; throws with the offending entry. */
export function parseNetworks(text: string): string[] {
  const networks = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  for (const network of networks) {
    const [address = '', prefix, extra] = network.split('/')
    const family = isIP(address)
    const bits = Number(prefix)
    if (family === 0 || extra !== undefined || !/^\d{1,3}$/.test(prefix ?? '') || bits > (family === 4 ? 32 : 128)) {
      throw new Error(`"${network}" is not a network in CIDR notation such as 10.0.0.0/8 or fd00::/8`)
    }
  }
  return networks
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:10.0.0.1`, `::ffff:a00:1`), else null. */
function mappedIPv4(address: string): string | null {
  const match = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(.+)$/i.exec(address)
  if (!match?.[1]) return null
  const tail = match[1]
  if (isIP(tail) === 4) return tail
  const groups = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(tail)
  if (!groups?.[1] || !groups[2]) return null
  const high = parseInt(groups[1], 16)
  const low = parseInt(groups[2], 16)
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/** Whether a request may connect to `address` (an IP address). */
export function isAddressAllowed(address: string, policy: AddressPolicy): boolean {
  const unbracketed = address.replace(/^\[|\]$/g, '')
  const family = isIP(unbracketed)
  if (family === 0) return false
  const v4 = family === 6 ? mappedIPv4(unbracketed) : unbracketed
  const [checked, type] = v4 ? ([v4, 'ipv4'] as const) : ([unbracketed, 'ipv6'] as const)
  if (policy.allowedNetworks.length > 0 && blockListOf(policy.allowedNetworks).check(checked, type)) return true
  return !NON_PUBLIC.check(checked, type)
}

const LOCAL_NAMES = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)\.?$/i

/**
 * What is wrong with `text` as a webhook URL, or null: http(s) only, no credentials, and a host that is not a
 * refused address or a name that can only be local. Names are resolved at delivery time, not here.
 */
export function webhookUrlProblem(text: string, policy: AddressPolicy): string | null {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'must be an absolute http:// or https:// URL'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http:// or https:// URL'
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password'
  if (url.hash !== '') return 'must not contain a fragment (#…)'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) !== 0) {
    return isAddressAllowed(host, policy) ? null : `must not point to a private or local address (${host})`
  }
  if (LOCAL_NAMES.test(host) && !isAddressAllowed('127.0.0.1', policy)) {
    return `must not point to a local host name (${host})`
  }
  return null
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

export class RefusedAddressError extends Error {
  override name = 'RefusedAddressError'
  readonly code = 'EREFUSEDADDRESS'
}

/**
 * A `lookup` for node:http(s) requests that refuses a name resolving to any address the policy refuses, so the
 * check applies to the address actually connected to (no DNS-rebinding window between check and connect).
 */
export function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      const refused = addresses.find((entry) => !isAddressAllowed(entry.address, policy))
      const first = addresses[0]
      if (error) callback(error, [])
      else if (refused) {
        callback(new RefusedAddressError(`${hostname} resolves to a refused address (${refused.address})`), [])
      } else if (!first) callback(new RefusedAddressError(`${hostname} resolves to no address`), [])
      else if (options.all) callback(null, addresses)
      else callback(null, first.address, first.family)
    })
  }
}
