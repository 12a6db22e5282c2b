import type { Resolvers } from '../../../codegen/agreement-resolvers.js'
import { pageRequest, toConnection } from '../../../lib/graphql/pagination.js'
import { assertMunicipalityCodeOfServed } from '../../../lib/served-municipalities.js'
import type { AgreementContext } from '../context.js'
import { countServedMunicipalities, findServedMunicipalitiesPage } from './municipalities.repository.js'

/** Served positions are 1, 2, …: a cursor must decode to one. */
const isPositionKey = (key: string) => /^[1-9][0-9]{0,6}$/.test(key)

async function listServedMunicipalities(ctx: AgreementContext, args: { first?: number | null; after?: string | null }) {
  const page = pageRequest(args, isPositionKey)
  const rows = await findServedMunicipalitiesPage(ctx.db, page)
  for (const row of rows) ctx.loaders.municipalityByCode.prime(row.code, row)
  return toConnection(
    rows,
    page,
    (row) => String(row.position),
    () => countServedMunicipalities(ctx.db),
  )
}

export const municipalityResolvers: Resolvers = {
  Query: {
    municipalities: async (_, __, ctx) => {
      const agreement = await ctx.loaders.currentAgreement.load('current')
      return ctx.loaders.municipalitiesByAgreement.load(agreement.id)
    },
    servedMunicipalities: (_, args, ctx) => listServedMunicipalities(ctx, args),
    municipality: async (_, { code }, ctx) =>
      ctx.loaders.municipalityByCode.load(await assertMunicipalityCodeOfServed(ctx.db, code, 'code')),
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
    // Null for a municipality of another 圏域 the platform serves: it signed no version of this agreement.
    party: async (m, _, ctx) => {
      const agreement = await ctx.loaders.currentAgreement.load('current')
      return ctx.loaders.partyByMunicipality.load({ agreementId: agreement.id, code: m.code })
    },
  },
}
