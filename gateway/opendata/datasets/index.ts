import type { AnyDataset } from '../dataset.js'
import { agreementAmendments } from './agreement-amendments.js'
import { agreementArticles } from './agreement-articles.js'
import { initiativesDataset } from './agreement-initiatives.js'
import { agreementParties } from './agreement-parties.js'
import { agreementRegions } from './agreement-regions.js'
import { busStops } from './bus-stops.js'
import { drillTotals } from './drill-totals.js'
import { evacuationShelter } from './evacuation-shelter.js'
import { evacuationSpace } from './evacuation-space.js'
import { ictPilots } from './ict-pilots.js'
import { ictSystems } from './ict-systems.js'
import { jointDrills } from './joint-drills.js'
import { jointProjectCosts } from './joint-project-costs.js'
import { promotionCampaigns } from './promotion-campaigns.js'
import { recruitmentEvents } from './recruitment-events.js'
import { recruitmentOpenings } from './recruitment-openings.js'
import { regionalGtfs } from './regional-gtfs.js'
import { responseHistory } from './response-history.js'
import { routePerformance } from './route-performance.js'
import { sharedCases } from './shared-cases.js'
import { shelterStatus } from './shelter-status.js'
import { stockpileCoverage } from './stockpile-coverage.js'
import { townRoles } from './town-roles.js'

/** Every published dataset, in the order the portal lists them. The open-data list itself is derived from these. */
export const DATASETS: readonly AnyDataset[] = [
  evacuationSpace,
  evacuationShelter,
  shelterStatus,
  responseHistory,
  stockpileCoverage,
  jointDrills,
  drillTotals,
  regionalGtfs,
  busStops,
  routePerformance,
  promotionCampaigns,
  recruitmentOpenings,
  recruitmentEvents,
  ictSystems,
  ictPilots,
  sharedCases,
  agreementArticles,
  agreementParties,
  agreementRegions,
  agreementAmendments,
  initiativesDataset,
  townRoles,
  jointProjectCosts,
]
