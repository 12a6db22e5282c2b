/** Something in the file the import refuses: nothing of the file is written while there is one. */
export interface ImportProblem {
  line: number
  /** 1-based; 0 when the problem is about the whole line (or file). */
  column: number
  /** The input field the problem is about (as the createShelter mutation names it), when it is about one. */
  field?: string
  reason: string
}

/** Something the import did not take as written, or did not take at all: named in the result, never silent. */
export interface ImportWarning {
  line: number
  column: number
  message: string
}

export const problemAt = (line: number, column: number, reason: string): ImportProblem => ({ line, column, reason })
