import type { Resolvers } from '../../../codegen/agreement-resolvers.js'
import { required } from '../../../lib/graphql/loaders.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'

export const municipalityResolvers: Resolvers = {
  Query: {
    municipalities: async (_, __, ctx) => {
      const agreement = await ctx.loaders.currentAgreement.load('current')
      return ctx.loaders.municipalitiesByAgreement.load(agreement.id)
    },
    municipality: (_, { code }, ctx) => ctx.loaders.municipalityByCode.load(assertMunicipalityCode(code, 'code')),
  },
  Municipality: {
    __resolveReference: (ref, ctx) => ctx.loaders.municipalityByCode.load(ref.code),
    officeLocation: (m) => ({ latitude: m.officeLatitude, longitude: m.officeLongitude }),
    population: (m) => ({
      count: m.population,
      year: m.populationYear,
      isApproximate: true,
      source: m.populationSource,
    }),
    agreementRoles: async (m, _, ctx) => {
      const agreement = await ctx.loaders.currentAgreement.load('current')
      return ctx.loaders.rolesByMunicipality.load({ agreementId: agreement.id, id: m.code })
    },
    party: async (m, _, ctx) => {
      const agreement = await ctx.loaders.currentAgreement.load('current')
      return required(
        ctx.loaders.partyByMunicipality.load({ agreementId: agreement.id, code: m.code }),
        `party ${m.code}`,
      )
    },
  },
}
