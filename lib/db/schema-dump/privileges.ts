import { sql } from 'kysely'
import { notFromExtension, rows, schemaRelation, section, userSchema, type CatalogReader } from './catalog.js'

/**
 * Every access-control list as GRANT statements, one per object, grantee and grant option, privileges in a fixed
 * order. The owner's own privileges are implied, as pg_dump treats them. Where an object has an ACL that no longer
 * gives PUBLIC its default (EXECUTE on functions, USAGE on types), a REVOKE … FROM PUBLIC says so.
 */
const acls = sql`
  SELECT 'SCHEMA' AS kind, quote_ident(n.nspname) AS name, n.nspowner AS owner, n.nspacl AS acl, false AS public_default
    FROM pg_namespace n WHERE ${userSchema(sql`n.nspname`)} AND ${notFromExtension('pg_namespace', sql`n.oid`)}
  UNION ALL
  SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, c.oid::regclass::text, c.relowner, c.relacl, false
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND ${userSchema(sql`n.nspname`)} AND ${schemaRelation('c', 'n')}
     AND ${notFromExtension('pg_class', sql`c.oid`)}
  UNION ALL
  SELECT 'COLUMN', format('%s (%I)', c.oid::regclass, a.attname), c.relowner, a.attacl, false
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND ${userSchema(sql`n.nspname`)}
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, p.oid::regprocedure::text, p.proowner, p.proacl,
         true
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE ${userSchema(sql`n.nspname`)} AND ${notFromExtension('pg_proc', sql`p.oid`)}
  UNION ALL
  SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, t.oid::regtype::text, t.typowner, t.typacl, true
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE t.typtype IN ('d', 'e') AND ${userSchema(sql`n.nspname`)} AND ${notFromExtension('pg_type', sql`t.oid`)}`

const PRIVILEGE_ORDER = `'{SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER,USAGE,CREATE,EXECUTE}'::text[]`

export async function dumpPrivileges(db: CatalogReader): Promise<string> {
  const found = await rows(
    db,
    sql<{ line: string }>`
      WITH object AS (${acls}),
      granted AS (
        SELECT o.kind, o.name, x.grantee, x.is_grantable, x.privilege_type
          FROM object o, aclexplode(o.acl) x
         WHERE o.acl IS NOT NULL AND x.grantee <> o.owner
           -- PUBLIC's default (EXECUTE, USAGE) is no news; its absence is (the REVOKE below).
           AND NOT (o.public_default AND x.grantee = 0 AND x.privilege_type IN ('EXECUTE', 'USAGE'))),
      grants AS (
        SELECT o.kind, o.name,
               format('GRANT %s ON %s %s TO %s%s;',
                      string_agg(g.privilege_type || CASE o.kind WHEN 'COLUMN'
                                   THEN ' (' || rtrim(split_part(o.name, ' (', 2), ')') || ')' ELSE '' END, ', '
                                 ORDER BY array_position(${sql.raw(PRIVILEGE_ORDER)}, g.privilege_type::text)),
                      CASE o.kind WHEN 'COLUMN' THEN 'TABLE' ELSE o.kind END,
                      CASE o.kind WHEN 'COLUMN' THEN split_part(o.name, ' (', 1) ELSE o.name END,
                      CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END,
                      CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END) AS line
          FROM object o JOIN granted g USING (kind, name)
         GROUP BY o.kind, o.name, g.grantee, g.is_grantable),
      revokes AS (
        SELECT o.kind, o.name, format('REVOKE ALL ON %s %s FROM PUBLIC;', o.kind, o.name) AS line
          FROM object o
         WHERE o.public_default AND o.acl IS NOT NULL
           AND NOT EXISTS (SELECT FROM aclexplode(o.acl) x WHERE x.grantee = 0))
      SELECT line FROM (SELECT * FROM grants UNION ALL SELECT * FROM revokes) AS statement
       ORDER BY kind COLLATE "C", name COLLATE "C", line COLLATE "C"`,
  )
  return section('Privileges', [found.map((row) => row.line).join('\n')].filter(Boolean))
}
