/**
 * `npm run token -- --municipality 014303 --role editor [--role coordinator] [--subject name] [--expires 8h]`
 * prints a token signed with JWT_SECRET, for local use against `npm start`.
 *
 * `npm run token -- --role metrics [--subject prometheus]` prints a service account's token instead (roles
 * `publisher`, `metrics`; no municipality). `--expires` may not exceed TOKEN_MAX_LIFETIME (default 24 h): the
 * platform refuses longer-lived tokens.
 */
import { parseArgs } from 'node:util'
import { signToken, tokenSettingsFromConfig } from '../lib/auth/tokens.js'
import { SERVICE_ROLES, STAFF_ROLES, type ServiceRole, type StaffRole } from '../lib/auth/viewer.js'
import { loadConfig } from '../lib/config.js'
import { assertMunicipalityCode } from '../lib/municipality-code.js'
import { runMain } from '../lib/process/shutdown.js'

const isStaffRole = (role: string): role is StaffRole => (STAFF_ROLES as readonly string[]).includes(role)
const isServiceRole = (role: string): role is ServiceRole => (SERVICE_ROLES as readonly string[]).includes(role)

/** The roles asked for, all staff or all service; anything else stops with the list of valid roles. */
function rolesOf(requested: string[]): { staff: StaffRole[] } | { service: ServiceRole[] } {
  if (requested.every(isServiceRole)) return { service: requested }
  if (requested.every(isStaffRole)) return { staff: requested }
  throw new Error(
    `--role must be staff roles (${STAFF_ROLES.join(', ')}) or ` +
      `service roles (${SERVICE_ROLES.join(', ')}), not a mix; got ${requested.join(', ')}`,
  )
}

runMain(async () => {
  const { values } = parseArgs({
    options: {
      municipality: { type: 'string' },
      role: { type: 'string', multiple: true },
      subject: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  })
  const roles = rolesOf(values.role ?? ['editor'])
  const settings = tokenSettingsFromConfig(loadConfig())
  if (!settings.secret)
    throw new Error('JWT_SECRET is not set: tokens from an external issuer (JWT_JWKS_URL) cannot be minted here')
  const secretSettings = { ...settings, secret: settings.secret }
  if ('service' in roles) {
    if (values.municipality) throw new Error('a service account belongs to no municipality: drop --municipality')
    const subject = values.subject ?? `service-${roles.service.join('-')}`
    console.log(await signToken(secretSettings, { subject, roles: roles.service, expiresIn: values.expires }))
    return
  }
  const municipality = assertMunicipalityCode(values.municipality ?? '', '--municipality')
  const token = await signToken(secretSettings, {
    subject: values.subject ?? `local-${municipality}`,
    municipality,
    roles: roles.staff,
    expiresIn: values.expires,
  })
  console.log(token)
})
