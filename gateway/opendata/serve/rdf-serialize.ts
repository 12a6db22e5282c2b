import { Writer, type Quad, type Term } from 'n3'
import { PREFIXES } from './rdf-terms.js'

/**
 * One graph, three syntaxes a DCAT harvester may ask for: Turtle (n3's writer), JSON-LD (flattened, every
 * node once in @graph, prefixes in an inline @context so nothing is fetched) and RDF/XML (one
 * rdf:Description per subject, the form every RDF/XML parser reads; rdflib is ckanext-dcat's).
 */

export const RDF_FORMATS = {
  jsonld: 'application/ld+json',
  ttl: 'text/turtle',
  rdf: 'application/rdf+xml',
} as const
export type RdfFormat = keyof typeof RDF_FORMATS

export function serializeRdf(quads: readonly Quad[], format: RdfFormat): string {
  if (format === 'ttl') return toTurtle(quads)
  if (format === 'rdf') return toRdfXml(quads)
  return JSON.stringify(toJsonLd(quads))
}

function toTurtle(quads: readonly Quad[]): string {
  const writer = new Writer({ prefixes: PREFIXES })
  writer.addQuads([...quads])
  let output = ''
  // n3's writer calls back synchronously once its quads are written (no stream is attached).
  writer.end((_error: Error | null, result: string) => {
    output = result
  })
  return output
}

/** Subjects in first-seen order, each with its triples, so serializations read top-down like the catalog. */
function bySubject(quads: readonly Quad[]): Map<string, { subject: Term; quads: Quad[] }> {
  const subjects = new Map<string, { subject: Term; quads: Quad[] }>()
  for (const quad of quads) {
    const key = `${quad.subject.termType}:${quad.subject.value}`
    const entry = subjects.get(key) ?? { subject: quad.subject, quads: [] }
    entry.quads.push(quad)
    subjects.set(key, entry)
  }
  return subjects
}

const RDF_TYPE = `${PREFIXES.rdf}type`

function compact(iri: string): string {
  for (const [prefix, namespace] of Object.entries(PREFIXES))
    if (iri.startsWith(namespace) && /^[A-Za-z_][\w.-]*$/.test(iri.slice(namespace.length)))
      return `${prefix}:${iri.slice(namespace.length)}`
  return iri
}

const nodeId = (term: Term) => (term.termType === 'BlankNode' ? `_:${term.value}` : term.value)

function jsonLdValue(term: Term): Record<string, string> {
  if (term.termType !== 'Literal') return { '@id': nodeId(term) }
  if (term.language) return { '@value': term.value, '@language': term.language }
  const datatype = term.datatype.value
  return datatype === `${PREFIXES.xsd}string`
    ? { '@value': term.value }
    : { '@value': term.value, '@type': compact(datatype) }
}

function toJsonLd(quads: readonly Quad[]): Record<string, unknown> {
  const graph = [...bySubject(quads).values()].map(({ subject, quads: own }) => {
    const node: Record<string, unknown> = { '@id': nodeId(subject) }
    const types = own.filter((quad) => quad.predicate.value === RDF_TYPE).map((quad) => compact(quad.object.value))
    if (types.length > 0) node['@type'] = types.length === 1 ? types[0] : types
    for (const quad of own.filter((candidate) => candidate.predicate.value !== RDF_TYPE)) {
      const key = compact(quad.predicate.value)
      const values = (node[key] as Record<string, string>[] | undefined) ?? []
      values.push(jsonLdValue(quad.object))
      node[key] = values
    }
    return node
  })
  return { '@context': PREFIXES, '@graph': graph }
}

const xmlEscape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** An XML qualified name for a predicate IRI: a known prefix, or the IRI split after its last `#` or `/`. */
function qualifiedName(iri: string): { name: string; namespace?: string } {
  const known = compact(iri)
  if (known !== iri) return { name: known }
  const split = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1
  return { name: `ns0:${iri.slice(split)}`, namespace: iri.slice(0, split) }
}

function xmlProperty(quad: Quad): string {
  const { name, namespace } = qualifiedName(quad.predicate.value)
  const declare = namespace ? ` xmlns:ns0="${xmlEscape(namespace)}"` : ''
  const object = quad.object
  if (object.termType === 'BlankNode') return `    <${name}${declare} rdf:nodeID="${xmlEscape(object.value)}"/>`
  if (object.termType !== 'Literal') return `    <${name}${declare} rdf:resource="${xmlEscape(object.value)}"/>`
  const datatype = object.datatype.value
  const attributes = object.language
    ? ` xml:lang="${xmlEscape(object.language)}"`
    : datatype === `${PREFIXES.xsd}string`
      ? ''
      : ` rdf:datatype="${xmlEscape(datatype)}"`
  return `    <${name}${declare}${attributes}>${xmlEscape(object.value)}</${name}>`
}

function toRdfXml(quads: readonly Quad[]): string {
  const namespaces = Object.entries(PREFIXES)
    .map(([prefix, namespace]) => `\n    xmlns:${prefix}="${namespace}"`)
    .join('')
  const descriptions = [...bySubject(quads).values()].map(({ subject, quads: own }) => {
    const about =
      subject.termType === 'BlankNode'
        ? `rdf:nodeID="${xmlEscape(subject.value)}"`
        : `rdf:about="${xmlEscape(subject.value)}"`
    return [`  <rdf:Description ${about}>`, ...own.map(xmlProperty), '  </rdf:Description>'].join('\n')
  })
  return `<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF${namespaces}>\n${descriptions.join('\n')}\n</rdf:RDF>\n`
}
