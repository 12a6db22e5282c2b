import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { columnOf, type EntityRules } from '../lib/rules/entity-rules.js'
import { checkFields } from '../lib/rules/field-problems.js'
import { RULES_FIXTURES, type RulesFixture } from './entity-rules-fixtures.js'
import { discoverEntityRules, probesOf, snakeCase, type DiscoveredRules, type Probe } from './entity-rules-probes.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * The rules walk (issue #20): every entity's rules, enumerated from the `*.rules.ts` modules, and for every
 * rule of every top-level field one bad value derived from the rule itself. Each value must be refused,
 * naming the same field, by
 *   - the rules themselves,
 *   - the API (the mutation through the gateway: BAD_USER_INPUT naming `input.<field>`),
 *   - the importer, where the entity has one (the problem carries the same field),
 *   - the database, for fields stored in a column of the entity's table: a CHECK constraint named
 *     `<table>_<column>_check` (PostgreSQL's own naming), or the column's type (integer, date, its range).
 */
let stack: TestStack
let discovered: DiscoveredRules[]
beforeAll(async () => {
  ;[stack, discovered] = await Promise.all([startTestStack(), discoverEntityRules()])
})
afterAll(() => stack.stop())

const coverage = { rules: 0, probes: 0, api: 0, importer: 0, database: 0 }
/** Every layer that did not refuse a bad value as expected, as `<rules> <field> <kind>: <what happened>`. */
const misses: string[] = []
const shown = (value: unknown) => {
  const text = JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 30)}…(${text.length})` : text
}

/** The field an API error names: the rules' `extensions.field`, or the variable path GraphQL coercion reports. */
function namesField(error: GraphQLFormattedError | undefined, root: string, field: string): boolean {
  if (!error) return false
  const named = error.extensions?.['field']
  if (named === `${root}.${field}`) return true
  return root === 'input' ? error.message.includes(`"input.${field}"`) : error.message.includes(`"$${field}"`)
}

const firstError = (body: FormattedExecutionResult<unknown>) => body.errors?.[0]

async function apiMiss(fixture: RulesFixture, probe: Probe): Promise<string | null> {
  const { body } = await fixture.send({ ...fixture.valid, ...probe.values })
  const error = firstError(body)
  if (error?.extensions?.['code'] !== 'BAD_USER_INPUT' || !namesField(error, fixture.root, probe.field)) {
    return `API answered ${shown(error?.extensions?.['code'] ?? 'data')}: ${error?.message.slice(0, 120) ?? ''}`
  }
  coverage.api += 1
  return null
}

/** A file's cells are text: numbers as written, null as an empty cell; lists cannot be written in one. */
const asCell = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : value === null ? '' : undefined

async function importerMiss(fixture: RulesFixture, probe: Probe): Promise<string | null> {
  const cells = Object.entries(probe.values).map(([field, value]) => [field, asCell(value)] as const)
  if (!fixture.importCells || cells.some(([, cell]) => cell === undefined)) return null
  const absent = (field: string, cell: string | undefined) =>
    cell === '' && (fixture.importEmptyMeansAbsent ?? []).includes(field)
  if (cells.some(([field, cell]) => absent(field, cell))) return null
  const { body } = await fixture.importCells(Object.fromEntries(cells) as Record<string, string>)
  const error = firstError(body)
  const problems = (error?.extensions?.['problems'] ?? []) as { field?: string; reason: string }[]
  if (error?.extensions?.['code'] !== 'BAD_USER_INPUT' || !problems.some((problem) => problem.field === probe.field)) {
    return `importer answered ${shown(error?.extensions?.['code'] ?? 'data')}: ${error?.message.slice(0, 160) ?? ''}`
  }
  coverage.importer += 1
  return null
}

/** What a column's type answers: not an integer, not a date, out of the type's range. */
const TYPE_ERRORS: Partial<Record<Probe['kind'], readonly string[]>> = {
  integer: ['22P02'],
  date: ['22007', '22008'],
  maximum: ['22003'],
  minimum: ['22003'],
}

/** Sets these columns on one row of the table as the superuser, in a transaction that always rolls back. */
async function databaseAnswer(rules: EntityRules, columns: readonly (readonly [string, unknown])[]) {
  const rolledBack = new Error('rolled back')
  const assignments = sql.join(columns.map(([column, value]) => sql`${sql.ref(column)} = ${value}`))
  try {
    await stack.database.admin.transaction().execute(async (trx) => {
      const table = sql.table(rules.table)
      await sql`update ${table} set ${assignments} where ctid = (select ctid from ${table} limit 1)`.execute(trx)
      throw rolledBack
    })
  } catch (error) {
    if (error === rolledBack) return { code: 'accepted' }
    return error as { code?: string; constraint?: string }
  }
  return { code: 'no row' }
}

async function databaseMiss(rules: EntityRules, probe: Probe): Promise<string | null> {
  const stored = Object.entries(probe.values).map(([field, value]) => [columnOf(rules, field), value] as const)
  const reported = columnOf(rules, probe.field)
  if (reported === null || stored.some(([key]) => key === null)) return null
  const column = snakeCase(reported)
  const answer = await databaseAnswer(
    rules,
    stored.map(([key, value]) => [snakeCase(key ?? ''), value] as const),
  )
  const table = rules.table.split('.').at(-1) ?? ''
  const byType = TYPE_ERRORS[probe.kind]?.includes(answer.code ?? '') ?? false
  if (!byType && answer.constraint !== `${table}_${column}_check`) {
    return `${rules.table}.${column} answered ${answer.code ?? '?'} ${answer.constraint ?? ''}`
  }
  coverage.database += 1
  return null
}

describe('entity rules: one rule, one field name, in the API, the importers and the database', () => {
  it('finds the rules of every entity, each with a way to reach it through the API', () => {
    const names = discovered.map((entry) => entry.exportName)
    expect(names.length).toBeGreaterThanOrEqual(20)
    expect(names.filter((name) => !(name in RULES_FIXTURES))).toEqual([])
    expect(Object.keys(RULES_FIXTURES).filter((name) => !names.includes(name))).toEqual([])
  })

  it('refuses every bad value in every layer, naming the same field', { timeout: 300_000 }, async () => {
    for (const { name, exportName, rules } of discovered) {
      const factory = RULES_FIXTURES[exportName]
      if (!factory) throw new Error(`no fixture for ${name}`)
      const fixture = await factory(stack)
      const baseline = await fixture.send(fixture.valid)
      expect(baseline.body.errors, `${name}: the valid input must be accepted`).toBeUndefined()
      const probes = [
        ...probesOf(rules, fixture.valid),
        ...(fixture.refinements ?? []).map((refinement) => ({ ...refinement, kind: 'refinement' as const })),
      ]
      expect(probes.length, `${name} has rules to walk`).toBeGreaterThan(0)
      for (const probe of probes) {
        const local = checkFields(rules.input, { ...fixture.valid, ...probe.values })
        expect(local.ok ? [] : local.problems.map((problem) => problem.field), `${name}: ${probe.kind}`).toContain(
          probe.field,
        )
        const layers = [
          await apiMiss(fixture, probe),
          await importerMiss(fixture, probe),
          await databaseMiss(rules, probe),
        ]
        for (const miss of layers) if (miss) misses.push(`${exportName} ${probe.field} ${probe.kind}: ${miss}`)
      }
      coverage.rules += 1
      coverage.probes += probes.length
    }
    expect(misses).toEqual([])
    console.info(
      `rules walk: ${coverage.rules} entity rules, ${coverage.probes} bad values; refused by ` +
        `the API ${coverage.api}, the importer ${coverage.importer}, the database ${coverage.database} times`,
    )
  })
})
