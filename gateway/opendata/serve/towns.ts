import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import { queryAllPages, type SubgraphPage } from '../../embed/subgraph-query.js'
import type { MapCentre } from '../../maps/map-markup.js'

/** How a page names a served town, and the URL-safe name of its CKAN organization. */
export interface TownLabel {
  slug: string
  ja: string
  en: string
  /** A party to the agreement (listed plainly on the portal), not a town of another 圏域 the platform serves. */
  party: boolean
  /** Where its maps open when they have nothing to fit (the town office): a town may be anywhere in Japan. */
  centre?: MapCentre
}

/** A served municipality as the agreement subgraph lists it (`servedMunicipalities`). */
export interface ServedTownRow {
  code: string
  name: string
  nameEn: string
  kind: string
  party: boolean
  officeLocation?: { latitude: number; longitude: number } | null
}

const KIND_EN: Readonly<Record<string, string>> = { CITY: 'City', TOWN: 'Town', VILLAGE: 'Village' }

/**
 * Labels derived from the data: the slug from the English name (`Tsukigata` → `tsukigata`; a name two served towns
 * share gets its code appended), the English label with the kind (`Tsukigata Town`) unless the name says it.
 */
export function townLabels(rows: readonly ServedTownRow[]): Map<string, TownLabel> {
  const slugOf = (row: ServedTownRow) =>
    row.nameEn
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || `town-${row.code}`
  const seen = new Map<string, number>()
  for (const row of rows) seen.set(slugOf(row), (seen.get(slugOf(row)) ?? 0) + 1)
  return new Map(
    rows.map((row) => {
      const kind = KIND_EN[row.kind] ?? ''
      const en = kind === '' || row.nameEn.includes(kind) ? row.nameEn : `${row.nameEn} ${kind}`
      const slug = (seen.get(slugOf(row)) ?? 0) > 1 ? `${slugOf(row)}-${row.code}` : slugOf(row)
      const office = row.officeLocation
      const centre: MapCentre | undefined = office ? [office.latitude, office.longitude] : undefined
      return [row.code, { slug, ja: row.name, en, party: row.party, ...(centre && { centre }) }]
    }),
  )
}

/**
 * The served towns of the agreement subgraph this gateway last read: the portal, the town pages, the CKAN and DCAT
 * answers, the situation board and the widgets label and list towns from it. No town list lives in the code.
 */
let towns: ReadonlyMap<string, TownLabel> = new Map()
/** Which agreement subgraph they were read from. */
let readBy: string | null = null

/**
 * The labels read, or those held when nothing changed: what is built from them (the CKAN and DCAT catalog of a
 * release, catalog-model.ts) is kept for as long as the same map is held, so a read every 30 s does not rebuild it.
 */
function changedLabels(next: Map<string, TownLabel>): ReadonlyMap<string, TownLabel> {
  // Entries in served order, compared as text: ~0.2 MB at 1,741 towns, once per read.
  const textOf = (labels: ReadonlyMap<string, TownLabel>) => JSON.stringify([...labels])
  return next.size === towns.size && textOf(next) === textOf(towns) ? towns : next
}

/** Sets the served towns directly: a portal served without the agreement subgraph, and the pages' unit tests. */
export function useServedTowns(rows: readonly ServedTownRow[]): void {
  towns = changedLabels(townLabels(rows))
  readBy = null
}

/** The served towns in the served order (the agreement's parties in signing order, then the others by code). */
export function servedTowns(): ReadonlyMap<string, TownLabel> {
  return towns
}

export function isServedTown(code: string): boolean {
  return towns.has(code)
}

/** A town's labels; a code not (yet) read falls back to itself. */
export function townOf(code: string): TownLabel {
  return towns.get(code) ?? { slug: `town-${code}`, ja: code, en: code, party: false }
}

const QUERY = `query ServedTowns($after: String) {
  servedMunicipalities(first: 200, after: $after) {
    nodes { code name nameEn kind party { position } officeLocation { latitude longitude } }
    pageInfo { hasNextPage endCursor }
  }
}`

type ServedNode = Omit<ServedTownRow, 'party'> & { party: { position: number } | null }

/** Every served town from the agreement subgraph, page after page (9 pages at 1,741 towns). */
export async function readServedTowns(agreementUrl: string): Promise<ServedTownRow[]> {
  const nodes = await queryAllPages(
    agreementUrl,
    QUERY,
    (data: { servedMunicipalities: SubgraphPage<ServedNode> }) => data.servedMunicipalities,
  )
  return nodes.map((node) => ({ ...node, party: node.party !== null }))
}

/** How long the pages may name towns from an older read (a town added by an administrator since). */
const REFRESH_AFTER_MS = 30_000
const PAGE_PATHS = /^\/(opendata|api\/3|situation|embed|events)(\/|\?|$)/

/**
 * Reads the served towns before a page that names them is answered, again when older than 30 s or last read by
 * another gateway app in this process (tests run several stacks, each with its own data). One read at a time; a
 * failed read keeps the towns read before (pages fall back to codes) and is logged.
 */
export function refreshServedTowns(app: FastifyInstance, agreementUrl: string, logger: Logger): void {
  let readAt = 0
  let reading: Promise<void> | null = null
  const read = async () => {
    try {
      towns = changedLabels(townLabels(await readServedTowns(agreementUrl)))
      readAt = Date.now()
      readBy = agreementUrl
    } catch (error) {
      logger.warn({ err: error }, 'served towns could not be read; pages name towns by code until they can')
    } finally {
      reading = null
    }
  }
  // Callback style: every request passes here, most without waiting for anything (no promise for them).
  app.addHook('onRequest', (request, _reply, done) => {
    if (!PAGE_PATHS.test(request.url) || (readBy === agreementUrl && Date.now() - readAt < REFRESH_AFTER_MS)) {
      done()
      return
    }
    void (reading ??= read()).then(() => {
      done()
    })
  })
}
