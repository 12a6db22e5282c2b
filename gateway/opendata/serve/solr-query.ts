import lucene, { type AST, type Node, type NodeRangedTerm, type NodeTerm } from 'lucene'
import { matchesSearch } from '../../../lib/text/search-fold.js'
import type { CkanPackage } from './ckan-package.js'
import { fieldSpecOf, SEARCH_FIELDS, type FieldSpec } from './ckan-fields.js'
import { isoMicros, solrDateMicros, SolrDateError } from './solr-date.js'

/**
 * `q` and `fq` of package_search, parsed by a real Lucene query parser (`lucene` on npm) and evaluated
 * with the semantics of Solr's standard parser as CKAN configures it (`q.op=AND`, `df=text`): every clause
 * is MUST, SHOULD or MUST_NOT exactly as Lucene's QueryParser.addClause decides — so `a OR b c` means what
 * it means on a real CKAN (c required, a and b optional), not what it looks like.
 */

export type Predicate = (pkg: CkanPackage) => boolean

/** What Solr would refuse (a syntax error, an undefined field): CKAN answers it with 409 Search Error. */
export class SolrQueryError extends Error {
  override name = 'SolrQueryError'
}

type Occur = 'MUST' | 'SHOULD' | 'MUST_NOT'
type Conjunction = 'AND' | 'OR' | null
type Modifier = 'NOT' | 'REQ' | null
interface Item {
  conj: Conjunction
  mod: Modifier
  node: AST | Node
}

const CONJUNCTIONS: ReadonlyMap<string, { conj: Conjunction; mod: Modifier }> = new Map([
  ['<implicit>', { conj: null, mod: null }],
  ['AND', { conj: 'AND', mod: null }],
  ['&&', { conj: 'AND', mod: null }],
  ['OR', { conj: 'OR', mod: null }],
  ['||', { conj: 'OR', mod: null }],
  ['NOT', { conj: null, mod: 'NOT' }],
  ['AND NOT', { conj: 'AND', mod: 'NOT' }],
  ['OR NOT', { conj: 'OR', mod: 'NOT' }],
])

const startOf = (ast: AST) => ('start' in ast ? ast.start : undefined)
const isAst = (node: AST | Node): node is AST => 'left' in node
const isRange = (node: Node): node is NodeRangedTerm => 'term_min' in node

/** Parses a query; an empty one matches everything. */
export function compileSolrQuery(query: string, parameter: 'q' | 'fq'): Predicate {
  if (query.trim() === '') return () => true
  let ast: AST
  try {
    ast = lucene.parse(query)
  } catch (error) {
    throw new SolrQueryError(`${parameter}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return compileGroup(ast, 'text', parameter)
}

/** The clauses of one boolean level, left to right: the parser nests `a OR b c` to the right. */
function flatten(ast: AST): Item[] {
  const items: Item[] = [{ conj: null, mod: startOf(ast) === 'NOT' ? 'NOT' : null, node: ast.left }]
  let current: AST = ast
  while ('operator' in current) {
    const joined = CONJUNCTIONS.get(current.operator) ?? { conj: null, mod: null }
    const right: AST | Node = current.right
    if (isAst(right) && !right.parenthesized && right.field === undefined) {
      items.push({ ...joined, mod: startOf(right) === 'NOT' ? 'NOT' : joined.mod, node: right.left })
      current = right
    } else {
      items.push({ ...joined, node: right })
      break
    }
  }
  return items
}

/** Lucene's QueryParser.addClause with the default operator AND (CKAN's q.op). */
function occursOf(items: readonly Item[], modifierOf: (item: Item) => Modifier): Occur[] {
  const occurs: Occur[] = []
  items.forEach((item, index) => {
    const previous = index - 1
    if (index > 0 && occurs[previous] !== 'MUST_NOT') {
      if (item.conj === 'AND') occurs[previous] = 'MUST'
      if (item.conj === 'OR') occurs[previous] = 'SHOULD'
    }
    const mod = modifierOf(item)
    const prohibited = mod === 'NOT'
    occurs.push(prohibited ? 'MUST_NOT' : item.conj !== 'OR' || mod === 'REQ' ? 'MUST' : 'SHOULD')
  })
  return occurs
}

function compileGroup(ast: AST, inheritedField: string, parameter: string): Predicate {
  const field = ast.field && ast.field !== '<implicit>' ? stripModifier(ast.field).name : inheritedField
  const items = flatten(ast)
  const occurs = occursOf(items, (item) => item.mod ?? modifierOfNode(item.node))
  const tests = items.map((item) => compileNode(item.node, field, parameter))
  const must = tests.filter((_, i) => occurs[i] === 'MUST')
  const should = tests.filter((_, i) => occurs[i] === 'SHOULD')
  const mustNot = tests.filter((_, i) => occurs[i] === 'MUST_NOT')
  return (pkg) => {
    if (mustNot.some((test) => test(pkg))) return false
    if (must.length > 0) return must.every((test) => test(pkg))
    // Only SHOULD clauses: one must match. Only prohibitions: Solr matches everything else.
    return should.length === 0 || should.some((test) => test(pkg))
  }
}

/** `-field:x` / `+field:x` (the parser keeps the sign on the field) and `-x` / `+x` / `!x` (on the term). */
function modifierOfNode(node: AST | Node): Modifier {
  const sign = (isAst(node) ? node.field : node.field)?.charAt(0)
  const prefix = !isAst(node) && !isRange(node) ? node.prefix : null
  const mark = prefix ?? sign
  return mark === '-' || mark === '!' ? 'NOT' : mark === '+' ? 'REQ' : null
}

function stripModifier(field: string): { name: string } {
  return { name: /^[-+!]/.test(field) ? field.slice(1) : field }
}

function compileNode(node: AST | Node, inheritedField: string, parameter: string): Predicate {
  if (isAst(node)) return compileGroup(node, inheritedField, parameter)
  const named = node.field === '<implicit>' ? inheritedField : stripModifier(node.field).name
  if (named === '*' && !isRange(node) && node.term === '*') return () => true
  const spec = fieldSpecOf(named)
  if (!spec)
    throw new SolrQueryError(`${parameter}: undefined field ${named} (known: ${[...SEARCH_FIELDS.keys()].join(', ')})`)
  return isRange(node) ? rangeTest(spec, named, node, parameter) : termTest(spec, named, node, parameter)
}

function termTest(spec: FieldSpec, field: string, node: NodeTerm, parameter: string): Predicate {
  const term = node.quoted ? node.term : lucene.term.unescape(node.term)
  if (spec.kind === 'date') {
    const instant = dateBound(term, field, parameter)
    return (pkg) => instant === null || isoMicros(spec.value(pkg)) === instant
  }
  if (spec.kind === 'int') {
    const wanted = intBound(term, field, parameter)
    return (pkg) => wanted === null || spec.value(pkg) === wanted
  }
  if (spec.kind === 'text') {
    // Text fields are analysed (as Solr's CJK width and lower-case filters would): the search rule of lib/text.
    return (pkg) => spec.values(pkg).some((value) => matchesSearch(value, term))
  }
  const matches = !node.quoted && /[*?]/.test(term) ? wildcard(term, spec.caseInsensitive) : exact(term, spec)
  return (pkg) => spec.values(pkg).some(matches)
}

function exact(term: string, spec: { caseInsensitive?: boolean }) {
  return spec.caseInsensitive
    ? (value: string) => value.toLowerCase() === term.toLowerCase()
    : (value: string) => value === term
}

function wildcard(pattern: string, caseInsensitive = false) {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  const regex = new RegExp(`^${source}$`, caseInsensitive ? 'iu' : 'u')
  return (value: string) => regex.test(value)
}

function rangeTest(spec: FieldSpec, field: string, node: NodeRangedTerm, parameter: string): Predicate {
  const lowInclusive = node.inclusive === 'both' || node.inclusive === 'left'
  const highInclusive = node.inclusive === 'both' || node.inclusive === 'right'
  const within = (value: number, low: number | null, high: number | null) =>
    (low === null || (lowInclusive ? value >= low : value > low)) &&
    (high === null || (highInclusive ? value <= high : value < high))
  if (spec.kind === 'date') {
    const [low, high] = [dateBound(node.term_min, field, parameter), dateBound(node.term_max, field, parameter)]
    return (pkg) => within(isoMicros(spec.value(pkg)), low, high)
  }
  if (spec.kind === 'int') {
    const [low, high] = [intBound(node.term_min, field, parameter), intBound(node.term_max, field, parameter)]
    return (pkg) => within(spec.value(pkg), low, high)
  }
  const [low, high] = [node.term_min, node.term_max].map((bound) => (bound === '*' ? null : bound))
  const inRange = (value: string) =>
    (low == null || (lowInclusive ? value >= low : value > low)) &&
    (high == null || (highInclusive ? value <= high : value < high))
  return (pkg) => spec.values(pkg).some(inRange)
}

function dateBound(text: string, field: string, parameter: string): number | null {
  try {
    return solrDateMicros(text)
  } catch (error) {
    if (error instanceof SolrDateError) throw new SolrQueryError(`${parameter}: ${field}: ${error.message}`)
    throw error
  }
}

function intBound(text: string, field: string, parameter: string): number | null {
  if (text === '*') return null
  if (!/^-?\d+$/.test(text)) throw new SolrQueryError(`${parameter}: ${field} needs an integer, not "${text}"`)
  return Number(text)
}
