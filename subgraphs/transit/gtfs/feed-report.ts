export type Severity = 'ERROR' | 'WARNING'
export interface FeedProblem {
  file: string
  line: number
  severity: Severity
  reason: string
}

/** What a file holds, as read: its header as written and its data rows (for the feed version's record). */
export interface FeedFileSummary {
  file: string
  header: string[]
  rows: number
}

export interface FeedReport {
  problems: FeedProblem[]
  /** Problems beyond the first MAX_PROBLEMS are only counted. */
  errorCount: number
  warningCount: number
  rowCounts: Record<string, number>
  /** Every table file read, in the order it was read. */
  files: FeedFileSummary[]
}

const MAX_PROBLEMS = 1000

export const emptyReport = (): FeedReport => ({
  problems: [],
  errorCount: 0,
  warningCount: 0,
  rowCounts: {},
  files: [],
})

/** Collects problems as validators print them: errors make the feed unusable, warnings do not. */
export class ProblemLog {
  constructor(readonly report: FeedReport = emptyReport()) {}

  add(file: string, line: number, severity: Severity, reason: string): void {
    if (severity === 'ERROR') this.report.errorCount++
    else this.report.warningCount++
    if (this.report.problems.length < MAX_PROBLEMS) this.report.problems.push({ file, line, severity, reason })
  }
  error(file: string, line: number, reason: string): void {
    this.add(file, line, 'ERROR', reason)
  }
  warning(file: string, line: number, reason: string): void {
    this.add(file, line, 'WARNING', reason)
  }
}

/** `file:line: reason` lines, errors first, the way validators print them. */
export const formatProblems = (problems: readonly FeedProblem[]) =>
  [...problems]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'ERROR' ? -1 : 1))
    .map((p) => `${p.severity.toLowerCase()}: ${p.file}:${p.line}: ${p.reason}`)
