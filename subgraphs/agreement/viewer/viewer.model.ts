import type { Viewer } from '../../../lib/auth/viewer.js'

/** GraphQL `Viewer`: a signed-in caller (anonymous callers get null). */
export type ViewerModel = Exclude<Viewer, { kind: 'anonymous' }>
