import { startOpenDataServer } from '../test/support/opendata-fixture.js'

/** What a CKAN client's calls cost on the scale release (not a target of issue #19; shown so regressions are seen). */
export interface CkanAtScaleResult {
  packages: number
  /** `package_list`, the first request after start: it builds the release's catalog (catalog-model.ts). */
  firstRequestMs: number
  /** `package_show` of packages spread over the list, one after another (as `ckanapi dump` does). */
  packageShowP50Ms: number
  /** `package_search` pages of 100 (as a harvester pages through a catalog). */
  packageSearchP50Ms: number
}

const SHOWS = 50
const SEARCHES = 10

/** Serves the release under `openDataDir` (only the open-data routes) and times CKAN Action API calls against it. */
export async function benchCkanAtScale(openDataDir: string): Promise<CkanAtScaleResult> {
  const server = await startOpenDataServer(openDataDir)
  const timed = async (path: string): Promise<{ ms: number; body: { result: unknown } }> => {
    const started = performance.now()
    const response = await fetch(new URL(path, server.url))
    const body = (await response.json()) as { result: unknown }
    if (!response.ok) throw new Error(`${path}: ${response.status}`)
    return { ms: performance.now() - started, body }
  }
  try {
    const list = await timed('/api/3/action/package_list')
    const names = list.body.result as string[]
    const shows: number[] = []
    for (let index = 0; index < SHOWS; index++) {
      const name = names[Math.floor((index * names.length) / SHOWS)] ?? ''
      shows.push((await timed(`/api/3/action/package_show?id=${encodeURIComponent(name)}`)).ms)
    }
    const searches: number[] = []
    for (let page = 0; page < SEARCHES; page++)
      searches.push((await timed(`/api/3/action/package_search?rows=100&start=${page * 100}`)).ms)
    return {
      packages: names.length,
      firstRequestMs: list.ms,
      packageShowP50Ms: median(shows),
      packageSearchP50Ms: median(searches),
    }
  } finally {
    await server.close()
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

export function printCkanAtScale(result: CkanAtScaleResult): void {
  console.log(
    `\nCKAN Action API on the scale release (${result.packages} packages): first request ` +
      `${result.firstRequestMs.toFixed(0)} ms, package_show p50 ${result.packageShowP50Ms.toFixed(1)} ms, ` +
      `package_search (rows=100) p50 ${result.packageSearchP50Ms.toFixed(1)} ms`,
  )
}
