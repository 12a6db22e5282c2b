import type { CkanPackage } from './ckan-package.js'

/**
 * The fields of CKAN's Solr index that `q`, `fq` and `sort` may name, with the Solr type that decides how
 * a term matches: `string` fields exactly (as Solr's StrField), `text` fields by case-insensitive substring
 * (Japanese has no spaces for a tokenizer to split on), `date` and `int` fields by value and range.
 * A Map, not an object: a field called `__proto__` or `constructor` is simply unknown.
 */
export type FieldSpec =
  | { kind: 'string'; values: (pkg: CkanPackage) => string[]; caseInsensitive?: boolean }
  | { kind: 'text'; values: (pkg: CkanPackage) => string[] }
  | { kind: 'date'; value: (pkg: CkanPackage) => string }
  | { kind: 'int'; value: (pkg: CkanPackage) => number }

const extra = (pkg: CkanPackage, key: string) => pkg.extras.filter((item) => item.key === key).map((item) => item.value)

/** Everything CKAN copies into its catch-all `text` field (the default field, `df=text`). */
function textOf(pkg: CkanPackage): string[] {
  return [
    pkg.name,
    pkg.title,
    pkg.notes,
    pkg.organization.name,
    pkg.organization.title,
    pkg.organization.description,
    ...pkg.tags.map((tag) => tag.name),
    ...pkg.groups.flatMap((group) => [group.name, group.title]),
    ...pkg.resources.flatMap((resource) => [resource.name, resource.description, resource.format]),
    ...pkg.extras.map((item) => item.value),
  ]
}

export const SEARCH_FIELDS: ReadonlyMap<string, FieldSpec> = new Map<string, FieldSpec>([
  ['id', { kind: 'string', values: (pkg) => [pkg.id] }],
  ['name', { kind: 'string', values: (pkg) => [pkg.name] }],
  ['title', { kind: 'text', values: (pkg) => [pkg.title, ...extra(pkg, 'title_en')] }],
  ['title_string', { kind: 'string', values: (pkg) => [pkg.title] }],
  ['notes', { kind: 'text', values: (pkg) => [pkg.notes, ...extra(pkg, 'notes_en')] }],
  ['text', { kind: 'text', values: textOf }],
  ['tags', { kind: 'string', values: (pkg) => pkg.tags.map((tag) => tag.name) }],
  ['groups', { kind: 'string', values: (pkg) => pkg.groups.map((group) => group.name) }],
  ['organization', { kind: 'string', values: (pkg) => [pkg.organization.name] }],
  ['owner_org', { kind: 'string', values: (pkg) => [pkg.owner_org] }],
  // Clients send csv as often as CSV; CKAN stores what the publisher typed, so match either.
  ['res_format', { kind: 'string', values: (pkg) => pkg.resources.map((r) => r.format), caseInsensitive: true }],
  ['res_name', { kind: 'text', values: (pkg) => pkg.resources.map((r) => r.name) }],
  ['res_description', { kind: 'text', values: (pkg) => pkg.resources.map((r) => r.description) }],
  ['res_url', { kind: 'string', values: (pkg) => pkg.resources.map((r) => r.url) }],
  ['license_id', { kind: 'string', values: (pkg) => [pkg.license_id] }],
  ['state', { kind: 'string', values: (pkg) => [pkg.state] }],
  ['type', { kind: 'string', values: (pkg) => [pkg.type] }],
  ['dataset_type', { kind: 'string', values: (pkg) => [pkg.type] }],
  ['capacity', { kind: 'string', values: () => ['public'] }],
  ['metadata_modified', { kind: 'date', value: (pkg) => pkg.metadata_modified }],
  ['metadata_created', { kind: 'date', value: (pkg) => pkg.metadata_created }],
  ['num_resources', { kind: 'int', value: (pkg) => pkg.num_resources }],
  ['num_tags', { kind: 'int', value: (pkg) => pkg.num_tags }],
  ['is_sample', { kind: 'string', values: (pkg) => [String(pkg.is_sample)] }],
])

/** `extras_<key>` fields, as CKAN indexes every extra (text). */
export function fieldSpecOf(name: string): FieldSpec | undefined {
  const known = SEARCH_FIELDS.get(name)
  if (known) return known
  if (name.startsWith('extras_') && name.length > 'extras_'.length) {
    const key = name.slice('extras_'.length)
    return { kind: 'text', values: (pkg) => extra(pkg, key) }
  }
  return undefined
}
