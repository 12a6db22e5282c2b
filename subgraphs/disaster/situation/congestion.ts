import type { CongestionLevel } from '../../../codegen/disaster-resolvers.js'

/** Occupancy = evacuees / capacity; unknown without a capacity (or for a closed shelter). */
export function occupancyOf(report: { isOpen: boolean; evacuees: number; capacity: number | null }): number | null {
  if (!report.isOpen || !report.capacity) return null
  return report.evacuees / report.capacity
}

/** Bands used on the situation board: below 50 %, 50–80 %, 80–100 %, full. */
export function congestionOf(occupancy: number | null): CongestionLevel {
  if (occupancy === null) return 'UNKNOWN'
  if (occupancy >= 1) return 'FULL'
  if (occupancy >= 0.8) return 'HIGH'
  if (occupancy >= 0.5) return 'MODERATE'
  return 'LOW'
}
