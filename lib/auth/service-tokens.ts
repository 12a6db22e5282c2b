import type { Config } from '../config.js'
import { DEFAULT_TOKEN_MAX_LIFETIME_SECONDS, signToken, tokenSettingsFromConfig, type TokenSettings } from './tokens.js'
import type { ServiceRole } from './viewer.js'

/** Gives the current token of a service account (minted or configured), for `Authorization: Bearer …`. */
export type ServiceTokenSource = () => Promise<string>

/** The open-data publisher's service account: its subject names it in logs and rate-limit buckets. */
export const PUBLISHER_SUBJECT = 'opendata-publisher'

/** Minted tokens live an hour at most (or TOKEN_MAX_LIFETIME if shorter) and are renewed well before they end. */
const MINTED_LIFETIME_SECONDS = 3600
const RENEW_BEFORE_SECONDS = 300

/**
 * The token of a service account: `configured` when one is given (PUBLISHER_TOKEN, issued by the identity
 * provider when tokens come from JWT_JWKS_URL), else minted with JWT_SECRET and cached until shortly before it
 * expires. Without either, asking for a token fails with a message naming what to set.
 */
export function serviceTokenSource(
  settings: TokenSettings,
  account: { subject: string; roles: readonly ServiceRole[]; configured?: string | undefined },
): ServiceTokenSource {
  const configured = account.configured
  if (configured) return () => Promise.resolve(configured)
  const secret = settings.secret
  if (!secret) {
    const missing = new Error(
      `the ${account.subject} service account needs a token: set PUBLISHER_TOKEN (or JWT_SECRET)`,
    )
    return () => Promise.reject(missing)
  }
  const lifetime = Math.min(MINTED_LIFETIME_SECONDS, settings.maxLifetimeSeconds ?? DEFAULT_TOKEN_MAX_LIFETIME_SECONDS)
  let cached: { token: string; renewAt: number } | undefined
  return async () => {
    const now = Date.now()
    if (cached && now < cached.renewAt) return cached.token
    const token = await signToken(
      { ...settings, secret },
      { subject: account.subject, roles: account.roles, expiresIn: `${lifetime}s` },
    )
    cached = { token, renewAt: now + Math.max(lifetime - RENEW_BEFORE_SECONDS, lifetime / 2) * 1000 }
    return token
  }
}

/** The publisher's token source for a configuration's token settings. */
export function publisherTokenSource(settings: TokenSettings, configured?: string): ServiceTokenSource {
  return serviceTokenSource(settings, { subject: PUBLISHER_SUBJECT, roles: ['publisher'], configured })
}

/** The publisher's token source of a running configuration (PUBLISHER_TOKEN, else minted with JWT_SECRET). */
export function publisherTokenFromConfig(config: Config): ServiceTokenSource {
  return publisherTokenSource(tokenSettingsFromConfig(config), config.PUBLISHER_TOKEN)
}

/** Where no publisher account was configured (a gateway built without one): publishing fails, saying why. */
export const NO_PUBLISHER_TOKEN: ServiceTokenSource = () =>
  Promise.reject(new Error('the open-data publisher has no service account: set PUBLISHER_TOKEN or JWT_SECRET'))
