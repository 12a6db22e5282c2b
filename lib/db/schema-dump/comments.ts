import { sql } from 'kysely'
import { notFromExtension, rows, section, userSchema, type CatalogReader } from './catalog.js'

/** COMMENT ON for schemas, relations, columns, functions and types, in a fixed order. */
export async function dumpComments(db: CatalogReader): Promise<string> {
  const found = await rows(
    db,
    sql<{ line: string }>`
      SELECT line FROM (
        SELECT 1 AS rank, n.nspname AS sortname, format('COMMENT ON SCHEMA %I IS %L;', n.nspname, d.description) AS line
          FROM pg_description d JOIN pg_namespace n ON d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid
         WHERE ${userSchema(sql`n.nspname`)} AND ${notFromExtension('pg_namespace', sql`n.oid`)}
        UNION ALL
        SELECT 2, c.oid::regclass::text || coalesce('.' || a.attname, ''),
               CASE WHEN d.objsubid = 0
                    THEN format('COMMENT ON %s %s IS %L;', CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'S' THEN 'SEQUENCE'
                                WHEN 'i' THEN 'INDEX' ELSE 'TABLE' END, c.oid::regclass, d.description)
                    ELSE format('COMMENT ON COLUMN %s.%I IS %L;', c.oid::regclass, a.attname, d.description) END
          FROM pg_description d JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0
         WHERE ${userSchema(sql`n.nspname`)} AND ${notFromExtension('pg_class', sql`c.oid`)}
        UNION ALL
        SELECT 3, p.oid::regprocedure::text, format('COMMENT ON FUNCTION %s IS %L;', p.oid::regprocedure, d.description)
          FROM pg_description d JOIN pg_proc p ON d.classoid = 'pg_proc'::regclass AND d.objoid = p.oid
          JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE ${userSchema(sql`n.nspname`)} AND ${notFromExtension('pg_proc', sql`p.oid`)}
        UNION ALL
        SELECT 4, t.oid::regtype::text, format('COMMENT ON TYPE %s IS %L;', t.oid::regtype, d.description)
          FROM pg_description d JOIN pg_type t ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid
          JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE ${userSchema(sql`n.nspname`)} AND ${notFromExtension('pg_type', sql`t.oid`)}
      ) AS comment
      ORDER BY rank, sortname COLLATE "C", line COLLATE "C"`,
  )
  return section('Comments', [found.map((row) => row.line).join('\n')].filter(Boolean))
}
