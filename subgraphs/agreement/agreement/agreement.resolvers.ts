import type { Resolvers } from '../../../codegen/agreement-resolvers.js'
import { partyMunicipality } from '../municipalities/party-municipality.js'

export const agreementResolvers: Resolvers = {
  Query: {
    article: async (_, { number }, ctx) => {
      const agreement = await ctx.loaders.currentAgreement.load('current')
      const articles = await ctx.loaders.articlesByAgreement.load(agreement.id)
      return articles.find((article) => article.number === number) ?? null
    },
  },
  Agreement: {
    basis: (agreement) => ({
      issuer: agreement.basisIssuer,
      title: agreement.basisTitle,
      issuedOn: agreement.basisIssuedOn,
      reference: agreement.basisReference,
    }),
    articles: (agreement, _, ctx) => ctx.loaders.articlesByAgreement.load(agreement.id),
    parties: (agreement, _, ctx) => ctx.loaders.partiesByAgreement.load(agreement.id),
    policyAreas: (agreement, _, ctx) => ctx.loaders.policyAreasByAgreement.load(agreement.id),
    relatedAgreements: (agreement, _, ctx) => ctx.loaders.relatedAgreementsByAgreement.load(agreement.id),
  },
  Article: {
    label: (article) => `第${article.number}条`,
    paragraphs: (article, _, ctx) =>
      ctx.loaders.paragraphsByArticle.load({ agreementId: article.agreementId, articleNumber: article.number }),
  },
  Party: {
    municipality: (party, _, ctx) => partyMunicipality(ctx, party.agreementId, party.municipalityCode),
  },
  RelatedAgreement: {
    field: (related, _, ctx) =>
      related.fieldId
        ? ctx.loaders.policyFieldById.load({ agreementId: related.agreementId, id: related.fieldId })
        : null,
  },
}
