import DataLoader from 'dataloader'
import { groupBy } from '../../../lib/collections.js'
import type { Database } from '../../../lib/db/database.js'
import type { RoutePerformanceModel } from './route-statistics.model.js'
import { findRoutePerformance } from './route-statistics.repository.js'

interface PerformanceKey {
  operatorId: string
  fiscalYear: number
}
const cacheKey = (key: PerformanceKey) => `${key.operatorId}|${key.fiscalYear}`

export function createRouteStatisticsLoaders(db: Database) {
  return {
    /**
     * `Operator.routePerformance(fiscalYear)` for every operator of a response: one statement per
     * distinct fiscal year asked for (in practice one), never one per operator.
     */
    routePerformanceByOperator: new DataLoader<PerformanceKey, RoutePerformanceModel[], string>(
      async (keys) => {
        const results = new Map<string, RoutePerformanceModel[]>()
        for (const [fiscalYear, sameYear] of groupBy(keys, (key) => key.fiscalYear)) {
          const operatorIds = [...new Set(sameYear.map((key) => key.operatorId))]
          const byOperator = groupBy(await findRoutePerformance(db, operatorIds, fiscalYear), (row) => row.operatorId)
          for (const operatorId of operatorIds)
            results.set(cacheKey({ operatorId, fiscalYear }), byOperator.get(operatorId) ?? [])
        }
        return keys.map((key) => results.get(cacheKey(key)) ?? [])
      },
      { cacheKeyFn: cacheKey },
    ),
  }
}
