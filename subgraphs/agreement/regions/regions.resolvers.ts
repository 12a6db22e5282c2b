import type { Resolvers } from '../../../codegen/agreement-resolvers.js'
import { pageRequest, toConnection } from '../../../lib/graphql/pagination.js'
import { countRegions, findRegionsPage } from './regions.repository.js'
import { recordRegion, removeRegion } from './regions.service.js'

/** A region's sort key: '' for the agreement in force, else its id ([a-z0-9-]). */
const isRegionSortKey = (key: string) => /^[a-z0-9-]{0,64}$/.test(key)

export const regionResolvers: Resolvers = {
  Query: {
    regions: async (_, args, ctx) => {
      const page = pageRequest(args, isRegionSortKey)
      const rows = await findRegionsPage(ctx.db, page)
      for (const row of rows) ctx.loaders.regionById.prime(row.id, row)
      return toConnection(
        rows,
        page,
        (row) => row.sortKey ?? '',
        () => countRegions(ctx.db),
      )
    },
    region: (_, { id }, ctx) => ctx.loaders.regionById.load(id),
  },
  Mutation: {
    recordRegion: async (_, { input }, ctx) => {
      const id = await recordRegion(ctx, input)
      const region = await ctx.loaders.regionById.load(id)
      if (!region) throw new Error(`region ${id} was recorded but cannot be read`)
      return region
    },
    removeRegion: (_, { id }, ctx) => removeRegion(ctx, id),
  },
  Municipality: {
    regions: (municipality, _, ctx) => ctx.loaders.regionsByMunicipality.load(municipality.code),
  },
  Region: {
    __resolveReference: (ref, ctx) => ctx.loaders.regionById.load(ref.id),
    name: (region) => region.name ?? '',
    signedOn: (region) => region.signedOn ?? '',
    isSample: (region) => region.isSample === true,
    centre: async (region, _, ctx) => {
      if (region.centreMunicipalityCode === null) return null
      // After the members, so that the centre's row is read in the same batch as the towns' rows: one statement
      // for both, however many regions the page has.
      await ctx.loaders.membersByRegion.load(region.id)
      return ctx.loaders.municipalityByCode.load(region.centreMunicipalityCode)
    },
    municipalities: async (region, _, ctx) => {
      const members = await ctx.loaders.membersByRegion.load(region.id)
      const towns = await ctx.loaders.municipalityByCode.loadMany(members.map((m) => m.municipalityCode ?? ''))
      return towns.flatMap((town) => (town === null || town instanceof Error ? [] : [town]))
    },
  },
}
