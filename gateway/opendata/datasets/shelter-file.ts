import type { ColumnDefinition, TableDataset } from '../dataset.js'

/** What both shelter lists' rows carry for a file's identity (指定緊急避難場所 and 指定避難所 alike). */
interface ShelterIdentity {
  id: string
  sourceId?: string | null
  isSample: boolean
  municipality: { code: string }
  location?: { latitude: number; longitude: number } | null
}

/**
 * The identity every shelter file shares: rows keyed by the platform id across releases, the town's own NO as the
 * file's key within its town (two towns may both number their sites from 1), sample decided per row, per-town
 * files and GeoJSON for located sites.
 */
export const shelterFileIdentity = <Row extends ShelterIdentity>() =>
  ({
    key: (row: Row) => row.id,
    primaryKey: ['市区町村コード', 'NO'],
    isSample: (row: Row) => row.isSample,
    municipalityCode: (row: Row) => row.municipality.code,
    location: (row: Row) => row.location ?? null,
  }) satisfies Partial<TableDataset<Row>>

/**
 * NO: the town's own ID / 共通ID / NO as its file had it (text: `0012` stays `0012`), else the platform's id —
 * never a running number, which would give every row below a new NO when a site is added.
 */
export const shelterNoColumn = <Row extends ShelterIdentity>(): ColumnDefinition<Row> => ({
  name: 'NO',
  type: 'string',
  value: (row) => row.sourceId ?? row.id,
})
