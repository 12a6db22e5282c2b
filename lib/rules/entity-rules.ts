import type { z } from 'zod'

/**
 * An entity's field rules as one value: what `<entity>.rules.ts` exports for each input it checks. The
 * mutations and every importer run `input`; the table's CHECK constraints mirror it, named by PostgreSQL's
 * convention `<table>_<column>_check`, so a refused value names the same field in all three places.
 * The rules walk (test/entity-rules.test.ts) enumerates these exports and proves it.
 */
export interface EntityRules<S extends z.ZodType = z.ZodType> {
  /** The GraphQL type the input creates or changes, e.g. `Shelter`. */
  entity: string
  /** The table storing it, e.g. `disaster.shelter`. */
  table: string
  /** The input's rules. */
  input: S
  /**
   * Input fields stored under another name (the model's camelCase key, e.g. `elevationMetres` → `elevationM`),
   * or not as a column of `table` at all (null: spread over several columns, or another table). Every other
   * field is stored under its own name.
   */
  columns?: Readonly<Record<string, string | null>>
}

export function defineEntityRules<S extends z.ZodType>(rules: EntityRules<S>): EntityRules<S> {
  return Object.freeze({ ...rules })
}

/** The model key (camelCase column) that stores `field`, or null when no single column of the table does. */
export function columnOf(rules: EntityRules, field: string): string | null {
  const mapped = rules.columns?.[field]
  return mapped === undefined ? field : mapped
}

/** The input field stored in `column` (the inverse of columnOf): importers name their problems by it. */
export function fieldOf(rules: EntityRules, column: string): string {
  const renamed = Object.entries(rules.columns ?? {}).find(([, stored]) => stored === column)
  return renamed ? renamed[0] : column
}

export function isEntityRules(value: unknown): value is EntityRules {
  return (
    typeof value === 'object' &&
    value !== null &&
    'entity' in value &&
    typeof value.entity === 'string' &&
    'table' in value &&
    typeof value.table === 'string' &&
    'input' in value
  )
}
