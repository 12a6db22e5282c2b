/**
 * Bounds on one shelter import (issue #17), each refused with BAD_USER_INPUT naming the limit, before the work
 * it bounds is done. Sized for the largest real file a town could send: the 国土地理院 national 指定緊急避難場所 file
 * (about 115,000 rows, 20 MB); the request body limit (REQUEST_BODY_LIMIT_BYTES, 1 MiB by default) applies first.
 */
export const SHELTER_IMPORT_LIMITS = {
  /** Bytes of the decoded file. */
  fileBytes: 32 * 1024 * 1024,
  /** Data rows (the header not counted). */
  rows: 200_000,
  /** Characters in one record (one CSV row, quoted newlines included): csv-parse stops reading there. */
  recordChars: 64 * 1024,
  /** Characters in one cell; the longest field a shelter stores (備考) is 2000. */
  fieldChars: 10_000,
  /** Columns in the header. */
  columns: 200,
  /** `file:line:column` problems listed in the error message (all are in `extensions.problems`, up to 1000). */
  reportedProblems: 200,
  /** Warnings returned in the result. */
  warnings: 200,
} as const

export type ShelterImportLimits = { readonly [K in keyof typeof SHELTER_IMPORT_LIMITS]: number }
