import { sql } from 'kysely'
import { notFromExtension, rows, section, userSchema, type CatalogReader } from './catalog.js'

/** Extensions, without versions' install scripts: `CREATE EXTENSION` stands for everything they contain. */
export async function dumpExtensions(db: CatalogReader): Promise<string> {
  const found = await rows(
    db,
    sql<{ line: string }>`
      SELECT format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA %I; -- version %s', e.extname, n.nspname,
                    e.extversion) AS line
        FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
       WHERE e.extname <> 'plpgsql'
       ORDER BY e.extname COLLATE "C"`,
  )
  return section('Extensions', [found.map((row) => row.line).join('\n')].filter(Boolean))
}

/**
 * The login roles the migrations create and their per-role settings. Roles are cluster-wide (pg_dump leaves them
 * to pg_dumpall), but the migrations own these, so the snapshot shows them. Superusers are left out: the
 * administrator's name is the deployment's choice.
 */
export async function dumpRoles(db: CatalogReader): Promise<string> {
  const found = await rows(
    db,
    sql<{ block: string }>`
      SELECT concat_ws(E'\n',
               format('CREATE ROLE %I%s%s%s%s%s;', r.rolname,
                      CASE WHEN r.rolcanlogin THEN ' LOGIN' ELSE ' NOLOGIN' END,
                      CASE WHEN r.rolcreatedb THEN ' CREATEDB' ELSE '' END,
                      CASE WHEN r.rolcreaterole THEN ' CREATEROLE' ELSE '' END,
                      CASE WHEN r.rolbypassrls THEN ' BYPASSRLS' ELSE '' END,
                      CASE WHEN NOT r.rolinherit THEN ' NOINHERIT' ELSE '' END),
               (SELECT string_agg(format('ALTER ROLE %I SET %s = %L;', r.rolname, split_part(setting, '=', 1),
                                         substr(setting, strpos(setting, '=') + 1)), E'\n' ORDER BY setting COLLATE "C")
                  FROM pg_db_role_setting s, unnest(s.setconfig) AS setting
                 WHERE s.setrole = r.oid AND s.setdatabase = 0)) AS block
        FROM pg_roles r
       WHERE NOT r.rolsuper AND r.rolname NOT LIKE 'pg\\_%'
       ORDER BY r.rolname COLLATE "C"`,
  )
  return section(
    'Roles (cluster-wide; created and tuned by the migrations)',
    found.map((row) => row.block),
  )
}

export async function dumpSchemas(db: CatalogReader): Promise<string> {
  const found = await rows(
    db,
    sql<{ line: string }>`
      SELECT format('CREATE SCHEMA %I;', n.nspname) AS line
        FROM pg_namespace n
       WHERE ${userSchema(sql`n.nspname`)} AND n.nspname <> 'public' AND ${notFromExtension('pg_namespace', sql`n.oid`)}
       ORDER BY n.nspname COLLATE "C"`,
  )
  return section('Schemas', [found.map((row) => row.line).join('\n')].filter(Boolean))
}

/** Domains (with their CHECKs) and enums; cube's and earthdistance's types belong to their extensions. */
export async function dumpTypes(db: CatalogReader): Promise<string> {
  const found = await rows(
    db,
    sql<{ block: string }>`
      SELECT CASE t.typtype
               WHEN 'd' THEN format('CREATE DOMAIN %s AS %s%s%s%s;', t.oid::regtype,
                   format_type(t.typbasetype, t.typtypmod),
                   CASE WHEN t.typdefault IS NOT NULL THEN ' DEFAULT ' || t.typdefault ELSE '' END,
                   CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END,
                   (SELECT coalesce(string_agg(format(E'\n    CONSTRAINT %I %s', c.conname,
                                                      pg_get_constraintdef(c.oid)),
                                               '' ORDER BY c.conname COLLATE "C"), '')
                      FROM pg_constraint c WHERE c.contypid = t.oid))
               ELSE format('CREATE TYPE %s AS ENUM (%s);', t.oid::regtype,
                   (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                      FROM pg_enum e WHERE e.enumtypid = t.oid))
             END AS block
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE t.typtype IN ('d', 'e') AND ${userSchema(sql`n.nspname`)} AND ${notFromExtension('pg_type', sql`t.oid`)}
       ORDER BY n.nspname COLLATE "C", t.typname COLLATE "C"`,
  )
  return section(
    'Types',
    found.map((row) => row.block),
  )
}

/** Functions and procedures as CREATE OR REPLACE, verbatim bodies (aggregates: none are defined here). */
export async function dumpFunctions(db: CatalogReader): Promise<string> {
  const found = await rows(
    db,
    sql<{ block: string }>`
      SELECT rtrim(pg_get_functiondef(p.oid), E'\n') || ';' AS block
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE p.prokind IN ('f', 'p') AND ${userSchema(sql`n.nspname`)} AND ${notFromExtension('pg_proc', sql`p.oid`)}
       ORDER BY n.nspname COLLATE "C", p.proname COLLATE "C", pg_get_function_identity_arguments(p.oid) COLLATE "C"`,
  )
  return section(
    'Functions',
    found.map((row) => row.block),
  )
}

export async function dumpEventTriggers(db: CatalogReader): Promise<string> {
  const found = await rows(
    db,
    sql<{ block: string }>`
      SELECT format(E'CREATE EVENT TRIGGER %I ON %s%s\n    EXECUTE FUNCTION %s();%s', e.evtname, e.evtevent,
                    CASE WHEN e.evttags IS NULL THEN ''
                         ELSE E'\n    WHEN TAG IN (' || (SELECT string_agg(quote_literal(tag), ', '
                                                                          ORDER BY tag COLLATE "C")
                                                          FROM unnest(e.evttags) AS tag) || ')' END,
                    e.evtfoid::regproc,
                    CASE e.evtenabled WHEN 'O' THEN ''
                         ELSE format(E'\nALTER EVENT TRIGGER %I %s;', e.evtname,
                                     CASE e.evtenabled WHEN 'D' THEN 'DISABLE'
                              WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE ALWAYS' END) END) AS block
        FROM pg_event_trigger e
       WHERE ${notFromExtension('pg_event_trigger', sql`e.oid`)}
       ORDER BY e.evtname COLLATE "C"`,
  )
  return section(
    'Event triggers',
    found.map((row) => row.block),
  )
}
