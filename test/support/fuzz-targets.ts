import fc from 'fast-check'
import { gzipSync } from 'node:zlib'

/**
 * Generated HTTP requests aimed at the guards of `/graphql`: request-target spellings of the path, methods,
 * headers and body encodings, each sent byte for byte (test/support/raw-http.ts). A spelling is built from
 * parts, so fast-check shrinks a failure to the one trick that got through.
 */

/** How one letter of `graphql` is written in the request target. */
type LetterSpelling = 'plain' | 'percent' | 'percent-upper' | 'upper' | 'overlong' | 'double'

const hex = (byte: number, upper: boolean) => {
  const digits = byte.toString(16).padStart(2, '0')
  return `%${upper ? digits.toUpperCase() : digits}`
}

function spellLetter(letter: string, how: LetterSpelling): string {
  const code = letter.charCodeAt(0)
  switch (how) {
    case 'plain':
      return letter
    case 'percent':
      return hex(code, false)
    case 'percent-upper':
      return hex(code, true)
    case 'upper':
      return letter.toUpperCase()
    case 'overlong': // the two-byte (invalid) UTF-8 form of an ASCII letter
      return hex(0xc0 | (code >> 6), true) + hex(0x80 | (code & 0x3f), true)
    case 'double': // %2567: decodes to "%67", never to "g"
      return `%25${code.toString(16)}`
  }
}

/** Mostly a spelling the router resolves to `/graphql` (so the guards are what is tested), else any trick. */
const mostly = <T>(usual: readonly T[], tricks: readonly T[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...usual), weight: 6 }, { arbitrary: fc.constantFrom(...tricks), weight: 1 })

const ORIGINS = mostly(
  [''],
  ['http://evil.example', 'http://127.0.0.1', 'https://evil.example:8443', 'HTTP://EVIL.EXAMPLE'],
)
const PREFIXES = mostly(['/'], ['//', '/./', '/a/../', '/%2e/', '/%2E%2E/', '/%2f', '/%C0%AF', '/%E0%80%AF', '/;x/'])
const SUFFIXES = mostly(
  ['', '?', '?x=1', '#frag', '?#', '#'],
  ['/', '//', ';x', ';', '.', '%20', '%00', '%2f', '%3F', '%23x', '%C0%AE', '/.', '/..', '%09', '%'],
)
const LETTERS = fc.oneof(
  { arbitrary: fc.constantFrom<LetterSpelling>('plain', 'percent', 'percent-upper'), weight: 12 },
  { arbitrary: fc.constantFrom<LetterSpelling>('upper', 'overlong', 'double'), weight: 1 },
)

/** A spelling of `/graphql` as a request target (origin-form or absolute-form). */
export const graphqlSpelling: fc.Arbitrary<string> = fc
  .record({
    origin: ORIGINS,
    prefix: PREFIXES,
    letters: fc.array(LETTERS, { minLength: 7, maxLength: 7 }),
    suffix: SUFFIXES,
  })
  .map(
    ({ origin, prefix, letters, suffix }) =>
      origin +
      prefix +
      Array.from('graphql', (letter, i) => spellLetter(letter, letters[i] ?? 'plain')).join('') +
      suffix,
  )

/** Which document a request carries. Only `foreign*` ones are outside the safelist. */
export type DocumentChoice = 'foreign' | 'foreign-fake-hash' | 'listed' | 'listed-reformatted' | 'hash' | 'hash-foreign'
export const isForeign = (choice: DocumentChoice) => choice.startsWith('foreign')

export interface GuardRequest {
  method: string
  /** Query string for GET-like requests (without `?`), else empty. */
  params: string
  headers: Record<string, string>
  body: Buffer
  /** A Host header other than the server's, or undefined. */
  host: string | undefined
  document: DocumentChoice
  describe: string
}

export interface Documents {
  /** A safelisted operation without variables, its text exactly as listed. */
  listed: string
  listedHash: string
  /** A document certainly not in the safelist. */
  foreign: string
}

const METHODS = [
  ...['POST', 'POST', 'POST', 'POST', 'GET', 'GET', 'GET', 'GET'],
  ...['HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH', 'GeT'],
]
const ENCODINGS = ['json', 'json', 'json-escaped', 'json-charset', 'gzip', 'form', 'graphql', 'text'] as const
type Encoding = (typeof ENCODINGS)[number]

/** Headers an attacker adds hoping a proxy-aware layer reroutes, re-identifies or re-methods the request. */
const EXTRA_HEADERS: Record<string, string>[] = [
  {},
  {},
  { 'x-original-url': '/graphql' },
  { 'x-rewrite-url': '/graphql' },
  { 'x-http-method-override': 'GET' },
  { 'x-forwarded-for': '203.0.113.7' },
  { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
  { forwarded: 'for=203.0.113.7;host=evil.example' },
  { origin: 'http://evil.example' },
  { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
  { accept: 'application/graphql-response+json' },
  { 'apollo-require-preflight': 'true' },
]
const HOSTS = [undefined, undefined, undefined, 'evil.example', '127.0.0.1:1', 'localhost']

/** JSON with every letter of the values written as a \u escape: the same request after JSON.parse. */
const escapeLetters = (json: string) =>
  json.replace(
    /"((?:[^"\\]|\\.)*)"/g,
    (_, inner: string) => `"${inner.replace(/[a-z]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)}"`,
  )

function payloadOf(documents: Documents, choice: DocumentChoice): Record<string, unknown> {
  const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } })
  switch (choice) {
    case 'foreign':
      return { query: documents.foreign }
    case 'foreign-fake-hash':
      return { query: documents.foreign, extensions: persisted('0'.repeat(64)) }
    case 'listed':
      return { query: documents.listed }
    case 'listed-reformatted': // the safelist compares canonical forms: whitespace and comments do not matter
      return { query: `# reformatted\n${documents.listed.replace(/\s+/g, '  ')}` }
    case 'hash':
      return { extensions: persisted(documents.listedHash) }
    case 'hash-foreign': // the hash decides; the text sent beside it is replaced by the listed one
      return { query: documents.foreign, extensions: persisted(documents.listedHash) }
  }
}

function encodeBody(
  payload: Record<string, unknown>,
  encoding: Encoding,
): { type: string; extra: Record<string, string>; body: Buffer } {
  const json = JSON.stringify(payload)
  switch (encoding) {
    case 'json':
      return { type: 'application/json', extra: {}, body: Buffer.from(json) }
    case 'json-escaped':
      return { type: 'application/json', extra: {}, body: Buffer.from(escapeLetters(json)) }
    case 'json-charset':
      return { type: 'Application/JSON; charset=UTF-8', extra: {}, body: Buffer.from(json) }
    case 'gzip':
      return { type: 'application/json', extra: { 'content-encoding': 'gzip' }, body: gzipSync(json) }
    case 'form':
      return { type: 'application/x-www-form-urlencoded', extra: {}, body: Buffer.from(toParams(payload)) }
    case 'graphql':
      return {
        type: 'application/graphql',
        extra: {},
        body: Buffer.from(typeof payload['query'] === 'string' ? payload['query'] : ''),
      }
    case 'text':
      return { type: 'text/plain', extra: {}, body: Buffer.from(json) }
  }
}

/**
 * Joins the parameters with `separator`: `#&` hides the later ones from a URL parser (a fragment) but not from
 * every query-string parser — a guard and Apollo reading different parameters is a bypass.
 */
function toParams(payload: Record<string, unknown>, separator = '&'): string {
  return Object.entries(payload)
    .map(([key, value]) => `${key}=${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`)
    .join(separator)
}

/** One request to a `/graphql` spelling: method, headers, body and which document it carries. */
export function guardRequest(documents: Documents): fc.Arbitrary<GuardRequest> {
  return fc
    .record({
      method: fc.constantFrom(...METHODS),
      document: fc.constantFrom<DocumentChoice>(
        'foreign',
        'foreign',
        'foreign-fake-hash',
        'listed',
        'listed-reformatted',
        'hash',
        'hash-foreign',
      ),
      encoding: fc.constantFrom(...ENCODINGS),
      extra: fc.constantFrom(...EXTRA_HEADERS),
      host: fc.constantFrom(...HOSTS),
      separator: fc.constantFrom('&', '&', '&', '#&', ';', '&&'),
    })
    .map(({ method, document, encoding, extra, host, separator }): GuardRequest => {
      const payload = payloadOf(documents, document)
      const getLike = ['GET', 'HEAD', 'OPTIONS', 'GeT'].includes(method)
      const { type, extra: encodingHeaders, body } = encodeBody(payload, encoding)
      return {
        method,
        params: getLike ? toParams(payload, separator) : '',
        headers: getLike
          ? { 'apollo-require-preflight': 'true', ...extra }
          : { 'content-type': type, ...encodingHeaders, ...extra },
        body: getLike ? Buffer.alloc(0) : body,
        host,
        document,
        describe:
          `${method} ${document} ${getLike ? `query string joined by ${separator}` : encoding} ` +
          `${JSON.stringify(extra)}${host ? ` Host: ${host}` : ''}`,
      }
    })
}
