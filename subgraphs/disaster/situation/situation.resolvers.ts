import type { Resolvers } from '../../../codegen/disaster-resolvers.js'
import { congestionOf, occupancyOf } from './congestion.js'
import {
  regionalSituation,
  reportShelterStatus,
  responseHistory,
  setEvacuationAlert,
  setResponseStatus,
} from './situation.service.js'

const iso = (value: Date) => value.toISOString()

export const situationResolvers: Resolvers = {
  Query: {
    regionalSituation: (_, { region }, ctx) => regionalSituation(ctx, region ?? null),
    responseHistory: (_, { municipalityCode }, ctx) => responseHistory(ctx, municipalityCode),
  },
  Mutation: {
    reportShelterStatus: (_, { shelterId, input }, ctx) => reportShelterStatus(ctx, shelterId, input),
    setResponseStatus: (_, args, ctx) => setResponseStatus(ctx, args),
    setEvacuationAlert: (_, args, ctx) => setEvacuationAlert(ctx, args),
  },
  Municipality: {
    responseHistory: (municipality, _, ctx) => ctx.loaders.responseHistoryByMunicipality.load(municipality.code),
  },
  Shelter: {
    latestStatus: (shelter, _, ctx) => ctx.loaders.latestReportByShelter.load(shelter.id),
  },
  ShelterStatusReport: {
    occupancyRate: (report) => occupancyOf(report),
    congestion: (report) => congestionOf(occupancyOf(report)),
    reportedAt: (report) => iso(report.reportedAt),
  },
  ResponseStatus: {
    level: (status) => status.headquartersLevel as 'NONE' | 'CAUTION' | 'ALERT' | 'HEADQUARTERS',
    recordedAt: (status) => iso(status.recordedAt),
  },
  EvacuationAlert: {
    issuedAt: (alert) => iso(alert.issuedAt),
  },
}
