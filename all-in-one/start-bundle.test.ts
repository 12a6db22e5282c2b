import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectPath, projectRoot } from '../lib/paths.js'
import { init as lexerReady, parse as lexModule } from 'es-module-lexer'
import { bundleInto, runBundled } from './start-bundle.js'

/** A throw-away entry inside the project (bundles resolve packages from it) and a cache directory of its own. */
let dir: string
beforeAll(async () => {
  await mkdir(projectPath('node_modules', '.cache'), { recursive: true })
  dir = await mkdtemp(projectPath('node_modules', '.cache', 'start-bundle-test-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const writeEntry = async (file: string, text: string, mtime: Date) => {
  await writeFile(join(dir, file), text)
  await utimes(join(dir, file), mtime, mtime)
}

describe('npm start from a bundle', () => {
  it('builds the bundle once, and again when a file it was built from changes', async () => {
    const entry = relative(projectRoot, join(dir, 'entry.ts'))
    await writeEntry('words.ts', "export const word: string = 'first'\n", new Date(2020, 0, 1))
    await writeEntry('entry.ts', "import { word } from './words.js'\nexport const seen = word\n", new Date(2020, 0, 1))
    const cache = join(dir, 'cache')
    await runBundled(entry, { bundled: true, cacheDir: cache })
    const bundle = join(cache, `${entry.replace(/[^a-z0-9]+/gi, '-').replace(/-ts$/, '')}.mjs`)
    expect(await readFile(bundle, 'utf8')).toContain('"first"')
    const manifest = await readFile(`${bundle.slice(0, -4)}.manifest.json`, 'utf8')
    expect(manifest).toContain('words.ts')

    await runBundled(entry, { bundled: true, cacheDir: cache })
    expect(await readFile(`${bundle.slice(0, -4)}.manifest.json`, 'utf8')).toBe(manifest)

    // A change to an imported file, not the entry: the manifest lists every input.
    await writeEntry('words.ts', "export const word: string = 'second'\n", new Date(2021, 0, 1))
    await runBundled(entry, { bundled: true, cacheDir: cache })
    expect(await readFile(bundle, 'utf8')).toContain('"second"')
  })

  it('runs the sources when the bundle cannot be built, so their error names the file', async () => {
    await writeEntry('broken.ts', 'export const = 1\n', new Date(2020, 0, 1))
    const entry = relative(projectRoot, join(dir, 'broken.ts'))
    await expect(runBundled(entry, { bundled: true, cacheDir: join(dir, 'cache') })).rejects.toThrow(/broken\.ts/)
  })

  it('leaves no dynamic import() in the platform bundle (tsx would rewrite it all on a first start)', async () => {
    // tsx (which runs `npm start`) appends a `.then(…)` to each dynamic import of a module it loads and makes a source
    // map of the result: for this bundle, 18 s more before PostgreSQL even starts.
    const outfile = join(dir, 'platform.mjs')
    await bundleInto('all-in-one/main.ts', outfile)
    await lexerReady
    const text = await readFile(outfile, 'utf8')
    const [imports] = lexModule(text)
    const dynamic = imports.filter((found) => found.d > -1).map((found) => text.slice(found.ss, found.se))
    expect(dynamic).toEqual([])
  }, 120_000)
})
