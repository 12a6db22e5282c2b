/**
 * Limits of GTFS feed imports (uploads and the importGtfsFeed mutation), in a module of their own
 * without dependencies so lib/config.ts can read the defaults. Each one answers with a clear 4xx
 * naming the file and line, never a 500, and stops reading as soon as it is passed.
 */
export interface FeedImportLimits {
  /** Characters of one CSV record (one line, or the lines of a quoted multi-line record). */
  maxRecordChars: number
  /** Characters of one field. */
  maxFieldChars: number
  /** Data rows of one file (stop_times.txt of the largest Japanese operators: a few million). */
  maxRowsPerFile: number
  /** Entries (files and folders) in one zip. */
  maxEntries: number
  /** Uncompressed bytes of one entry. */
  maxEntryBytes: number
  /** Uncompressed bytes of all entries together. */
  maxArchiveBytes: number
  /** Uncompressed ÷ compressed size, per entry (entries over 1 MiB) and for the whole zip: zip bombs. */
  maxCompressionRatio: number
  /** Imports of one town (or of the region-wide operators) running at once in one transit process. */
  maxConcurrentPerTown: number
}

export const DEFAULT_FEED_IMPORT_LIMITS: FeedImportLimits = {
  maxRecordChars: 65_536,
  maxFieldChars: 8_192,
  maxRowsPerFile: 20_000_000,
  maxEntries: 200,
  maxEntryBytes: 2 * 1024 ** 3,
  maxArchiveBytes: 4 * 1024 ** 3,
  // Real GTFS text compresses 5–30×; a member of one repeated byte compresses ~1000×.
  maxCompressionRatio: 100,
  maxConcurrentPerTown: 2,
}
