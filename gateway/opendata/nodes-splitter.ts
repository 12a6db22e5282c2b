/**
 * Splits the text of a GraphQL answer holding one cursor connection into the answer around the connection's `nodes`
 * array and that array's elements, each element's text parsed by `JSON.parse` on its own, as the text arrives. The
 * publisher reads a page this way (gateway-client.ts `paginate`) so that each node — a town with its nested rows —
 * lives only while it is written and dies young, instead of a whole page (thousands of rows) being parsed at once and
 * promoted to the old generation, which let V8 grow the publisher's heap with the size of the data.
 *
 * Hand-written rather than a streaming JSON library: this only finds where values begin and end (brackets outside
 * strings, strings by their closing quote) with regular expressions, and leaves the parsing to `JSON.parse`, which is
 * native; a token-level JavaScript parser builds every value itself. Measured on a 2.3 MB page of 50 towns' shelters
 * decoded from 16 KiB pieces: JSON.parse of the whole page 15 ms, this splitter and JSON.parse per node 23 ms,
 * @streamparser/json 0.0.22 emitting each node 85 ms — ~2 s more of the publisher's CPU over the shelters alone.
 *
 * The answer is `{…"<connection>":{…"nodes":[node, node, …]…}…}`: `head` is found at the first key `nodes` whose
 * value is an array (the connection's, when its selection comes first in the operation — the caller checks it is),
 * then the nodes come one by one, then the tail. Everything before the array is kept until it opens; afterwards only
 * the node being read.
 */
export class NodesSplitter {
  private phase: 'head' | 'nodes' | 'tail' = 'head'
  /** Head: the text received (the answer's start until the nodes array opens: a few hundred characters). */
  private text = ''
  /** Head: where scanning resumes in `text`. */
  private at = 0
  /** Head: the brackets open before the nodes array, as the characters closing them, innermost last. */
  private readonly closers: string[] = []
  /** Head: the last string read, and where it ended (a key is a string followed by `:`). */
  private lastString = { start: -1, end: -1 }
  /** The answer's text before the nodes array's `[`, and the brackets that close it (set when it opens). */
  private prefix = ''
  private closing = ''
  /**
   * Nodes: the pieces of the node being read (as received: no piece is joined to another until its node is whole,
   * so no text larger than one node is ever built), the bracket depth inside it (0 between nodes), and whether the
   * scan stopped inside a string, just after a backslash there.
   */
  private pieces: string[] = []
  private depth = 0
  private inString = false
  private escaped = false
  /** Nodes: the nodes read and not yet handed out. */
  private ready: unknown[] = []
  /** Tail: the answer's text after the nodes array. */
  private readonly tail: string[] = []

  push(piece: string): void {
    if (this.phase === 'head') this.text += piece
    else if (this.phase === 'nodes') this.scanNodes(piece)
    else this.tail.push(piece)
  }

  /** The whole text received, while the nodes array has not been found (the answer without one is read whole). */
  whole(): string {
    if (this.phase !== 'head') throw new Error('the nodes array was found: the text is no longer kept whole')
    return this.text
  }

  /**
   * Scans the text received for the nodes array's `[`. Once found: the answer with that array holding `placeholder`
   * alone (an answer that `JSON.parse` reads: what came before the array, closed), else null.
   */
  findHead(placeholder: string): string | null {
    if (this.phase !== 'head') throw new Error('the head was already found')
    const { text } = this
    const structure = /["[\]{}]/g
    structure.lastIndex = this.at
    for (let match = structure.exec(text); match; match = structure.exec(text)) {
      const index = match.index
      const char = text.charCodeAt(index)
      if (char === QUOTE) {
        const end = stringEnd(text, index)
        if (end < 0) return this.pause(index)
        this.lastString = { start: index, end }
        structure.lastIndex = end
      } else if (char === OPEN_BRACKET && this.isNodesKeyBefore(index)) {
        this.prefix = text.slice(0, index)
        this.closing = this.closers.toReversed().join('')
        this.phase = 'nodes'
        this.text = ''
        this.scanNodes(text.slice(index + 1))
        return `${this.prefix}[${JSON.stringify(placeholder)}]${this.closing}`
      } else if (char === OPEN_BRACKET || char === OPEN_BRACE) {
        this.closers.push(char === OPEN_BRACE ? '}' : ']')
      } else {
        this.closers.pop()
      }
    }
    return this.pause(text.length)
  }

  /** The nodes completed by the text received so far and not handed out yet, parsed, in order. */
  nodes(): unknown[] {
    if (this.phase === 'head') throw new Error('the nodes array has not been found yet')
    const ready = this.ready
    this.ready = []
    return ready
  }

  /**
   * The whole answer once the text has ended, the nodes array empty (its nodes were handed out); throws a
   * SyntaxError when the text ended before the answer did (a cut answer).
   */
  finish(): unknown {
    // A cut answer fails as `JSON.parse` fails on cut text (what reading the answer whole did): on what was cut.
    if (this.phase === 'head') return JSON.parse(this.text)
    if (this.phase === 'nodes') return JSON.parse(`${this.prefix}[${this.pieces.join('')}`)
    return JSON.parse(`${this.prefix}[]${this.tail.join('')}`)
  }

  private pause(at: number): null {
    this.at = at
    return null
  }

  /** Whether the `[` at `index` opens the value of a key `nodes` in an object. */
  private isNodesKeyBefore(index: number): boolean {
    const { start, end } = this.lastString
    return (
      this.closers.at(-1) === '}' &&
      end - start === NODES_KEY.length &&
      this.text.startsWith(NODES_KEY, start) &&
      this.text.slice(end, index).trim() === ':'
    )
  }

  /** Reads one more piece of the nodes array: the nodes it completes go to `ready`, the one it starts is kept. */
  private scanNodes(piece: string): void {
    // Where the node being read starts in this piece: 0 if it started in an earlier one, -1 between nodes.
    let nodeFrom = this.depth > 0 ? 0 : -1
    let at = 0
    while (at < piece.length && this.phase === 'nodes') {
      if (this.inString) at = this.skipString(piece, at)
      else if (this.depth === 0) {
        nodeFrom = this.startNode(piece, at)
        if (nodeFrom < 0) break
        at = nodeFrom + 1
      } else {
        const index = indexOf(STRUCTURE, piece, at)
        if (index < 0) break
        const char = piece.charCodeAt(index)
        at = index + 1
        if (char === QUOTE) this.inString = true
        else if (char === OPEN_BRACE || char === OPEN_BRACKET) this.depth++
        else if (--this.depth === 0) {
          this.pieces.push(piece.slice(nodeFrom, at))
          this.ready.push(JSON.parse(this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join('')))
          this.pieces = []
          nodeFrom = -1
        }
      }
    }
    if (nodeFrom >= 0) this.pieces.push(nodeFrom === 0 ? piece : piece.slice(nodeFrom))
  }

  /** Inside a string from `at`: the position after its closing quote, or the piece's end if it goes on. */
  private skipString(piece: string, at: number): number {
    if (this.escaped) {
      this.escaped = false
      return at + 1
    }
    const index = indexOf(STRING_STOP, piece, at)
    if (index < 0) return piece.length
    if (piece.charCodeAt(index) === QUOTE) {
      this.inString = false
      return index + 1
    }
    // A backslash: the character after it is escaped, maybe at the start of the next piece.
    if (index + 1 === piece.length) this.escaped = true
    return index + 2
  }

  /**
   * Between nodes from `at`: skips the separators to the next node and starts it (where its `{` is), or takes the
   * array's end (the rest of the piece is the tail); -1 when no node starts in this piece.
   */
  private startNode(piece: string, at: number): number {
    const index = indexOf(NOT_SEPARATOR, piece, at)
    if (index < 0) return -1
    const char = piece.charCodeAt(index)
    if (char === CLOSE_BRACKET) {
      this.phase = 'tail'
      this.tail.push(piece.slice(index + 1))
      return -1
    }
    // Connections' nodes are non-null objects in this schema (`nodes: [T!]!`).
    if (char !== OPEN_BRACE) throw new SyntaxError(`a node is not an object: ${piece.slice(index, index + 20)}`)
    this.depth = 1
    return index
  }
}

/**
 * Where `pattern` (one character class, global) next matches in `piece` from `at`, or -1: `test` and `lastIndex`
 * rather than `exec`, which would allocate a match array per string of every row.
 */
function indexOf(pattern: RegExp, piece: string, at: number): number {
  pattern.lastIndex = at
  return pattern.test(piece) ? pattern.lastIndex - 1 : -1
}
/** Outside strings: a bracket or a quote. */
const STRUCTURE = /["[\]{}]/g
/** Inside a string: its closing quote or a backslash. */
const STRING_STOP = /["\\]/g
/** Between nodes: what is not a comma or white space. */
const NOT_SEPARATOR = /[^\s,]/g

const QUOTE = 0x22
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const NODES_KEY = '"nodes"'

/** The index just past the string whose opening quote is at `start`, or -1 when its end has not arrived yet. */
function stringEnd(text: string, start: number): number {
  let from = start + 1
  for (;;) {
    const quote = text.indexOf('"', from)
    if (quote < 0) return -1
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++
    // An even run of backslashes escapes itself, not the quote.
    if (backslashes % 2 === 0) return quote + 1
    from = quote + 1
  }
}
