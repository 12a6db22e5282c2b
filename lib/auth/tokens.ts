import { webcrypto } from 'node:crypto'
import {
  createRemoteJWKSet,
  decodeJwt,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
  type ProtectedHeaderParameters,
} from 'jose'
import { unauthenticated } from '../errors.js'
import type { Config } from '../config.js'
import { isValidMunicipalityCode, municipalityCodeMessage } from '../municipality-code.js'
import { ANONYMOUS, SERVICE_ROLES, STAFF_ROLES, type ServiceRole, type StaffRole, type Viewer } from './viewer.js'

/** Tokens larger than this are refused before any parsing: a cheap guard against memory abuse. */
export const MAX_TOKEN_LENGTH = 8192
/** TOKEN_MAX_LIFETIME's default: a token that stays valid longer is refused, however it was signed. */
export const DEFAULT_TOKEN_MAX_LIFETIME_SECONDS = 24 * 3600
/** Clocks of the issuer and of this server may differ by this much (seconds) when a lifetime is checked. */
const CLOCK_SKEW_SECONDS = 60
const MAX_SUBJECT_LENGTH = 256

export interface TokenSettings {
  secret?: string | undefined
  jwksUrl?: string | undefined
  issuer: string
  audience: string
  /** Longest accepted lifetime: `exp` at most this many seconds ahead (TOKEN_MAX_LIFETIME, default 24 h). */
  maxLifetimeSeconds?: number | undefined
}

export type TokenVerifier = (authorizationHeader: string | undefined) => Promise<Viewer>

/**
 * Verifies `Authorization: Bearer <jwt>` and returns the caller. No header means anonymous; any
 * header that does not verify is a 401 — never a silent fallback to anonymous.
 *
 * The algorithm is pinned per key (HS256 only with the shared secret, RS256 only with the JWKS),
 * which closes the classic HS/RS confusion and `alg: none` attacks.
 */
export function createTokenVerifier(settings: TokenSettings): TokenVerifier {
  const secret = settings.secret ? importHmacKey(settings.secret) : undefined
  const jwks = settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : undefined
  const algorithms = [...(secret ? ['HS256'] : []), ...(jwks ? ['RS256'] : [])]
  const maxLifetime = settings.maxLifetimeSeconds ?? DEFAULT_TOKEN_MAX_LIFETIME_SECONDS

  const keyFor: JWTVerifyGetKey = async (header: ProtectedHeaderParameters, token) => {
    if (header.alg === 'HS256' && secret) return secret
    if (header.alg === 'RS256' && jwks) return jwks(header, token)
    throw unauthenticated(
      `Token algorithm ${JSON.stringify(header.alg)} is not accepted (use ${algorithms.join(' or ')}).`,
    )
  }

  return async (authorizationHeader) => {
    if (authorizationHeader === undefined || authorizationHeader === '') return ANONYMOUS
    if (authorizationHeader.length > MAX_TOKEN_LENGTH) {
      throw unauthenticated(`Authorization header is larger than ${MAX_TOKEN_LENGTH} bytes.`)
    }
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorizationHeader.trim())
    if (!match?.[1]) throw unauthenticated('Authorization header must be "Bearer <token>".')
    try {
      const { payload } = await jwtVerify(match[1], keyFor, {
        algorithms,
        issuer: settings.issuer,
        audience: settings.audience,
        requiredClaims: ['sub', 'exp'],
      })
      checkLifetime(payload, maxLifetime)
      return viewerFromClaims(payload)
    } catch (error) {
      throw unauthenticated(describeTokenError(error))
    }
  }
}

/**
 * The shared secret as a WebCrypto key, imported once: handed the raw bytes, jose imports them again for every
 * token it verifies, which cost more CPU than the signature check itself.
 */
function importHmacKey(secret: string): Promise<webcrypto.CryptoKey> {
  return webcrypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'verify',
  ])
}

/** A token valid for years is as good as a password that never changes: its `exp` must be near. */
function checkLifetime(payload: JWTPayload, maxLifetimeSeconds: number): void {
  const secondsLeft = (payload.exp ?? 0) - Math.floor(Date.now() / 1000)
  if (secondsLeft > maxLifetimeSeconds + CLOCK_SKEW_SECONDS) {
    throw new ClaimError(
      `claim "exp" is ${Math.round(secondsLeft / 3600)} h ahead; tokens may be ` +
        `valid for at most ${formatHours(maxLifetimeSeconds)} (TOKEN_MAX_LIFETIME)`,
    )
  }
}

const formatHours = (seconds: number) => (seconds % 3600 === 0 ? `${seconds / 3600} h` : `${seconds} s`)

function subjectOf(payload: JWTPayload): string {
  const subject = payload.sub
  if (typeof subject !== 'string' || subject.trim() === '' || subject.length > MAX_SUBJECT_LENGTH) {
    throw new ClaimError(`claim "sub" must name the caller (1 to ${MAX_SUBJECT_LENGTH} characters, not blank)`)
  }
  return subject
}

function viewerFromClaims(payload: JWTPayload): Viewer {
  const subject = subjectOf(payload)
  const roles = payload['roles']
  if (Array.isArray(roles) && roles.length > 0 && roles.every(isServiceRole)) {
    return serviceViewer(payload, subject, roles)
  }
  const municipality = payload['municipality']
  // Well-formed here; whether the platform serves that town is checked against the data (served-towns.ts).
  if (typeof municipality !== 'string' || !isValidMunicipalityCode(municipality)) {
    throw new ClaimError(`claim "municipality" ${municipalityCodeMessage(municipality)}`)
  }
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isStaffRole)) {
    throw new ClaimError(
      `claim "roles" must be a non-empty list of ${STAFF_ROLES.join(', ')} (or, ` +
        `for a service account, of ${SERVICE_ROLES.join(', ')})`,
    )
  }
  return { kind: 'staff', subject, municipalityCode: municipality, roles: new Set(roles) }
}

/** A service account belongs to no town: a `municipality` claim next to service roles is a forged mix. */
function serviceViewer(payload: JWTPayload, subject: string, roles: readonly ServiceRole[]): Viewer {
  if (payload['municipality'] !== undefined) {
    throw new ClaimError(`a service account (roles ${SERVICE_ROLES.join(', ')}) has no claim "municipality"`)
  }
  return { kind: 'service', subject, roles: new Set(roles) }
}

function isServiceRole(value: unknown): value is ServiceRole {
  return typeof value === 'string' && (SERVICE_ROLES as readonly string[]).includes(value)
}

function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value)
}

class ClaimError extends Error {}

function describeTokenError(error: unknown): string {
  if (error instanceof ClaimError) return `Token rejected: ${error.message}.`
  if (error instanceof joseErrors.JWTExpired) return 'Token has expired; request a new one.'
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return (
      `Token rejected: claim ` +
      `"${error.claim}" ${error.reason === 'check_failed' ? 'is not valid' : error.reason.replace(/_/g, ' ')}.`
    )
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'Token signature is invalid.'
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'Token algorithm is not accepted.'
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'Token was signed with an unknown key.'
  if (error instanceof Error && 'extensions' in error) return error.message
  return 'Token is malformed.'
}

export interface TokenRequest {
  subject: string
  /** A staff token's town; absent for a service account. */
  municipality?: string | undefined
  roles: readonly StaffRole[] | readonly ServiceRole[]
  /** A span such as `8h` / `30 m` (jose's syntax) or an absolute epoch second; at most the maximum lifetime ahead. */
  expiresIn?: string | number
}

const DEFAULT_EXPIRES_IN = '8h'

/**
 * Issues an HS256 token (for `npm run token`, the publisher's service account and tests; production staff tokens
 * come from the IdP). Refuses a lifetime the verifier would refuse (over TOKEN_MAX_LIFETIME).
 */
export async function signToken(settings: TokenSettings & { secret: string }, request: TokenRequest): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  const token = await new SignJWT({
    ...(request.municipality === undefined ? {} : { municipality: request.municipality }),
    roles: [...request.roles],
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(now)
    .setExpirationTime(request.expiresIn ?? DEFAULT_EXPIRES_IN)
    .sign(new TextEncoder().encode(settings.secret))
  const maxLifetime = settings.maxLifetimeSeconds ?? DEFAULT_TOKEN_MAX_LIFETIME_SECONDS
  // Read back from the token, so the check and jose agree on what `expiresIn` means.
  const lifetime = (decodeJwt(token).exp ?? now) - now
  if (lifetime > maxLifetime) {
    throw new RangeError(
      `a token may be valid for at ` +
        `most ${formatHours(maxLifetime)} (TOKEN_MAX_LIFETIME); ${String(request.expiresIn)} is longer`,
    )
  }
  return token
}

/** The token settings of the running configuration. */
export function tokenSettingsFromConfig(config: Config): TokenSettings {
  return {
    secret: config.JWT_SECRET,
    jwksUrl: config.JWT_JWKS_URL,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    maxLifetimeSeconds: Math.floor(config.TOKEN_MAX_LIFETIME / 1000),
  }
}
