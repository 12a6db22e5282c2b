import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STAFF_ROLES } from '../lib/auth/viewer.js'
import { createTestDatabase, type TestDatabase } from './support/database.js'

/**
 * Every row-level-security policy a service login can meet must be evaluable as that login, for every viewer role:
 * a function the policy calls (directly or through an inlined SQL helper) that the login may not EXECUTE turns the
 * policy into "permission denied" for that login — the kind of fault that made the gateway's release event fail
 * from migration 0125 until 0127 with nothing but a warning in the log. The ownership matrix only meets the
 * policies its write attempts happen to reach; this walks them all.
 *
 * Each expression is evaluated over one all-NULL row of its table (so no data or table privilege is needed for
 * the row itself): PostgreSQL checks EXECUTE on every function in the expression when the executor starts, before
 * any branch is taken, and the viewer role settings make the coordinator branches (which call
 * `app.leads_agreement`) run as well.
 */

interface PolicyUse {
  login: string
  table: string
  relation: string
  policy: string
  clause: 'USING' | 'WITH CHECK'
  expression: string
}

const VIEWERS = ['anonymous', ...STAFF_ROLES]

let database: TestDatabase
let uses: PolicyUse[]
let leadTown: string

beforeAll(async () => {
  database = await createTestDatabase()
  const logins = Object.values(database.roleUrls).map((url) => decodeURIComponent(new URL(url).username))
  // Policies per login: the policy applies to the login (or to PUBLIC) and the login holds the privilege of the
  // policy's command on its table, i.e. a statement of that login can meet it.
  const rows = await sql<PolicyUse>`
    with command(code, privilege) as (
      values ('r', 'SELECT'), ('a', 'INSERT'), ('w', 'UPDATE'), ('d', 'DELETE'),
             ('*', 'SELECT'), ('*', 'INSERT'), ('*', 'UPDATE'), ('*', 'DELETE'))
    select distinct login, c.oid::regclass::text as "table", c.relname as relation, p.polname as policy,
           clause.name as clause, clause.expression
      from pg_policy p
      join pg_class c on c.oid = p.polrelid
      cross join unnest(${logins}::text[]) as login
      join command on command.code = p.polcmd
      cross join lateral (values ('USING', pg_get_expr(p.polqual, p.polrelid)),
                                 ('WITH CHECK', pg_get_expr(p.polwithcheck, p.polrelid))) as clause(name, expression)
     where clause.expression is not null
       and has_table_privilege(login, c.oid, command.privilege)
       and (0 = ANY (p.polroles) or exists (select from unnest(p.polroles) r where pg_has_role(login, r, 'MEMBER')))
     order by login, "table", policy, clause`.execute(database.admin)
  uses = rows.rows
  const lead = await sql<{ code: string }>`
    select lead_municipality_code as code from agreement.policy_field
     where lead_municipality_code is not null limit 1`.execute(database.admin)
  const [town] = lead.rows
  if (!town) throw new Error('the sample data has no policy field with a lead town')
  leadTown = town.code
})
afterAll(async () => {
  await database.drop()
})

/**
 * The errors evaluating `expressions` as `login` for `viewer`, one per failing expression (null for the others).
 * One round trip: a temporary PL/pgSQL function, run as the login, catches each expression's error; the role and
 * the viewer settings are local to the transaction, and the expressions only read.
 */
async function evaluationErrors(login: string, viewer: string, expressions: string[]): Promise<(string | null)[]> {
  return database.admin.transaction().execute(async (trx) => {
    await sql`create or replace function pg_temp.evaluation_errors(statements text[])
      returns text[] language plpgsql as $$
      declare
        statement text;
        errors text[] := '{}';
      begin
        foreach statement in array statements loop
          begin
            execute statement;
            errors := errors || null::text;
          exception when others then
            errors := errors || sqlerrm;
          end;
        end loop;
        return errors;
      end $$`.execute(trx)
    await sql`select set_config('app.role', ${viewer}, true),
      set_config('app.municipality_code', ${leadTown}, true)`.execute(trx)
    await sql`set local role ${sql.id(login)}`.execute(trx)
    const { rows } = await sql<{ errors: (string | null)[] }>`
      select pg_temp.evaluation_errors(${expressions}::text[]) as errors`.execute(trx)
    const errors = rows[0]?.errors
    if (errors?.length !== expressions.length) throw new Error(`evaluation_errors answered ${String(errors)}`)
    return errors
  })
}

/** The statement evaluating a policy clause over one all-NULL row of its table, named as the table is. */
const evaluation = (use: PolicyUse) =>
  `select (${use.expression}) from (select (null::${use.table}).*) as "${use.relation}"`

describe('row-level-security policies as each service login', () => {
  it('finds the policies each login meets (the walk is not vacuous)', () => {
    const logins = new Set(uses.map((use) => use.login))
    expect(logins.size).toBe(Object.keys(database.roleUrls).length)
    // The policy whose missing grant 0127 fixed is among them.
    expect(uses.some((use) => use.table === 'app.outbox_event' && use.login === 'gateway_svc')).toBe(true)
  })

  it('evaluates every policy a login can meet, for every viewer role, without a permission error', async () => {
    const failures: string[] = []
    for (const login of new Set(uses.map((use) => use.login))) {
      const own = uses.filter((use) => use.login === login)
      for (const viewer of VIEWERS) {
        const errors = await evaluationErrors(login, viewer, own.map(evaluation))
        own.forEach((use, index) => {
          if (errors[index])
            failures.push(
              `${login} on ${use.table} policy ${use.policy} (${use.clause}) as ${viewer}: ${errors[index]}`,
            )
        })
      }
    }
    expect(failures).toEqual([])
  })
})
