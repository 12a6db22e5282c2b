import {
  OpenDataSheltersDocument,
  OpenDataSheltersMoreDocument,
  type OpenDataShelterRowFragment,
} from '../../../codegen/opendata-operations.js'
import type { SharedSource } from '../dataset.js'
import { eachTownsRows, mapped, withTown, type Town } from './towns.js'

/** One shelter of either list, as the public query answers it (shelters.graphql), with its town. */
export type ShelterRow = OpenDataShelterRowFragment & { municipality: Town }

/**
 * Every served town's shelters of both lists, town after town, each town's in id order: one read that feeds
 * 指定緊急避難場所一覧 (the EMERGENCY_SITE rows), 指定避難所一覧 (the DESIGNATED_SHELTER rows) and the shelter status
 * (every row). A list's rows keep the order its own query gives (`shelters(designation:)` pages each town by id
 * too), so a file is the same whichever read wrote it.
 */
export const everyShelter: SharedSource<ShelterRow> = {
  id: 'shelters',
  rows: (gateway) =>
    mapped(
      eachTownsRows(gateway, {
        towns: OpenDataSheltersDocument,
        rowsOf: (town) => town.shelters,
        more: OpenDataSheltersMoreDocument,
        moreRowsOf: (data) => data.municipality?.shelters,
      }),
      withTown,
    ),
}

/** The rows of one list (指定緊急避難場所 or 指定避難所), for `sharedRows`. */
export const ofList =
  (designation: ShelterRow['designation']) =>
  (row: ShelterRow): ShelterRow | undefined =>
    row.designation === designation ? row : undefined
