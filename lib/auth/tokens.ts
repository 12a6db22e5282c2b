import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
  type ProtectedHeaderParameters,
} from 'jose'
import { unauthenticated } from '../errors.js'
import type { Config } from '../config.js'
import { isPartyCode, partyCodeMessage } from '../municipality-code.js'
import { ANONYMOUS, STAFF_ROLES, type StaffRole, type Viewer } from './viewer.js'

/** Tokens larger than this are refused before any parsing: a cheap guard against memory abuse. */
export const MAX_TOKEN_LENGTH = 8192

export interface TokenSettings {
  secret?: string | undefined
  jwksUrl?: string | undefined
  issuer: string
  audience: string
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
  const secret = settings.secret ? new TextEncoder().encode(settings.secret) : undefined
  const jwks = settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : undefined
  const algorithms = [...(secret ? ['HS256'] : []), ...(jwks ? ['RS256'] : [])]

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
      return viewerFromClaims(payload)
    } catch (error) {
      throw unauthenticated(describeTokenError(error))
    }
  }
}

function viewerFromClaims(payload: JWTPayload): Viewer {
  const municipality = payload['municipality']
  if (typeof municipality !== 'string' || !isPartyCode(municipality)) {
    throw new ClaimError(`claim "municipality" ${partyCodeMessage(municipality)}`)
  }
  const roles = payload['roles']
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isStaffRole)) {
    throw new ClaimError(`claim "roles" must be a non-empty list of ${STAFF_ROLES.join(', ')}`)
  }
  return { kind: 'staff', subject: String(payload.sub), municipalityCode: municipality, roles: new Set(roles) }
}

function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value)
}

class ClaimError extends Error {}

function describeTokenError(error: unknown): string {
  if (error instanceof ClaimError) return `Token rejected: ${error.message}.`
  if (error instanceof joseErrors.JWTExpired) return 'Token has expired; request a new one.'
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return `Token rejected: claim "${error.claim}" ${error.reason === 'check_failed' ? 'is not valid' : error.reason.replace(/_/g, ' ')}.`
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'Token signature is invalid.'
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'Token algorithm is not accepted.'
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'Token was signed with an unknown key.'
  if (error instanceof Error && 'extensions' in error) return error.message
  return 'Token is malformed.'
}

export interface TokenRequest {
  subject: string
  municipality: string
  roles: readonly StaffRole[]
  expiresIn?: string | number
}

/** Issues an HS256 token (for `npm run token` and tests; production tokens come from the IdP). */
export async function signToken(settings: TokenSettings & { secret: string }, request: TokenRequest): Promise<string> {
  return new SignJWT({ municipality: request.municipality, roles: [...request.roles] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(settings.secret))
}

/** The token settings of the running configuration. */
export function tokenSettingsFromConfig(config: Config): TokenSettings {
  return {
    secret: config.JWT_SECRET,
    jwksUrl: config.JWT_JWKS_URL,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  }
}
