import { groupBy } from '../../../lib/collections.js'
import type { DatasetEntry, Distribution } from '../release-manifest.js'
import { townOf } from './towns.js'

/**
 * Up to a screenful of towns (or of their files) are listed as they are; beyond that — a nationwide deployment
 * serves 1,741 towns, ~8,700 files per regional dataset, a 5 MB page — the pages list the agreement's parties and
 * reach the others a prefecture at a time (the town index, the dataset page's `?pref=`).
 */
export const TOWN_LIST_LIMIT = 20

/** Per-town files of a dataset (the region-wide ones have no town). */
const townFilesOf = (dataset: DatasetEntry) => dataset.distributions.filter((file) => file.municipalityCode !== null)

/** Whether a dataset has more town files than a page lists at once. */
export const hasManyTownFiles = (dataset: DatasetEntry) => townFilesOf(dataset).length > TOWN_LIST_LIMIT

/**
 * The files a page lists: all of them, or beyond the limit the region-wide ones and the parties' — or, for a
 * prefecture (`01`…`47`), the region-wide ones and that prefecture's towns'.
 */
export function listedFiles(dataset: DatasetEntry, prefecture?: string): readonly Distribution[] {
  if (!hasManyTownFiles(dataset)) return dataset.distributions
  const listed = (code: string) => (prefecture ? code.startsWith(prefecture) : townOf(code).party)
  return dataset.distributions.filter((file) => file.municipalityCode === null || listed(file.municipalityCode))
}

/** A dataset's town files by prefecture (the first two digits of the code), in code order, with their towns. */
export function townFilesByPrefecture(dataset: DatasetEntry): Map<string, { towns: number; files: number }> {
  const byPrefecture = groupBy(townFilesOf(dataset), (file) => (file.municipalityCode ?? '').slice(0, 2))
  return new Map(
    [...byPrefecture]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([prefecture, files]) => [
        prefecture,
        { towns: new Set(files.map((file) => file.municipalityCode)).size, files: files.length },
      ]),
  )
}
