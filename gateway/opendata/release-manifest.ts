import { z } from 'zod'

/**
 * The contract between the open-data publisher (which writes releases) and everything that serves
 * them (portal, DCAT catalog, CKAN API, file routes). A release is an immutable folder
 * `releases/<releaseId>/` holding `manifest.json` and every file it lists; `current` (a symlink
 * switched atomically) names the release being served.
 */

const localized = z.object({ ja: z.string().min(1), en: z.string().min(1) })

export const distributionSchema = z.object({
  /** Path inside the release folder, e.g. `shelters.csv`, `towns/014303_shelters.csv`. */
  path: z
    .string()
    .regex(/^[A-Za-z0-9._/-]+$/)
    .refine((path) => !path.split('/').includes('..'), 'no .. segments'),
  /** CSV, JSON, GeoJSON, GTFS, ZIP. */
  format: z.enum(['CSV', 'XLSX', 'JSON', 'GeoJSON', 'GTFS', 'ZIP', 'TXT']),
  /** Content-Type to serve it with, e.g. `text/csv; charset=utf-8`. */
  mediaType: z.string().min(1),
  byteSize: z.number().int().nonnegative(),
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: localized,
  /** Set on per-town files (`{code}_{dataset}.csv`). */
  municipalityCode: z
    .string()
    .regex(/^\d{6}$/)
    .nullable(),
  /** `utf8-bom` (Excel; the default CSV), `utf8` (no BOM), or null for non-CSV files. */
  encoding: z.enum(['utf8-bom', 'utf8']).nullable(),
  /** Data rows in this file (tables only): a town's file counts that town's rows. Absent in releases before it existed. */
  rowCount: z.number().int().nonnegative().nullable().optional(),
  /**
   * Rows of this file that are sample data (tables only; absent in older releases): decided per row, so a town's file
   * of real rows says 0 while other towns' files still hold sample rows.
   */
  sampleRowCount: z.number().int().nonnegative().optional(),
  /**
   * When this file's bytes last changed (ISO 8601): carried over from the previous release while its SHA-256 is the
   * same, so a town's share of a dataset changes only when that town's own file does.
   */
  modified: z.string().datetime().optional(),
})

export const datasetEntrySchema = z.object({
  /** URL-safe id, also the CKAN package name, e.g. `evacuation-space`. */
  id: z.string().regex(/^[a-z0-9-]{2,100}$/),
  title: localized,
  description: localized,
  keywords: z.array(z.string().min(1)),
  /** The agreement field it belongs to: `disaster`, `transit`, `ict`, `agreement` or `catalog`. */
  theme: z.string().min(1),
  license: z.object({ id: z.string().min(1), title: z.string().min(1), url: z.string().url() }),
  /** The organisation publishing it (CKAN organization): a town, or the region (`minamisorachi`). */
  publisher: z.object({
    id: z.string().min(1),
    name: localized,
    municipalityCode: z
      .string()
      .regex(/^\d{6}$/)
      .nullable(),
  }),
  /** `daily`, `weekly`, `monthly`, `irregular` (DCAT frequency names are derived from it). */
  updateFrequency: z.enum(['continuous', 'daily', 'weekly', 'monthly', 'annual', 'irregular']),
  /** True when any published row is sample data: said on every page and in every file's metadata. */
  isSample: z.boolean(),
  rowCount: z.number().int().nonnegative(),
  /** How many of the rows are sample data (tables; absent in older releases and for files such as the GTFS zip). */
  sampleRowCount: z.number().int().nonnegative().optional(),
  /** When the dataset's content last changed (ISO 8601); carried over from the previous release when unchanged. */
  modified: z.string().datetime(),
  /** First release that contained it (ISO 8601): CKAN metadata_created. */
  created: z.string().datetime(),
  distributions: z.array(distributionSchema).min(1),
  /** Rows added/changed/removed since the previous release (all zero for the first). */
  changes: z.object({ added: z.number().int(), changed: z.number().int(), removed: z.number().int() }),
  /** Column names of the main CSV, in order (for previews and datapackage.json). */
  columns: z.array(z.string()),
})

export const releaseManifestSchema = z.object({
  releaseId: z.string().regex(/^\d{8}T\d{6}\d{3}Z$/),
  publishedAt: z.string().datetime(),
  previousReleaseId: z.string().nullable(),
  datasets: z.array(datasetEntrySchema),
  /** Release-wide files: `datapackage.json`, `SHA256SUMS`, the bulk zip, `changelog.json`. */
  files: z.array(distributionSchema.omit({ title: true, municipalityCode: true, encoding: true })),
})

export type Distribution = z.infer<typeof distributionSchema>
export type DatasetEntry = z.infer<typeof datasetEntrySchema>
export type ReleaseManifest = z.infer<typeof releaseManifestSchema>
