import { describe, expect, it } from 'vitest'
import { NodesSplitter } from './nodes-splitter.js'

/**
 * The splitter against JSON.parse of the whole answer: the same nodes, the same answer around them, whatever the
 * pieces the text arrives in — every cut point of a small answer, and seeded random cuts of a large one with
 * strings made of the characters that end strings and values (`"`, `\`, brackets, braces, commas) and astral ones.
 */
const PLACEHOLDER = '\u0000placeholder'

/** Hostile strings: JSON's structural characters, escapes, a backslash run before a quote, astral characters. */
const HOSTILE = [
  'plain',
  '[',
  ']',
  '{',
  '}',
  '"',
  '\\',
  '\\\\',
  '\\"',
  '"]}',
  '{"nodes":[1,2]}',
  '"nodes":[',
  ', ',
  '𠮷野家 🍣 \ud83c',
  '\u0000\u001f\n\t',
  '避難所「第1」',
]

/** A deterministic pseudo-random sequence (mulberry32), so a failing cut can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function answer(nodes: unknown[], extra: Record<string, unknown> = {}) {
  return {
    data: {
      lead: { note: '"nodes":[', list: [{ x: ['"nodes"', '['] }] },
      towns: { pageInfo: { hasNextPage: true, endCursor: 'c"]}' }, nodes },
    },
    ...extra,
  }
}

function hostileNodes(next: () => number, count: number) {
  const pick = () => HOSTILE[Math.floor(next() * HOSTILE.length)] as string
  return Array.from({ length: count }, (_, index) => ({
    index,
    name: pick() + pick(),
    rows: { pageInfo: { endCursor: pick() }, nodes: [{ text: pick(), values: [pick(), null, 1.5, true] }] },
    empty: {},
    list: [],
  }))
}

/** Feeds `text` in pieces cut at `cuts` (sorted positions) and returns the head, the nodes and the finished answer. */
function split(text: string, cuts: number[]) {
  const splitter = new NodesSplitter()
  const nodes: unknown[] = []
  let head: string | null = null
  let from = 0
  for (const to of [...cuts, text.length]) {
    splitter.push(text.slice(from, to))
    from = to
    if (head === null) head = splitter.findHead(PLACEHOLDER)
    if (head !== null) nodes.push(...splitter.nodes())
  }
  return { head, nodes, finished: splitter.finish() }
}

describe('NodesSplitter', () => {
  it('finds the nodes array past strings that look like it and reads every node at every cut point', () => {
    const whole = answer(hostileNodes(random(1), 3))
    const text = JSON.stringify(whole, null, 1)
    for (let cut = 0; cut <= text.length; cut++) {
      const { head, nodes, finished } = split(text, [cut])
      expect(nodes).toEqual(whole.data.towns.nodes)
      expect(JSON.parse(head ?? 'null')).toEqual(answer([PLACEHOLDER]))
      expect(finished).toEqual(answer([]))
    }
  })

  it('reads seeded random pieces of a large answer, an errors tail included', () => {
    const next = random(19)
    const errors = [{ message: 'after the data ]}' }]
    const whole = answer(hostileNodes(next, 300), { errors })
    const text = JSON.stringify(whole)
    for (let round = 0; round < 40; round++) {
      const cuts = Array.from({ length: 1 + Math.floor(next() * 200) }, () => Math.floor(next() * text.length))
      const { nodes, finished } = split(
        text,
        cuts.sort((a, b) => a - b),
      )
      expect(nodes).toEqual(whole.data.towns.nodes)
      expect(finished).toEqual({ ...answer([]), errors })
    }
  })

  it('reads an answer without a nodes array whole', () => {
    const text = JSON.stringify({ data: { towns: null }, errors: [{ message: 'no "nodes":[ here' }] })
    const splitter = new NodesSplitter()
    splitter.push(text)
    expect(splitter.findHead(PLACEHOLDER)).toBeNull()
    expect(JSON.parse(splitter.whole())).toEqual(JSON.parse(text))
  })

  it('fails as JSON.parse does on an answer cut inside a node, between nodes or after the array', () => {
    const text = JSON.stringify(answer(hostileNodes(random(7), 4)))
    const nodesAt = text.indexOf('"nodes":[{"index"')
    for (const cut of [nodesAt + 12, nodesAt + 100, text.lastIndexOf('},{') + 1, text.length - 2]) {
      expect(() => split(text.slice(0, cut), []), String(cut)).toThrow(SyntaxError)
    }
  })

  it('refuses a node that is not an object', () => {
    const text = JSON.stringify(answer([null]))
    expect(() => split(text, [])).toThrow(/not an object/)
  })
})
