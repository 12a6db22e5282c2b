import { forbidden, unauthenticated } from '../errors.js'

export const STAFF_ROLES = ['editor', 'coordinator', 'admin'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/**
 * Roles of service accounts, which belong to no town: `publisher` (the open-data publisher reads the public API
 * with its own rate bucket) and `metrics` (a Prometheus scraper reads `/metrics`). A service account reads exactly
 * what an anonymous caller reads and writes nothing.
 */
export const SERVICE_ROLES = ['publisher', 'metrics'] as const
export type ServiceRole = (typeof SERVICE_ROLES)[number]

/** The verified caller of one request (DESIGN.md §3). Built only from a verified token. */
export type Viewer =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'staff'
      readonly subject: string
      readonly municipalityCode: string
      readonly roles: ReadonlySet<StaffRole>
      /**
       * The town leads a policy field of the agreement (from the data: agreement.served_municipality, set by
       * lib/auth/served-towns.ts). Absent on a token not checked against the served towns: no coordinator then.
       */
      readonly leadsAgreement?: boolean
    }
  | { readonly kind: 'service'; readonly subject: string; readonly roles: ReadonlySet<ServiceRole> }

export type StaffViewer = Extract<Viewer, { kind: 'staff' }>

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' })

/** What row-level security sees: `app.role` and `app.municipality_code` for one transaction. */
export interface DbSession {
  role: 'anonymous' | StaffRole
  municipalityCode: string
}

export function dbSessionOf(viewer: Viewer): DbSession {
  // A service account sees what anonymous callers see: row-level security gives it nothing more.
  if (viewer.kind !== 'staff') return { role: 'anonymous', municipalityCode: '' }
  const role = viewer.roles.has('admin') ? 'admin' : viewer.roles.has('coordinator') ? 'coordinator' : 'editor'
  return { role, municipalityCode: viewer.municipalityCode }
}

export function requireStaff(viewer: Viewer): StaffViewer {
  if (viewer.kind === 'anonymous') {
    throw unauthenticated('This operation needs a signed-in municipal account: send "Authorization: Bearer <token>".')
  }
  if (viewer.kind === 'service') {
    throw forbidden(`The service account ${JSON.stringify(viewer.subject)} reads public data only and cannot write.`)
  }
  return viewer
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'staff' && viewer.roles.has('admin')
}

/**
 * Coordinators act for a municipality that leads a policy field of the agreement (岩見沢市 for all three in the
 * 別表), as the data says; row-level security asks the same (app.leads_agreement, migration 0124).
 */
export function isCoordinator(viewer: Viewer): boolean {
  return viewer.kind === 'staff' && viewer.roles.has('coordinator') && viewer.leadsAgreement === true
}

/** An editor (or coordinator) may write rows owned by their own municipality; an admin may write any. */
export function assertCanWriteFor(viewer: Viewer, ownerCode: string): StaffViewer {
  const staff = requireStaff(viewer)
  if (isAdmin(staff) || staff.municipalityCode === ownerCode) return staff
  throw forbidden(
    `Your account belongs to municipality ${staff.municipalityCode}; data ` +
      `owned by ${ownerCode} can only be changed by that municipality's staff.`,
  )
}

/** Region-wide records (joint drills, regional feeds, shared cases) belong to the coordinator. */
export function assertCanWriteRegional(viewer: Viewer): StaffViewer {
  const staff = requireStaff(viewer)
  if (isAdmin(staff) || isCoordinator(staff)) return staff
  throw forbidden(
    'Only the coordinator (of a town leading a policy field of the agreement) or an admin ' +
      'can change region-wide records.',
  )
}
