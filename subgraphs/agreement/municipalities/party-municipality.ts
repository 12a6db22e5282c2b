import { required } from '../../../lib/graphql/loaders.js'
import type { AgreementContext } from '../context.js'

/**
 * A party of one agreement version, through the per-version list of parties. Parties, field leads and
 * roles of a version all come from that one cached statement; looking each up by code instead made the
 * number of statements depend on which query answered first (a lead loaded alone, then the rest).
 */
export async function partyMunicipality(ctx: AgreementContext, agreementId: string, code: string) {
  const parties = await ctx.loaders.municipalitiesByAgreement.load(agreementId)
  return (
    parties.find((municipality) => municipality.code === code) ??
    required(ctx.loaders.municipalityByCode.load(code), `municipality ${code}`)
  )
}
