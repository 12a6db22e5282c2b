/**
 * An RFC 4180 CSV tokenizer for GTFS files, fed text chunk by chunk. Why not csv-parse: measured on
 * 1M stop_times rows it takes 3.5 s (10.8 s with the line numbers we report), more than four times a
 * PostgreSQL COPY of the same rows; this one takes a fraction of that, because a record without quotes
 * (nearly every GTFS record) is cut with indexOf/split instead of character by character. Quoted fields,
 * `""` escapes, newlines inside quotes, CRLF, LF and lone CR all work; every record carries the line it
 * ends on. A record that grows past `maxRecordChars` stops the tokenizer at once, so a file of one endless
 * line costs at most that much memory.
 *
 * No object or array literal runs per record: every record is a `TokenizedRecord` (`new`) and a quoted record's
 * fields array a `slice` of an empty one. V8 gives each literal an allocation site, and when one of its scavenges finds
 * most of a site's recent objects still alive (a chunk's records while they are checked and sent) it may decide,
 * for the rest of the process, to allocate that site's objects straight in old space ("allocation-site
 * pretenuring"). A record in old space keeps its young fields array and field strings alive through every
 * scavenge until the next full collection, so they were all promoted: ~700 MiB per 5M stop_times instead of
 * ~10 (docs/performance/gtfs-import.md, "a second mode"). Objects made by `new` from a class, by `split`, `map` and
 * `slice` carry no allocation site, so nothing per record can be pretenured.
 */

export interface CsvRecord {
  /** Line of the file the record ends on (1 = the first line). */
  line: number
  fields: string[]
}

/** Copied for a quoted record's fields: `slice` makes an array with no allocation site, `[]` one with. */
const NO_FIELDS: readonly string[] = []

/** A record as the tokenizer makes it (see the file comment: a class, not an object literal). */
class TokenizedRecord implements CsvRecord {
  constructor(
    readonly line: number,
    readonly fields: string[],
  ) {}
}

export class CsvRecordTooLong extends Error {
  constructor(
    readonly line: number,
    readonly limit: number,
  ) {
    super(`a record longer than ${limit} characters starts on line ${line}`)
  }
}

const QUOTE = 34
const COMMA = 44
const LF = 10
const CR = 13

/** Trims ASCII whitespace around a value only when there is some (checking is cheaper than trimming). */
const trimmed = (value: string) =>
  value.length > 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32) ? value.trim() : value

/** Where the next occurrence of a character is, searched once and reused until passed (no O(n²) rescans). */
class NextIndex {
  private at = -2
  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}
  from(position: number): number {
    if (this.at === -1) return -1
    if (this.at < position) this.at = this.text.indexOf(this.char, position)
    return this.at
  }
}

export class CsvTokenizer {
  private rest = ''
  /** Lines fully consumed so far. */
  private lines = 0
  private first = true

  constructor(private readonly maxRecordChars: number) {}

  /** Tokenizes `chunk` (after what was left over); `final` = no more text will come. */
  push(chunk: string, final = false): CsvRecord[] {
    let text = this.rest + chunk
    if (this.first && text.length > 0) {
      this.first = false
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    }
    // One literal per chunk, not per record: a few per scavenge, below the 100 V8 needs before it decides anything.
    const records: CsvRecord[] = []
    const scan = { text, lf: new NextIndex(text, '\n'), cr: new NextIndex(text, '\r'), quote: new NextIndex(text, '"') }
    let start = 0
    while (start < text.length) {
      const end = this.nextRecord(scan, start, final, records)
      if (end < 0) break
      start = end
    }
    this.rest = text.slice(start)
    if (this.rest.length > this.maxRecordChars) throw new CsvRecordTooLong(this.lines + 1, this.maxRecordChars)
    return records
  }

  /** Reads one record at `start`; returns where the next begins, or -1 when the text ends inside it. */
  private nextRecord(scan: Scan, start: number, final: boolean, out: CsvRecord[]): number {
    const { text } = scan
    let newline = scan.lf.from(start)
    const cr = scan.cr.from(start)
    // A lone CR ends a line too (old Mac files); CRLF is one line end.
    if (cr >= 0 && (newline < 0 || cr < newline - 1)) newline = cr
    // No line end yet, or a CR that may be the first half of a CRLF split across chunks: wait for more.
    if (!final && (newline < 0 || (newline === cr && cr === text.length - 1))) return -1
    const lineEnd = newline < 0 ? text.length : newline
    const contentEnd = lineEnd > start && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd
    const next = newline < 0 ? text.length : newline + 1
    if (contentEnd - start > this.maxRecordChars) throw new CsvRecordTooLong(this.lines + 1, this.maxRecordChars)
    const quote = scan.quote.from(start)
    if (quote < 0 || quote >= contentEnd) {
      this.lines++
      // Blank lines are skipped, as GTFS validators do.
      if (contentEnd > start)
        out.push(new TokenizedRecord(this.lines, text.slice(start, contentEnd).split(',').map(trimmed)))
      return next
    }
    return this.quotedRecord(text, start, final, out)
  }

  /** The slow path: a record with quotes, character by character (it may span lines). */
  private quotedRecord(text: string, start: number, final: boolean, out: CsvRecord[]): number {
    const fields = NO_FIELDS.slice()
    let field = ''
    let lines = 0
    let i = start
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c === QUOTE) {
        const closing = closingQuote(text, i + 1)
        // A quote at the very end may be the first half of `""`: wait for more text.
        if (closing < 0 || (closing === text.length - 1 && !final))
          return final ? this.unterminated(text, start, out) : -1
        const inner = text.slice(i + 1, closing)
        lines += countLineBreaks(inner)
        field += inner.includes('""') ? inner.replaceAll('""', '"') : inner
        i = closing + 1
      } else if (c === COMMA) {
        fields.push(trimmed(field))
        field = ''
        i++
      } else if (c === LF || c === CR) {
        if (c === CR && i + 1 === text.length && !final) return -1
        const next = c === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1
        fields.push(trimmed(field))
        this.lines += lines + 1
        out.push(new TokenizedRecord(this.lines, fields))
        return next
      } else {
        field += text.charAt(i)
        i++
      }
    }
    if (!final) return -1
    fields.push(trimmed(field))
    this.lines += lines + 1
    out.push(new TokenizedRecord(this.lines, fields))
    return text.length
  }

  /** A quote never closed before the end of the file: the rest is that one record, as csv readers do. */
  private unterminated(text: string, start: number, out: CsvRecord[]): number {
    const rest = text.slice(start)
    this.lines += 1 + countLineBreaks(rest)
    out.push(
      new TokenizedRecord(
        this.lines,
        rest.split(',').map((field) => trimmed(field.replaceAll('"', ''))),
      ),
    )
    return text.length
  }
}

interface Scan {
  text: string
  lf: NextIndex
  cr: NextIndex
  quote: NextIndex
}

/** Index of the quote closing a field whose text starts at `from` (`""` is an escaped quote), or -1. */
function closingQuote(text: string, from: number): number {
  let at = text.indexOf('"', from)
  while (at >= 0 && text.charCodeAt(at + 1) === QUOTE) at = text.indexOf('"', at + 2)
  return at
}

function countLineBreaks(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++
  return count
}
