import type { ReleaseManifest } from '../release-manifest.js'
import type { Params } from './ckan-params.js'

/**
 * What every CKAN action gets: the current release (null before the first), the URL origin to link with, its
 * parameters.
 */
export interface ActionContext {
  manifest: ReleaseManifest | null
  /** PUBLIC_BASE_URL or an allow-listed request origin; empty when links are relative. */
  baseUrl: string
  params: Params
}

export interface Action {
  help: string
  run: (context: ActionContext) => unknown
}
