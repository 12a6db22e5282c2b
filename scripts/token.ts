/**
 * `npm run token -- --municipality 014303 --role editor [--role coordinator] [--subject name] [--expires 8h]`
 * prints a token signed with JWT_SECRET, for local use against `npm start`.
 */
import { parseArgs } from 'node:util'
import { signToken, tokenSettingsFromConfig } from '../lib/auth/tokens.js'
import { STAFF_ROLES, type StaffRole } from '../lib/auth/viewer.js'
import { loadConfig } from '../lib/config.js'
import { assertMunicipalityCode, isPartyCode, partyCodeMessage } from '../lib/municipality-code.js'
import { runMain } from '../lib/process/shutdown.js'

runMain(async () => {
  const { values } = parseArgs({
    options: {
      municipality: { type: 'string' },
      role: { type: 'string', multiple: true },
      subject: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  })
  const municipality = assertMunicipalityCode(values.municipality ?? '', '--municipality')
  if (!isPartyCode(municipality)) throw new Error(`--municipality ${partyCodeMessage(municipality)}`)
  const roles = values.role ?? ['editor']
  const unknown = roles.filter((role) => !(STAFF_ROLES as readonly string[]).includes(role))
  if (unknown.length > 0) throw new Error(`--role must be one of ${STAFF_ROLES.join(', ')} (got ${unknown.join(', ')})`)
  const settings = tokenSettingsFromConfig(loadConfig())
  if (!settings.secret)
    throw new Error('JWT_SECRET is not set: tokens from an external issuer (JWT_JWKS_URL) cannot be minted here')
  const token = await signToken(
    { ...settings, secret: settings.secret },
    {
      subject: values.subject ?? `local-${municipality}`,
      municipality,
      roles: roles as StaffRole[],
      expiresIn: values.expires,
    },
  )
  console.log(token)
})
