import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { stringify } from 'csv-stringify/sync'
import type { DatasetEntry } from '../release-manifest.js'

const BOM = '\uFEFF'

export const LIST_COLUMNS = [
  '全国地方公共団体コード',
  'ID',
  '名称',
  '名称_英語',
  '概要',
  'キーワード',
  '分野',
  'ファイル',
  '形式',
  'ライセンス',
  '更新頻度',
  '最終更新日',
  '件数',
  'サンプルデータ',
]

/** One file of a dataset, as a line of an open-data list. */
export interface ListedFile {
  dataset: DatasetEntry
  file: DatasetEntry['distributions'][number]
}

/**
 * The lines of every list in one pass over the datasets' files: the region's (`null`: its own files, and every town
 * file but a BOM-less copy) and each town's (its own files). Filtering every dataset's files once per town
 * instead cost 1,741 × ~12,000 comparisons at the nationwide scale.
 */
export function listedFilesByList(datasets: readonly DatasetEntry[]): Map<string | null, ListedFile[]> {
  const lists = new Map<string | null, ListedFile[]>([[null, []]])
  for (const dataset of datasets) {
    for (const file of dataset.distributions) {
      if (file.municipalityCode === null || file.encoding !== 'utf8') lists.get(null)?.push({ dataset, file })
      if (file.municipalityCode === null) continue
      const town = lists.get(file.municipalityCode)
      if (town) town.push({ dataset, file })
      else lists.set(file.municipalityCode, [{ dataset, file }])
    }
  }
  return lists
}

/**
 * `{code}_open_data_list.csv` (and the region's `open_data_list.csv`): one row per file a town (or
 * the region) publishes, in the spirit of the 自治体標準 オープンデータ一覧.
 */
export async function writeOpenDataList(
  dir: string,
  path: string,
  code: string | null,
  files: readonly ListedFile[],
  fileUrl: (path: string) => string,
) {
  const rows = files.map(({ dataset, file }) => [
    code ?? '',
    dataset.id,
    dataset.title.ja,
    dataset.title.en,
    dataset.description.ja,
    dataset.keywords.join(';'),
    dataset.theme,
    fileUrl(file.path),
    file.format,
    dataset.license.title,
    dataset.updateFrequency,
    dataset.modified,
    file.rowCount ?? dataset.rowCount,
    // Per file, from its own rows: a town that imported its real list is not labelled sample for others' rows.
    (file.sampleRowCount !== undefined ? file.sampleRowCount > 0 : dataset.isSample) ? '1' : '',
  ])
  await writeFile(join(dir, path), BOM + stringify([LIST_COLUMNS, ...rows], { record_delimiter: 'windows' }))
  return rows.length
}

export async function writeChecksums(dir: string, files: readonly { path: string; sha256: string }[]) {
  await writeFile(join(dir, 'SHA256SUMS'), files.map((file) => `${file.sha256}  ${file.path}\n`).join(''))
}
