import type { Resolvers } from '../../../codegen/agreement-resolvers.js'
import { required } from '../../../lib/graphql/loaders.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { AgreementContext } from '../context.js'
import { partyMunicipality } from '../municipalities/party-municipality.js'

/** Top-level lookups and federation references read the version in force today. */
async function inCurrentVersion(ctx: AgreementContext, id: string) {
  const agreement = await ctx.loaders.currentAgreement.load('current')
  return { agreementId: agreement.id, id }
}

export const policyFieldResolvers: Resolvers = {
  Query: {
    policyFields: async (_, __, ctx) => {
      const agreement = await ctx.loaders.currentAgreement.load('current')
      return ctx.loaders.policyFieldsByAgreement.load(agreement.id)
    },
    policyField: async (_, { id }, ctx) => ctx.loaders.policyFieldById.load(await inCurrentVersion(ctx, id)),
    initiative: (_, { id }, ctx) => ctx.loaders.initiativeInForceById.load(id),
  },
  PolicyArea: {
    fields: async (area, _, ctx) => {
      const fields = await ctx.loaders.policyFieldsByAgreement.load(area.agreementId)
      return fields.filter((field) => field.areaNumber === area.number)
    },
  },
  PolicyField: {
    area: async (field, _, ctx) => {
      const areas = await ctx.loaders.policyAreasByAgreement.load(field.agreementId)
      const area = areas.find((candidate) => candidate.number === field.areaNumber) ?? null
      return required(area, `policy area ${field.areaNumber}`)
    },
    initiatives: (field, _, ctx) =>
      ctx.loaders.initiativesByField.load({ agreementId: field.agreementId, id: field.id }),
    lead: (field, _, ctx) => partyMunicipality(ctx, field.agreementId, field.leadMunicipalityCode),
    roles: (field, _, ctx) => ctx.loaders.rolesByField.load({ agreementId: field.agreementId, id: field.id }),
    dutiesOf: async (field, { municipalityCode }, ctx) => {
      const code = assertMunicipalityCode(municipalityCode, 'municipalityCode')
      const roles = await ctx.loaders.rolesByField.load({ agreementId: field.agreementId, id: field.id })
      return roles.find((role) => role.municipalityCode === code)?.duties ?? []
    },
  },
  Initiative: {
    __resolveReference: (ref, ctx) => ctx.loaders.initiativeInForceById.load(ref.id),
    field: (initiative, _, ctx) =>
      required(
        ctx.loaders.policyFieldById.load({ agreementId: initiative.agreementId, id: initiative.fieldId }),
        `policy field ${initiative.fieldId}`,
      ),
  },
  MunicipalRole: {
    municipality: (role, _, ctx) => partyMunicipality(ctx, role.agreementId, role.municipalityCode),
    field: (role, _, ctx) =>
      required(
        ctx.loaders.policyFieldById.load({ agreementId: role.agreementId, id: role.fieldId }),
        `policy field ${role.fieldId}`,
      ),
  },
}
