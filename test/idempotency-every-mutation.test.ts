import { readFileSync } from 'node:fs'
import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PARTY_CODES, type PartyCode } from '../lib/municipality-code.js'
import { ownedTablesHash } from './support/owned-tables.js'
import { OWNERSHIP_ATTEMPTS, ownerRoleOf, thirdTown, type CrossTownAttempt } from './support/ownership-attempts.js'
import { createOwnershipFixtures, type OwnershipFixtures } from './support/ownership-fixtures.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * Issue #17: EVERY mutation of the composed API (read from codegen/api-schema.graphql, so one added later is
 * covered) accepts `Idempotency-Key`: sent twice with the same key by its owner, the second answer equals the
 * first — every scalar field of the result, timestamps included — and not one row of any table changes.
 */
const schema = buildSchema(readFileSync(new URL('../codegen/api-schema.graphql', import.meta.url), 'utf8'))
const MUTATIONS = Object.values(schema.getMutationType()?.getFields() ?? {})

/** The result's scalar fields that take no required argument: what the comparison covers. */
function leafSelection(type: GraphQLOutputType): string {
  const named = getNamedType(type)
  if (!isObjectType(named)) return ''
  const leaves = Object.values(named.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && !field.args.some((arg) => isNonNullType(arg.type)))
    .map((field) => field.name)
  return ` { __typename ${leaves.join(' ')} }`
}

function documentOf(field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')
  const variables = definitions ? `(${definitions})` : ''
  return `mutation Keyed${variables} { ${field.name}${args ? `(${args})` : ''}${leafSelection(field.type)} }`
}

const isAttempt = (entry: unknown): entry is CrossTownAttempt =>
  typeof entry === 'object' && entry !== null && 'variables' in entry

let stack: TestStack
let fixtures: OwnershipFixtures
beforeAll(async () => {
  stack = await startTestStack({ rateLimit: { max: 0, windowMs: 60_000 } })
  fixtures = await createOwnershipFixtures(stack)
})
afterAll(() => stack.stop())

describe('an Idempotency-Key on every mutation', () => {
  it('answers the retry with the first result and writes nothing the second time', async () => {
    const failures: string[] = []
    let tried = 0
    for (const [index, field] of MUTATIONS.entries()) {
      const entry = OWNERSHIP_ATTEMPTS[field.name]
      const owner = (entry && isAttempt(entry) && entry.regionWide ? '012106' : PARTY_CODES[index % 9]) as PartyCode
      const variables = isAttempt(entry)
        ? entry.variables({ attacker: owner, owner, third: thirdTown(owner, owner), fixtures })
        : { lotId: fixtures.towns[PARTY_CODES[(index + 1) % 9] as PartyCode].lotId, quantity: 1 }
      const token = await stack.token(owner, [ownerRoleOf(entry)])
      const send = () =>
        stack.graphql(documentOf(field), variables, { token, headers: { 'idempotency-key': `every-${field.name}` } })
      const first = await send()
      const between = await ownedTablesHash(stack.database.admin)
      const second = await send()
      const after = await ownedTablesHash(stack.database.admin)
      tried++
      if (first.body.errors) failures.push(`${field.name}: first attempt failed ${JSON.stringify(first.body.errors)}`)
      else if (JSON.stringify(second.body) !== JSON.stringify(first.body))
        failures.push(`${field.name}: ${JSON.stringify(first.body)} then ${JSON.stringify(second.body)}`)
      const changed = Object.keys(after).filter((table) => after[table] !== between[table])
      if (changed.length > 0) failures.push(`${field.name}: the retry changed ${changed.join(', ')}`)
    }
    expect(tried).toBe(MUTATIONS.length)
    expect(failures).toEqual([])
  }, 240_000)
})
