import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ColumnDefinition, TableDataset } from '../dataset.js'
import type { DatasetEntry } from '../release-manifest.js'

/**
 * `datapackage.json`, a Frictionless Tabular Data Package (v1): one `tabular-data-resource` per dataset's
 * main CSV with a Table Schema whose types match the cells (codes are strings, `1`/empty flags booleans,
 * dates dates) and a `primaryKey` where the dataset has a row key. The CSV is UTF-8 with the BOM Excel
 * wants; `encoding: "utf-8"` is right for it: the BOM is UTF-8's own signature, which frictionless reads
 * as such (its detector switches to utf-8-sig), and the v1 CSV Dialect has no property for it.
 */

type FieldType = ColumnDefinition<never>['type']

function fieldOf(name: string, type: FieldType) {
  switch (type) {
    case 'boolean':
      // The publisher writes `1` for true and leaves false empty (the 自治体標準 convention).
      return { name, type: 'boolean', trueValues: ['1'], falseValues: ['0'] }
    case 'datetime':
      return { name, type: 'datetime', format: 'any' }
    default:
      return { name, type }
  }
}

function tableSchemaOf(table: TableDataset<unknown> | undefined, columns: readonly string[]) {
  const types = new Map(table?.columns.map((column) => [column.name, column.type]))
  return {
    fields: columns.map((name) => fieldOf(name, types.get(name) ?? 'string')),
    missingValues: [''],
    ...(table?.primaryKey ? { primaryKey: [...table.primaryKey] } : {}),
  }
}

export async function writeDataPackage(
  dir: string,
  releaseId: string,
  datasets: readonly DatasetEntry[],
  tables: ReadonlyMap<string, TableDataset<unknown>>,
) {
  const resources = datasets.flatMap((dataset) =>
    dataset.distributions
      .filter((file) => file.format === 'CSV' && file.encoding === 'utf8-bom' && file.municipalityCode === null)
      .map((file) => ({
        profile: 'tabular-data-resource',
        name: dataset.id,
        path: file.path,
        title: dataset.title.ja,
        description: `${dataset.description.ja}${dataset.isSample ? '（サンプルデータを含みます）' : ''}`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        bytes: file.byteSize,
        hash: `sha256:${file.sha256}`,
        licenses: [{ name: dataset.license.id, path: dataset.license.url, title: dataset.license.title }],
        sample: dataset.isSample,
        schema: tableSchemaOf(tables.get(dataset.id), dataset.columns),
      })),
  )
  const pkg = {
    profile: 'tabular-data-package',
    name: 'minamisorachi-opendata',
    title: '南空知連携市町 オープンデータ',
    version: releaseId,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY 4.0' }],
    resources,
  }
  await writeFile(join(dir, 'datapackage.json'), `${JSON.stringify(pkg, null, 2)}\n`)
}
