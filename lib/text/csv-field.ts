const NEEDS_QUOTES = /[",\r\n]/

/**
 * One CSV field as RFC 4180 writes it: quoted, its quotes doubled, only when it holds a quote, a comma or a line
 * break. Hand-written rather than csv-stringify because it runs per value of million-row files (GTFS stop_times
 * in and out, the open-data tables' rows), where the library costs several times more.
 */
export const csvField = (value: string): string =>
  NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value
