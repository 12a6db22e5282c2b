import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import type { AllocatedShare } from './cost-allocation.js'

/** A joint project (第4条) with its cost-sharing weights: the model of JointProject. */
export type JointProjectModel = Selectable<DB['agreement.jointProject']>
/** The weights of a project are columns of the project: the model of CostSharingRule. */
export type CostSharingRuleModel = JointProjectModel
/** One town's usage figure for a project's 利用割: the model of UsageFigure. */
export type UsageFigureModel = Selectable<DB['agreement.jointProjectUsage']>

/** One town's share, with the figures it was computed from: the model of CostShare. */
export interface CostShareModel extends AllocatedShare {
  population: number
  usage: number
}

/** A project's cost split over the parties in force: the model of CostAllocation. */
export interface CostAllocationModel {
  project: JointProjectModel
  shares: CostShareModel[]
  populationSource: string
  populationYear: number
}

/** One town's total over a fiscal year's projects: the model of MunicipalCostTotal. */
export interface MunicipalCostTotalModel {
  code: string
  fiscalYear: number
  totalYen: number
  projectCount: number
}
