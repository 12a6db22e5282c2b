import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isMissingFile, unlessMissing } from './missing-file.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'missing-file-'))
  await writeFile(join(dir, 'file'), 'text')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('unlessMissing', () => {
  it('reads a file that is there, and answers `missing` for one that is not, or below a file', async () => {
    expect(await unlessMissing(() => readFile(join(dir, 'file'), 'utf8'), null)).toBe('text')
    expect(await unlessMissing(() => readFile(join(dir, 'absent'), 'utf8'), null)).toBeNull()
    expect(await unlessMissing(() => readFile(join(dir, 'file', 'below'), 'utf8'), 'none')).toBe('none')
  })

  it('lets every other error through: a directory read as a file is not a missing file', async () => {
    await expect(unlessMissing(() => readFile(dir, 'utf8'), null)).rejects.toMatchObject({ code: 'EISDIR' })
    expect(isMissingFile(new Error('no code'))).toBe(false)
    expect(isMissingFile(undefined)).toBe(false)
  })
})
