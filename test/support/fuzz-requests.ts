import fc from 'fast-check'
import type { SubgraphName } from '../../lib/config.js'
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql'

/** One HTTP request to send to the gateway. */
export interface FuzzRequest {
  kind: string
  method: 'GET' | 'POST'
  /** Path and query string, relative to the GraphQL endpoint. */
  search?: string
  contentType?: string
  body?: Buffer
  /**
   * Index into the callers: 0 anonymous, 1.. an editor of a town; -1 a garbage Authorization header, below it
   * forged tokens.
   */
  caller: number
  /** A subgraph called directly instead of the gateway. */
  target?: SubgraphName
}

/** Strings that have broken parsers, databases and renderers before. None contains what the leak check looks for. */
const NASTY = [
  "'; drop table disaster.shelter; --",
  "\\' or 1=1--",
  "' OR '1'='1' --",
  '1; DELETE FROM ict.system',
  '\u202Eevil\u202C.csv',
  'e\u0301\u0301\u0301\u0301\u0301\u0301',
  '\uD800',
  '\uDFFF\uD800',
  'a\u0000b',
  '\u0000',
  '\uFEFF\u200B\u2028\u2029',
  '${jndi:ldap://x/a}',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '%00%0d%0a',
  '{{7*7}}',
  '__proto__',
  'constructor',
  '9007199254740992',
  '1e308',
  '-0',
  'NaN',
  'Infinity',
  '012106',
  '',
  ' ',
]
const LEAKY = /select |insert |relation |syntax error at|\/work\/|node_modules|localhost|127\.0\.0\.1/i

export const nastyString: fc.Arbitrary<string> = fc
  .oneof(
    { arbitrary: fc.constantFrom(...NASTY), weight: 5 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
    { arbitrary: fc.constant('ｘ'.repeat(35_000)), weight: 1 }, // ~100 KB of UTF-8
  )
  .filter((s) => !LEAKY.test(s))

export const nastyNumber: fc.Arbitrary<number> = fc.constantFrom(
  2 ** 53,
  -(2 ** 53),
  2 ** 53 + 2,
  1e308,
  -1e308,
  -0,
  2 ** 31,
  -(2 ** 31) - 1,
  0.5,
  5e-324,
)

/** Any JSON value, adversarial leaves, shallow. */
/** JSON.stringify as it behaves: `undefined` (and functions) have no JSON text. */
const jsonText = (value: unknown): string | undefined => JSON.stringify(value)

export const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    nastyString,
    nastyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('id', 'input', 'municipalityCode', 'first', '__proto__', 'x'), tie('value'), {
      maxKeys: 3,
    }),
  ),
})).value

/** A list nested `depth` deep around a value. */
export const deepList = fc.integer({ min: 50, max: 2000 }).map((depth) => {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = [value]
  return value
})

const MUNICIPALITY_FIELD = /municipalitycode$/i

/**
 * A value for a GraphQL input type: mostly of the right shape with adversarial leaves, sometimes
 * wrong-typed. Fields naming a town (`municipalityCode`, `hostMunicipalityCode`, …) always carry
 * `foreignTown` when given, so an editor's request can only ever target another town.
 */
export function valueFor(type: GraphQLInputType, foreignTown: string | null, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(anyJson, deepList)
  const right = ((): fc.Arbitrary<unknown> => {
    if (isNonNullType(type)) return valueFor(type.ofType, foreignTown, depth)
    if (isListType(type))
      return depth > 2 ? fc.constant([]) : fc.array(valueFor(type.ofType, foreignTown, depth + 1), { maxLength: 3 })
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name))
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields())
      const record: Record<string, fc.Arbitrary<unknown>> = {}
      for (const field of fields) {
        record[field.name] =
          foreignTown && MUNICIPALITY_FIELD.test(field.name)
            ? fc.constant(foreignTown)
            : valueFor(field.type, foreignTown, depth + 1)
      }
      const required = fields
        .filter((f) => isNonNullType(f.type) || (foreignTown && MUNICIPALITY_FIELD.test(f.name)))
        .map((f) => f.name)
      return fc.record(record, { requiredKeys: required })
    }
    switch (type.name) {
      case 'Int':
        return fc.oneof(fc.integer(), nastyNumber)
      case 'Float':
        return fc.oneof(fc.double(), nastyNumber)
      case 'Boolean':
        return fc.boolean()
      default:
        return nastyString
    }
  })()
  return fc.oneof({ arbitrary: right, weight: 8 }, { arbitrary: wrong, weight: 1 })
}

/** `{ __typename a b }` with up to two argument-free scalar fields of the return type. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type)
  if (isLeafType(named)) return ''
  const scalars = isObjectType(named)
    ? Object.values(named.getFields())
        .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
        .slice(0, 2)
        .map((f) => f.name)
    : []
  return ` { __typename ${scalars.join(' ')} }`
}

interface FuzzRoot {
  keyword: 'query' | 'mutation'
  field: GraphQLField<unknown, unknown>
}

/** A GraphQL request over one real root field, with variables (possibly wrong-typed) and sometimes extra junk. */
export function operationRequest(schema: GraphQLSchema, towns: readonly string[]): fc.Arbitrary<FuzzRequest> {
  const roots: FuzzRoot[] = [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ keyword: 'query' as const, field })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
      keyword: 'mutation' as const,
      field,
    })),
  ]
  return fc
    .record({
      root: fc.constantFrom(...roots),
      caller: fc.integer({ min: -1, max: towns.length }),
      foreign: fc.nat(towns.length - 2),
    })
    .chain(({ root, caller, foreign }) => {
      // An editor's writes always name a town other than their own.
      const own = caller >= 1 ? (towns[caller - 1] ?? null) : null
      const foreignTown = own ? (towns.filter((t) => t !== own)[foreign] ?? null) : null
      return sentRequest(root, { caller, own }, variablesFor(root.field, foreignTown))
    })
}

/** The operation document calling one root field with every argument as a variable. */
function documentFor(root: FuzzRoot): string {
  const args = root.field.args
  const definitions = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')
  const call = `${root.field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}`
  return `${root.keyword} Fuzz${definitions ? `(${definitions})` : ''} { ${call}${selectionOf(root.field)} }`
}

/** Variables for a root field's arguments; an editor's town arguments always name `foreignTown`. */
function variablesFor(field: GraphQLField<unknown, unknown>, foreignTown: string | null) {
  const args = field.args
  return fc.record(
    Object.fromEntries(
      args.map((arg) => [
        arg.name,
        foreignTown && MUNICIPALITY_FIELD.test(arg.name) ? fc.constant(foreignTown) : valueFor(arg.type, foreignTown),
      ]),
    ),
    {
      requiredKeys: args
        .filter((a) => isNonNullType(a.type) || (foreignTown && MUNICIPALITY_FIELD.test(a.name)))
        .map((a) => a.name),
    },
  )
}

/** The request as sent: the variables or any JSON, and now and then a mangled envelope. */
function sentRequest(
  root: FuzzRoot,
  sender: { caller: number; own: string | null },
  variables: fc.Arbitrary<unknown>,
): fc.Arbitrary<FuzzRequest> {
  const document = documentFor(root)
  return fc
    .record({
      variables: fc.oneof({ arbitrary: variables, weight: 6 }, { arbitrary: anyJson, weight: 1 }),
      mangle: fc.constantFrom(
        'none',
        'none',
        'none',
        'none',
        'truncate',
        'operationName',
        'persistedQuery',
        'extensions',
      ),
      junk: anyJson,
      cut: fc.nat(),
    })
    .map(({ variables: vars, mangle, cut, junk }): FuzzRequest => {
      // An editor never sends wrong-shaped variables to a mutation that could then default to their own town.
      const safeVars =
        sender.own && root.keyword === 'mutation' && (typeof vars !== 'object' || vars === null || Array.isArray(vars))
          ? {}
          : vars
      const payload: Record<string, unknown> = { query: document, variables: safeVars }
      if (mangle === 'operationName') payload['operationName'] = 'NotThere'
      if (mangle === 'persistedQuery')
        payload['extensions'] = { persistedQuery: { version: 1, sha256Hash: 'x'.repeat(64) } }
      if (mangle === 'extensions') payload['extensions'] = { junk }
      let text = JSON.stringify(payload)
      if (mangle === 'truncate') text = text.slice(0, cut % text.length)
      return {
        kind: `${root.keyword} ${root.field.name}${mangle === 'none' ? '' : ` (${mangle})`}`,
        method: 'POST',
        contentType: 'application/json',
        body: Buffer.from(text, 'utf8'),
        caller: sender.caller,
      }
    })
}

/**
 * Percent-encodes like encodeURIComponent, but a lone surrogate becomes its (invalid) CESU-8 bytes instead of throwing.
 */
function percentEncode(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[^]/gu, (ch) => {
    const code = ch.charCodeAt(0)
    if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('')
    }
    return encodeURIComponent(ch)
  })
}

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/graphql',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/xml',
  'application/json, text/html',
  '',
]

/** Requests that are broken below GraphQL: bytes, JSON, content types, methods. */
export function malformedRequest(towns: readonly string[]): fc.Arbitrary<FuzzRequest> {
  const caller = fc.integer({ min: -1, max: towns.length })
  return fc.oneof(...brokenBodies(caller), ...brokenEnvelopes(caller))
}

/** POSTs whose body is broken: bytes that are not UTF-8, JSON that is not JSON or not a request, deep nesting. */
function brokenBodies(caller: fc.Arbitrary<number>): fc.Arbitrary<FuzzRequest>[] {
  return [
    fc.record({ bytes: fc.uint8Array({ maxLength: 300 }), caller }).map(({ bytes, caller: c }): FuzzRequest => ({
      kind: 'random bytes (invalid UTF-8)',
      method: 'POST',
      contentType: 'application/json',
      body: Buffer.concat([
        Buffer.from('{"query":"{ __typename }","variables":{"x":"'),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from(bytes),
        Buffer.from('"}}'),
      ]),
      caller: c,
    })),
    fc
      .record({ text: fc.string({ unit: 'binary', maxLength: 200 }), caller })
      .map(({ text, caller: c }): FuzzRequest => ({
        kind: 'broken JSON',
        method: 'POST',
        contentType: 'application/json',
        body: Buffer.from(`{"query": ${text}`, 'utf8'),
        caller: c,
      })),
    fc.record({ value: anyJson, caller }).map(({ value, caller: c }): FuzzRequest => ({
      kind: 'JSON that is not a GraphQL request',
      method: 'POST',
      contentType: 'application/json',
      body: Buffer.from(jsonText(value) ?? 'null', 'utf8'),
      caller: c,
    })),
    fc.record({ deep: deepList, caller }).map(({ deep, caller: c }): FuzzRequest => ({
      kind: 'deeply nested variables',
      method: 'POST',
      contentType: 'application/json',
      body: Buffer.from(JSON.stringify({ query: 'query ($x: [Int]) { __typename }', variables: { x: deep } }), 'utf8'),
      caller: c,
    })),
  ]
}

/** A request broken around its body: content type, method and query string, batching. */
function brokenEnvelopes(caller: fc.Arbitrary<number>): fc.Arbitrary<FuzzRequest>[] {
  const validBody = Buffer.from(JSON.stringify({ query: '{ municipalities { code } }' }))
  return [
    fc.record({ type: fc.constantFrom(...CONTENT_TYPES), caller }).map(({ type, caller: c }): FuzzRequest => ({
      kind: `content type ${JSON.stringify(type)}`,
      method: 'POST',
      ...(type ? { contentType: type } : {}),
      body: validBody,
      caller: c,
    })),
    fc
      .record({ query: nastyString, variables: anyJson, caller })
      .map(({ query, variables, caller: c }): FuzzRequest => ({
        kind: 'GET with junk parameters',
        method: 'GET',
        search: `?query=${percentEncode(query)}&variables=${percentEncode(jsonText(variables) ?? '')}`,
        caller: c,
      })),
    fc.record({ count: fc.integer({ min: 1, max: 50 }), caller }).map(({ count, caller: c }): FuzzRequest => ({
      kind: 'batch (JSON array)',
      method: 'POST',
      contentType: 'application/json',
      body: Buffer.from(JSON.stringify(Array.from({ length: count }, () => ({ query: '{ __typename }' })))),
      caller: c,
    })),
  ]
}
