import type { InformationSystemModel } from '../systems/systems.model.js'

/** Systems that could be procured together (same business and vendor, contracts ending close): ProcurementGroup. */
export interface ProcurementGroupModel {
  /** The 圏域 all the group's towns belong to. */
  region: { id: string; name: string }
  business: string
  vendor: string
  /** By contract end, then municipality code. */
  systems: InformationSystemModel[]
  earliestContractEnd: string
  latestContractEnd: string
  renewalWindow: { from: string; to: string }
}

/** One town's systems for one business: the model of SystemMatrixCell. */
export interface SystemMatrixCellModel {
  municipalityCode: string
  systems: InformationSystemModel[]
}
/** One business across a page of towns: the model of SystemMatrixRow. */
export interface SystemMatrixRowModel {
  business: string
  cells: SystemMatrixCellModel[]
}
/** Businesses × towns: the model of SystemMatrix. */
export interface SystemMatrixModel {
  businesses: string[]
  rows: SystemMatrixRowModel[]
  towns: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number }
}
