import { DataFactory, type Quad, type Quad_Object, type Quad_Subject } from 'n3'

/** Namespaces of the DCAT-AP 3 catalog, with the prefixes every serialization uses. */
export const PREFIXES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
} as const

type Prefix = keyof typeof PREFIXES

/** `dct:title` → the full IRI as a named node. */
export function term(curie: `${Prefix}:${string}`) {
  const [prefix, local] = curie.split(':') as [Prefix, string]
  return DataFactory.namedNode(PREFIXES[prefix] + local)
}

export const iri = (value: string) => DataFactory.namedNode(value)
export const text = (value: string, language: 'ja' | 'en') => DataFactory.literal(value, language)
export const typed = (value: string, datatype: `xsd:${string}`) => DataFactory.literal(value, term(datatype))
export const plain = (value: string) => DataFactory.literal(value)

/** Collects triples as a set (a node shared by many datasets is described once); the SHACL test is the judge. */
export class GraphBuilder {
  readonly quads: Quad[] = []
  private readonly seen = new Set<string>()
  private readonly described = new Set<string>()
  private blankCount = 0

  add(subject: Quad_Subject, predicate: `${Prefix}:${string}`, ...objects: Quad_Object[]): this {
    for (const object of objects) {
      const quad = DataFactory.quad(subject, term(predicate), object)
      const key = JSON.stringify([subject.value, quad.predicate.value, object.termType, object.value, object.id])
      if (this.seen.has(key)) continue
      this.seen.add(key)
      this.quads.push(quad)
    }
    return this
  }

  /** Describes a named node the first time only (a file listed by a region's and a town's dataset is one node). */
  once<T extends Quad_Subject>(node: T, describe: (node: T) => void): T {
    if (!this.described.has(node.value)) {
      this.described.add(node.value)
      describe(node)
    }
    return node
  }

  /** A node of the given class (range shapes want every object typed). */
  typedNode(subject: Quad_Subject, type: `${Prefix}:${string}`): Quad_Subject {
    this.add(subject, 'rdf:type', term(type))
    return subject
  }

  blank(): Quad_Subject {
    return DataFactory.blankNode(`b${++this.blankCount}`)
  }
}
