import { readFileSync } from 'node:fs'
import { buildSchema, getNamedType, isLeafType, type GraphQLField } from 'graphql'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RequestStockTransferDocument } from '../codegen/operations.js'
import { createDatabase, type DB } from '../lib/db/database.js'
import { LEAD_MUNICIPALITY_CODE, PARTY_CODES, type PartyCode } from '../lib/municipality-code.js'
import { SUBGRAPH_NAMES } from '../lib/config.js'
import { mapLimit } from './support/concurrency.js'
import { ownedTablesHash, ownedTables } from './support/owned-tables.js'
import {
  OWNERSHIP_ATTEMPTS,
  ownerRoleOf,
  REGION_WIDE_ATTEMPTS,
  thirdTown,
  type AttemptContext,
  type CrossTownAttempt,
} from './support/ownership-attempts.js'
import { createOwnershipFixtures, type OwnershipFixtures } from './support/ownership-fixtures.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * Issue #9: every mutation of the composed API (read from codegen/api-schema.graphql at test time,
 * so a mutation added later is covered or this file fails), tried by the editor of each town against
 * each other town's data (9 × 8 ordered pairs), plus the REST feed upload — all refused, and not one
 * row of any owned table changes. Then the same writes straight in SQL as each subgraph's login role
 * with an editor's settings: row-level security refuses them or they touch no row.
 */
const schema = buildSchema(readFileSync(new URL('../codegen/api-schema.graphql', import.meta.url), 'utf8'))
const MUTATIONS = Object.values(schema.getMutationType()?.getFields() ?? {})
const PAIRS = PARTY_CODES.flatMap((attacker) =>
  PARTY_CODES.filter((owner) => owner !== attacker).map((owner) => ({ attacker, owner })),
)

/** `mutation Attempt($a: T!, …) { field(a: $a, …) { __typename } }` for one schema field. */
function attemptDocument(field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }'
  const variables = definitions ? `(${definitions})` : ''
  return `mutation Attempt${variables} { ${field.name}${args ? `(${args})` : ''}${selection} }`
}

const isAttempt = (entry: unknown): entry is CrossTownAttempt =>
  typeof entry === 'object' && entry !== null && 'variables' in entry

let stack: TestStack
let fixtures: OwnershipFixtures
let before: Record<string, string>
const tokens = {} as Record<PartyCode, string>
let attempts = 0

beforeAll(async () => {
  stack = await startTestStack({ rateLimit: { max: 0, windowMs: 60_000 } })
  fixtures = await createOwnershipFixtures(stack)
  for (const code of PARTY_CODES) tokens[code] = await stack.token(code, ['editor'])
  before = await ownedTablesHash(stack.database.admin)
})
afterAll(async () => {
  console.log(`ownership matrix: ${attempts} write attempts in total (GraphQL, REST and SQL)`)
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll failed early
  await stack?.stop()
})

const contextOf = (attacker: PartyCode, owner: PartyCode): AttemptContext => ({
  attacker,
  owner,
  third: thirdTown(attacker, owner),
  fixtures,
})
/** An internal address, path or stack in an answer: refusals must say no more than the refusal. */
const LEAKS = /127\.0\.0\.1|localhost|node_modules|\/work\/|"response"|stacktrace/i
const codesOf = (body: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (body.errors ?? []).map((error) => String(error.extensions?.['code'])).join(',') || 'no error'

describe('ownership matrix through the gateway', () => {
  it('has an attempt for every mutation of the composed API schema, and none for a mutation that is gone', () => {
    const names = MUTATIONS.map((field) => field.name)
    expect(names.length).toBeGreaterThan(30)
    const missing = names.filter((name) => !(name in OWNERSHIP_ATTEMPTS))
    expect(missing, 'add a cross-town attempt to test/support/ownership-attempts.ts for each new mutation').toEqual([])
    expect(Object.keys(OWNERSHIP_ATTEMPTS).filter((name) => !names.includes(name))).toEqual([])
  })

  it("refuses every mutation by an editor of town A on town B's data, for all 72 ordered pairs", async () => {
    const cases = MUTATIONS.flatMap((field) => {
      const entry = OWNERSHIP_ATTEMPTS[field.name]
      return isAttempt(entry) ? PAIRS.map((pair) => ({ field, entry, ...pair })) : []
    })
    const started = Date.now()
    const outcomes = await mapLimit(cases, 6, async ({ field, entry, attacker, owner }) => {
      const response = await stack.graphql(attemptDocument(field), entry.variables(contextOf(attacker, owner)), {
        token: tokens[attacker],
      })
      const expected = entry.refusal ?? 'FORBIDDEN'
      const got = codesOf(response.body)
      return got === expected && response.body.data == null && !LEAKS.test(JSON.stringify(response.body))
        ? null
        : `${field.name} ${attacker}→${owner}: expected ${expected}, ` +
            `got ${got} ${JSON.stringify(response.body.errors?.[0]?.message ?? response.body.data)}`
    })
    attempts += cases.length
    console.log(
      `gateway: ${cases.length} cross-town attempts (${cases.length / PAIRS.length} mutations ` +
        `× ${PAIRS.length} pairs) in ${Date.now() - started} ms`,
    )
    expect(outcomes.filter(Boolean)).toEqual([])
  }, 240_000)

  it('refuses the REST feed upload PUT /transit/feeds/:operatorId of town B to an editor of town A', async () => {
    const outcomes = await mapLimit(PAIRS, 6, async ({ attacker, owner }) => {
      const response = await fetch(
        new URL(`/transit/feeds/${fixtures.towns[owner].operatorId}?fileName=forged.zip`, stack.services.gatewayUrl),
        {
          method: 'PUT',
          headers: { 'content-type': 'application/zip', authorization: `Bearer ${tokens[attacker]}` },
          body: fixtures.gtfsZip,
        },
      )
      const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] }
      return response.status === 403 && codesOf(body) === 'FORBIDDEN'
        ? null
        : `PUT ${attacker}→${owner}: ${response.status} ${codesOf(body)}`
    })
    attempts += PAIRS.length
    expect(outcomes.filter(Boolean)).toEqual([])
  })

  it("refuses region-wide records (no owning town) to every town's editor, 岩見沢市's included", async () => {
    const fields = new Map(MUTATIONS.map((field) => [field.name, field]))
    const cases = Object.entries(REGION_WIDE_ATTEMPTS).flatMap(([name, variables]) =>
      PARTY_CODES.map((attacker) => ({ name, variables, attacker })),
    )
    const outcomes = await mapLimit(cases, 6, async ({ name, variables, attacker }) => {
      const field = fields.get(name)
      if (!field) return `${name}: not a mutation of the API any more`
      const response = await stack.graphql(attemptDocument(field), variables(fixtures), { token: tokens[attacker] })
      return codesOf(response.body) === 'FORBIDDEN' && response.body.data == null
        ? null
        : `${name} by ${attacker}: ${codesOf(response.body)}`
    })
    const uploads = await mapLimit(PARTY_CODES, 6, async (attacker) => {
      const response = await fetch(
        new URL(`/transit/feeds/${fixtures.region.operatorId}?fileName=forged.zip`, stack.services.gatewayUrl),
        {
          method: 'PUT',
          headers: { 'content-type': 'application/zip', authorization: `Bearer ${tokens[attacker]}` },
          body: fixtures.gtfsZip,
        },
      )
      return response.status === 403 ? null : `PUT regional feed by ${attacker}: ${response.status}`
    })
    attempts += cases.length + PARTY_CODES.length
    expect([...outcomes, ...uploads].filter(Boolean)).toEqual([])
  })

  it('answers UNAUTHENTICATED to anonymous callers for every mutation and the REST upload', async () => {
    const [attacker, owner] = [PARTY_CODES[1], PARTY_CODES[0]]
    const outcomes = await mapLimit(MUTATIONS, 6, async (field) => {
      const entry = OWNERSHIP_ATTEMPTS[field.name]
      // Mutations without a cross-town target still get a well-formed request: the owner's own attempt.
      const variables = isAttempt(entry)
        ? entry.variables(contextOf(attacker, owner))
        : { lotId: fixtures.towns[owner].lotId, quantity: 1 }
      const response = await stack.graphql(attemptDocument(field), variables)
      const ok =
        codesOf(response.body) === 'UNAUTHENTICATED' &&
        response.body.data == null &&
        !LEAKS.test(JSON.stringify(response.body))
      return ok ? null : `${field.name}: ${codesOf(response.body)} ${JSON.stringify(response.body).slice(0, 300)}`
    })
    const upload = await fetch(
      new URL(`/transit/feeds/${fixtures.towns[owner].operatorId}`, stack.services.gatewayUrl),
      {
        method: 'PUT',
        headers: { 'content-type': 'application/zip' },
        body: fixtures.gtfsZip,
      },
    )
    attempts += MUTATIONS.length + 1
    expect(outcomes.filter(Boolean)).toEqual([])
    expect(upload.status).toBe(401)
  })
})

/** Columns naming a row's owning town (`municipality_code`, `from_municipality_code`, …). */
const OWNER_COLUMN = /(^|_)municipality_code$/

interface TableShape {
  table: string
  ownerColumns: string[]
  /** Columns an INSERT may name (not generated, not identity ALWAYS). */
  insertable: string[]
  /** One existing row per owner (else any row), as json, to copy with the owner columns replaced. */
  template: (owner: PartyCode) => Promise<Record<string, unknown> | null>
}

/** What an editor of `attacker` tries on `owner`'s rows: update, delete, and insert where a row can be copied. */
function writeAttempts(
  table: string,
  shape: TableShape,
  attacker: string,
  owner: string,
  template: Record<string, unknown> | null,
) {
  const [firstOwnerColumn = ''] = shape.ownerColumns
  const notAttackers = shape.ownerColumns.map((c) => sql`${sql.ref(c)} is distinct from ${attacker}`)
  const ownedByB = sql`(${sql.join(
    shape.ownerColumns.map((c) => sql`${sql.ref(c)} = ${owner}`),
    sql` or `,
  )}) and ${sql.join(notAttackers, sql` and `)}`
  return {
    update: sql`update ${sql.table(table)} set ${sql.ref(firstOwnerColumn)} = ${sql.ref(firstOwnerColumn)}
      where ${ownedByB}`,
    delete: sql`delete from ${sql.table(table)} where ${ownedByB}`,
    ...(template
      ? {
          insert: sql`insert into ${sql.table(table)} (${sql.join(shape.insertable.map((c) => sql.ref(c)))})
            select ${sql.join(shape.insertable.map((c) => sql.ref(c)))} from
              jsonb_populate_record(null::${sql.table(table)}, ${JSON.stringify({
                ...template,
                ...Object.fromEntries(shape.ownerColumns.map((c) => [c, owner])),
              })}::jsonb)`,
        }
      : {}),
  }
}

async function tableShape(admin: Kysely<DB>, table: string): Promise<TableShape> {
  const { rows: columns } = await sql<{ name: string; insertable: boolean }>`
    select attname as name, (attgenerated = '' and attidentity <> 'a') as insertable from pg_attribute
    where attrelid = ${table}::regclass and attnum > 0 and not attisdropped order by attnum`.execute(admin)
  const ownerColumns = columns.filter((c) => OWNER_COLUMN.test(c.name)).map((c) => c.name)
  // A row of the owner's keeps consistency triggers (a report's town is its shelter's) from refusing before RLS does.
  const template = async (owner: PartyCode) => {
    const ownedFirst = sql.join(
      ownerColumns.map((c) => sql`${sql.ref(c)} = ${owner}`),
      sql` or `,
    )
    // As text: the admin connection's camel-case plugin would rename the keys of a json value.
    const { rows } = await sql<{ row: string }>`
      select to_jsonb(t)::text as row from ${sql.table(table)} as t order by (${ownedFirst}) desc nulls last
        limit 1`.execute(admin)
    return rows[0] ? (JSON.parse(rows[0].row) as Record<string, unknown>) : null
  }
  return {
    table,
    ownerColumns,
    insertable: columns.filter((c) => c.insertable).map((c) => c.name),
    template,
  }
}

/** What a refused or rolled-back write attempt came to: the PostgreSQL error code, or the rows it touched. */
function outcomeOf(error: unknown): string {
  const failure = error as { code?: string; rows?: number; message?: string }
  if (failure.code) return `refused ${failure.code}`
  return failure.rows === undefined ? String(failure.message) : `${failure.rows} rows`
}

/** The party at this index, round robin. */
function partyAt(index: number): PartyCode {
  return PARTY_CODES[index % PARTY_CODES.length] ?? PARTY_CODES[0]
}

describe('ownership matrix in PostgreSQL (row-level security, as each subgraph login role)', () => {
  const roles = new Map<string, Kysely<DB>>()
  afterAll(async () => {
    await Promise.all([...roles.values()].map((db) => db.destroy()))
  })

  it("refuses INSERT of B's rows and lets UPDATE/DELETE of B's rows touch nothing, for an editor of A", async () => {
    for (const [subgraph, url] of Object.entries(stack.database.roleUrls))
      roles.set(subgraph, createDatabase({ url, poolMax: 2 }))
    const all = await ownedTables(stack.database.admin)
    const failures: string[] = []
    let count = 0
    const skipped: string[] = []
    await Promise.all(
      SUBGRAPH_NAMES.map(async (subgraph) => {
        const db = roles.get(subgraph)
        if (!db) throw new Error(`no login role for subgraph ${subgraph}`)
        const tables = all.filter((table) => table.startsWith(`${subgraph}.`) || table === 'app.audit_log')
        for (const table of tables) {
          const shape = await tableShape(stack.database.admin, table)
          if (shape.ownerColumns.length === 0) continue
          for (const { attacker, owner } of PAIRS) {
            const template = await shape.template(owner)
            const statements = writeAttempts(table, shape, attacker, owner, template)
            if (!template && attacker === PARTY_CODES[0] && owner === PARTY_CODES[1])
              skipped.push(`${subgraph}: insert into ${table} (no row to copy)`)
            for (const [kind, statement] of Object.entries(statements)) {
              count++
              const outcome = await db
                .transaction()
                .execute(async (trx) => {
                  await sql`select set_config('app.municipality_code', ${attacker}, true),
                    set_config('app.role', 'editor', true)`.execute(trx)
                  const result = await statement.execute(trx)
                  throw Object.assign(new Error('rollback'), { rows: Number(result.numAffectedRows ?? 0) })
                })
                .catch(outcomeOf)
              const refused = outcome === 'refused 42501' || (kind !== 'insert' && outcome === '0 rows')
              if (!refused) failures.push(`${subgraph} ${kind} ${table} ${attacker}→${owner}: ${outcome}`)
            }
          }
        }
      }),
    )
    attempts += count
    console.log(
      `row-level security: ${count} SQL write attempts${skipped.length ? `; not tried: ${skipped.join('; ')}` : ''}`,
    )
    expect(failures).toEqual([])
  }, 240_000)
})

describe('after the matrix', () => {
  it('left every owned table (and the audit log) exactly as it was', async () => {
    expect(await ownedTablesHash(stack.database.admin)).toEqual(before)
  })

  it("the attempts are well formed: no mutation is refused to the owner's editor (or the coordinator)", async () => {
    const refusals: string[] = []
    for (const [index, field] of MUTATIONS.entries()) {
      const entry = OWNERSHIP_ATTEMPTS[field.name]
      if (!isAttempt(entry)) continue
      const owner = entry.regionWide ? LEAD_MUNICIPALITY_CODE : partyAt(index)
      const token = entry.regionWide ? await stack.token(owner, [ownerRoleOf(entry)]) : tokens[owner]
      const response = await stack.graphql(attemptDocument(field), entry.variables(contextOf(owner, owner)), { token })
      if (response.body.errors)
        refusals.push(`${field.name} by ${owner}: ${codesOf(response.body)} ${response.body.errors[0]?.message}`)
    }
    for (const [name, variables] of Object.entries(REGION_WIDE_ATTEMPTS)) {
      const field = MUTATIONS.find((candidate) => candidate.name === name)
      if (!field) throw new Error(`REGION_WIDE_ATTEMPTS names ${name}, which is no mutation`)
      // Region-wide writes are the coordinator's, unless only an admin may make them.
      const role = ownerRoleOf(OWNERSHIP_ATTEMPTS[name]) === 'admin' ? 'admin' : 'coordinator'
      const token = await stack.token(LEAD_MUNICIPALITY_CODE, [role])
      const response = await stack.graphql(attemptDocument(field), variables(fixtures), { token })
      if (response.body.errors)
        refusals.push(
          `region-wide ${name} by the ${role}: ${codesOf(response.body)} ${response.body.errors[0]?.message}`,
        )
    }
    expect(refusals).toEqual([])
  })

  it("lets town A request B's stock (広域備蓄) only as itself, moving nothing until B approves", async () => {
    const [attacker, owner] = [PARTY_CODES[2], PARTY_CODES[5]]
    const lot = () =>
      stack.database.admin
        .selectFrom('disaster.stockLot')
        .select('quantity')
        .where('id', '=', fixtures.towns[owner].lotId)
        .executeTakeFirstOrThrow()
    const quantity = (await lot()).quantity
    const response = await stack.graphql(
      RequestStockTransferDocument,
      { lotId: fixtures.towns[owner].lotId, quantity: 1 },
      { token: tokens[attacker] },
    )
    const id = response.body.data?.requestStockTransfer.id ?? ''
    const row = await stack.database.admin
      .selectFrom('disaster.stockTransfer')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ fromMunicipalityCode: owner, toMunicipalityCode: attacker, status: 'REQUESTED' })
    expect((await lot()).quantity).toBe(quantity)
  })
})
