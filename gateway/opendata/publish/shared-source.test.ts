import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../../lib/logger.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import type { AnyDataset } from '../dataset.js'
import { evacuationShelter } from '../datasets/evacuation-shelter.js'
import { evacuationSpace } from '../datasets/evacuation-space.js'
import { DATASETS } from '../datasets/index.js'
import { shelterStatus } from '../datasets/shelter-status.js'
import { buildUnits } from './dataset-pool.js'
import { publishRelease } from './publish-release.js'

/**
 * The three shelter datasets are one read of every shelter (datasets/shelters.ts): built together they are one unit,
 * and each table's files are the bytes it has when built alone from its own rows.
 */

let stack: TestStack
const dirs: string[] = []
beforeAll(async () => {
  stack = await startTestStack()
})
afterAll(async () => {
  await stack.stop()
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** Each file a publish of `datasets` wrote, by path, with its SHA-256 and row count. */
async function publishedFiles(datasets: readonly AnyDataset[]) {
  const dir = await mkdtemp(join(tmpdir(), 'opendata-shared-'))
  dirs.push(dir)
  const manifest = await publishRelease({
    gatewayUrl: stack.services.gatewayUrl,
    token: stack.publisherToken,
    dir,
    logger: createLogger('silent', 'test'),
    datasets,
  })
  return new Map(
    manifest.datasets
      .filter((entry) => entry.id !== 'open-data-list')
      .flatMap((entry) => entry.distributions.map((file) => [file.path, { sha256: file.sha256, rows: file.rowCount }])),
  )
}

describe('a shared source', () => {
  it('makes the shelter lists and the status one build unit, the other datasets one each', () => {
    const units = buildUnits(DATASETS)
    const shelters = units.find((unit) => unit.includes(evacuationSpace))
    expect(shelters).toEqual([evacuationSpace, evacuationShelter, shelterStatus])
    expect(units.length).toBe(DATASETS.length - 2)
    expect(units.flat()).toEqual(expect.arrayContaining([...DATASETS]))
  })

  it('writes each table the same bytes as the table read alone', async () => {
    const together = await publishedFiles([evacuationSpace, evacuationShelter, shelterStatus])
    const alone = new Map(
      (await Promise.all([evacuationSpace, evacuationShelter, shelterStatus].map((d) => publishedFiles([d])))).flatMap(
        (files) => [...files],
      ),
    )
    expect(together.size).toBeGreaterThan(15) // whole-table files and per-town files of three tables
    // Only the XLSX differ, by their creation time (docProps/core.xml): every other file is the same bytes.
    const comparable = (files: Map<string, unknown>) => new Map([...files].filter(([path]) => !path.endsWith('.xlsx')))
    expect(comparable(together)).toEqual(comparable(alone))
    expect([...together.keys()].sort()).toEqual([...alone.keys()].sort())
    expect(together.get('evacuation_space.csv')?.rows).toBeGreaterThan(0)
    expect(together.get('evacuation_shelter.csv')?.rows).toBeGreaterThan(0)
    expect(together.get('shelter_status.csv')?.rows).toBe(
      (together.get('evacuation_space.csv')?.rows ?? 0) + (together.get('evacuation_shelter.csv')?.rows ?? 0),
    )
  })
})
