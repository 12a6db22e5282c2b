import type { AnyDataset } from '../dataset.js'
import { initiativesDataset } from './agreement-initiatives.js'
import { busStops } from './bus-stops.js'
import { evacuationSpace } from './evacuation-space.js'
import { ictPilots } from './ict-pilots.js'
import { ictSystems } from './ict-systems.js'
import { jointDrills } from './joint-drills.js'
import { jointProjectCosts } from './joint-project-costs.js'
import { regionalGtfs } from './regional-gtfs.js'
import { sharedCases } from './shared-cases.js'
import { shelterStatus } from './shelter-status.js'
import { stockpileCoverage } from './stockpile-coverage.js'
import { townRoles } from './town-roles.js'

/** Every published dataset, in the order the portal lists them. The open-data list itself is derived from these. */
export const DATASETS: readonly AnyDataset[] = [
  evacuationSpace,
  shelterStatus,
  stockpileCoverage,
  jointDrills,
  regionalGtfs,
  busStops,
  ictSystems,
  ictPilots,
  sharedCases,
  initiativesDataset,
  townRoles,
  jointProjectCosts,
]
