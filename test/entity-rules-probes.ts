import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import { isEntityRules, type EntityRules } from '../lib/rules/entity-rules.js'
import { projectPath } from '../lib/paths.js'

/**
 * The rules walk's inputs, derived from the code rather than listed by hand: every `EntityRules` export of
 * every `subgraphs/<subgraph>/<entity>/*.rules.ts`, and for each top-level field one bad value per rule it
 * carries, read from the rule itself (zod's JSON Schema of the input).
 */
export interface DiscoveredRules {
  /** `<file>#<export>`, e.g. `subgraphs/disaster/shelters/shelters.rules.ts#shelterRules`. */
  name: string
  exportName: string
  rules: EntityRules
}

export async function discoverEntityRules(): Promise<DiscoveredRules[]> {
  const root = projectPath('subgraphs')
  const files = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((subgraph) =>
      readdirSync(join(root, subgraph.name), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entity) =>
          readdirSync(join(root, subgraph.name, entity.name))
            .filter((file) => file.endsWith('.rules.ts'))
            .map((file) => join(root, subgraph.name, entity.name, file)),
        ),
    )
    .sort()
  const found: DiscoveredRules[] = []
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(file).href)
    for (const [exportName, value] of Object.entries(module as Record<string, unknown>)) {
      if (isEntityRules(value))
        found.push({ name: `${relative(projectPath(), file)}#${exportName}`, exportName, rules: value })
    }
  }
  return found
}

/** The kind of rule a probe breaks; `type` rules may be enforced by the column's type instead of a CHECK. */
export type RuleKind = 'max-length' | 'min-length' | 'pattern' | 'date' | 'url' | 'enum' | 'maximum' | 'minimum'
export type TypeRuleKind = 'integer' | 'date'

export interface Probe {
  /** The field the rules must name. */
  field: string
  kind: RuleKind | TypeRuleKind | 'max-items' | 'refinement'
  /** The bad values, by field: one field for a field's own rule, the related fields for a refinement. */
  values: Readonly<Record<string, unknown>>
}

interface JsonSchema {
  type?: string
  anyOf?: JsonSchema[]
  maxLength?: number
  minLength?: number
  pattern?: string
  format?: string
  enum?: unknown[]
  minimum?: number
  maximum?: number
  maxItems?: number
  properties?: Record<string, JsonSchema>
}

const probe = (field: string, kind: Probe['kind'], value: unknown): Probe => ({
  field,
  kind,
  values: { [field]: value },
})

/** Nullable fields are `anyOf: [rule, null]`: the rule is the non-null branch. */
const unwrap = (schema: JsonSchema): JsonSchema => schema.anyOf?.find((branch) => branch.type !== 'null') ?? schema

function stringProbes(field: string, schema: JsonSchema): Probe[] {
  const probes: Probe[] = []
  if (schema.enum) return [probe(field, 'enum', 'NOT_A_VALUE')]
  if (schema.format === 'date') probes.push(probe(field, 'date', '2024-02-30'))
  else if (schema.format === 'uri') probes.push(probe(field, 'url', 'not a url'))
  else if (schema.pattern !== undefined && !new RegExp(schema.pattern).test('!'))
    probes.push(probe(field, 'pattern', '!'))
  if (schema.maxLength !== undefined) {
    const value =
      schema.format === 'uri' ? `https://example.org/${'x'.repeat(schema.maxLength)}` : 'x'.repeat(schema.maxLength + 1)
    probes.push(probe(field, 'max-length', value))
  }
  if ((schema.minLength ?? 0) >= 1) probes.push(probe(field, 'min-length', ''))
  return probes
}

function numberProbes(field: string, schema: JsonSchema): Probe[] {
  const probes: Probe[] = []
  if (schema.maximum !== undefined) probes.push(probe(field, 'maximum', schema.maximum + 1))
  if (schema.minimum !== undefined) probes.push(probe(field, 'minimum', schema.minimum - 1))
  if (schema.type === 'integer') probes.push(probe(field, 'integer', (schema.minimum ?? 0) + 0.5))
  return probes
}

/**
 * One bad value per rule of each top-level field. Rules inside nested objects and list elements (an
 * amendment's changes, a batch's months) are not walked here; their own tests cover them.
 */
export function probesOf(rules: EntityRules, valid: Readonly<Record<string, unknown>>): Probe[] {
  const schema = z.toJSONSchema(rules.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  return Object.entries(schema.properties ?? {}).flatMap(([field, property]) => {
    const rule = unwrap(property)
    if (rule.type === 'string') return stringProbes(field, rule)
    if (rule.type === 'number' || rule.type === 'integer') return numberProbes(field, rule)
    const example = valid[field]
    if (rule.type === 'array' && rule.maxItems !== undefined && Array.isArray(example) && example.length > 0) {
      return [
        probe(
          field,
          'max-items',
          Array.from({ length: rule.maxItems + 1 }, (): unknown => example[0]),
        ),
      ]
    }
    return []
  })
}

/** snake_case of a model key: the column name PostgreSQL has. */
export const snakeCase = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
