import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { buildEntryBundles } from '../../all-in-one/start-bundle.js'
import { projectPath } from '../../lib/paths.js'

/**
 * The entry points tests run as processes of their own (services of the scale-out cluster, the CLIs), bundled once
 * per test run by global-setup.ts. Started through tsx, each process spent 2–4 s of CPU loading and transforming
 * ~1,000 modules before doing anything (a gateway: ~4 s to ready, against ~1.4 s from a bundle); the code that runs
 * is the same source, as with `npm start`'s bundle (all-in-one/start-bundle.ts).
 */
export const BUNDLED_ENTRIES = [
  'subgraphs/agreement/main.ts',
  'subgraphs/disaster/main.ts',
  'subgraphs/transit/main.ts',
  'subgraphs/ict/main.ts',
  'gateway/main.ts',
  'scripts/migrate.ts',
  'scripts/token.ts',
  'scripts/import-gtfs.ts',
  'scripts/opendata-publish.ts',
] as const

/** Names the folder of this run's bundles; set by global setup before the workers start, so they inherit it. */
const BUNDLES_ENV = 'MINAMISORACHI_TEST_BUNDLES' as const

/**
 * Builds the bundles into a fresh folder under node_modules/.cache (inside the project: asset paths are found from
 * package.json) and points the workers at it. A failed build is reported and the processes run from source.
 */
export async function prepareEntryBundles(): Promise<() => Promise<void>> {
  // A fresh `npm ci` has no node_modules/.cache yet.
  const cache = projectPath('node_modules', '.cache')
  await mkdir(cache, { recursive: true })
  const dir = await mkdtemp(join(cache, 'minamisorachi-test-bundles-'))
  const remove = () => rm(dir, { recursive: true, force: true })
  try {
    await buildEntryBundles(BUNDLED_ENTRIES, dir)
    process.env[BUNDLES_ENV] = dir
  } catch (error) {
    console.warn('test bundles not built; spawned processes run from source through tsx:', error)
    await remove()
  }
  return async () => {
    delete process.env.MINAMISORACHI_TEST_BUNDLES
    await remove()
  }
}

/**
 * Node's arguments that run `entry` (relative to the project root): its bundle when this test run built one,
 * else the source through tsx (outside vitest: the benchmark, which imports these helpers).
 */
export function nodeArgsFor(entry: string): string[] {
  const dir = process.env[BUNDLES_ENV]
  const bundled = (BUNDLED_ENTRIES as readonly string[]).includes(entry)
  return dir && bundled ? [join(dir, entry.replace(/\.ts$/, '.js'))] : ['--import', 'tsx', entry]
}
