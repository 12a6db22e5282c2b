import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../../lib/logger.js'
import { projectPath } from '../../../lib/paths.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import type { ReleaseManifest } from '../release-manifest.js'
import { publishRelease } from './publish-release.js'
import { ReleaseDirectory } from './release-directory.js'

/**
 * What the publisher's files are to the tools people open them with: a spreadsheet (CSV and XLSX, with
 * formula injection neutralised), Frictionless (datapackage.json against the published v1 JSON Schemas,
 * every CSV read back through its Table Schema), and per-town files that change only with their town.
 */

const INJECTION = '=HYPERLINK("http://x","y")'
const TSUKIGATA = '014303'
const logger = createLogger('silent', 'test')

let stack: TestStack
let dir: string
let first: ReleaseManifest
const read = (manifest: ReleaseManifest, path: string) =>
  readFile(join(new ReleaseDirectory(dir).releasePath(manifest.releaseId), path))
const workbook = async (manifest: ReleaseManifest, path: string) => {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(join(new ReleaseDirectory(dir).releasePath(manifest.releaseId), path))
  return book
}
const rows = async (manifest: ReleaseManifest, path: string) =>
  parse<Record<string, string>>(await read(manifest, path), { bom: true, columns: true })

beforeAll(async () => {
  stack = await startTestStack()
  dir = await mkdtemp(join(tmpdir(), 'opendata-files-'))
  await sql`insert into disaster.shelter (municipality_code, name, address, is_sample, notes)
            values (${TSUKIGATA}, ${INJECTION}, '@SUM(1+1)', true, ${'-2+3'})`.execute(stack.database.admin)
  first = await publishRelease({ gatewayUrl: stack.services.gatewayUrl, dir, logger, token: stack.publisherToken })
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('spreadsheet safety', () => {
  it('neutralises formulas typed in CSV and XLSX, keeps them as typed in JSON, and numbers as numbers', async () => {
    for (const path of ['evacuation_space.csv', `towns/${TSUKIGATA}_evacuation_space.csv`]) {
      const row = (await rows(first, path)).find((candidate) => candidate['名称']?.includes('HYPERLINK'))
      expect(row?.['名称'], path).toBe(`'${INJECTION}`)
      expect(row?.['住所'], path).toBe("'@SUM(1+1)")
      expect(row?.['備考'], path).toBe('【サンプルデータ】 -2+3') // not at the start: nothing to neutralise
    }
    const json = JSON.parse((await read(first, 'evacuation_space.json')).toString()) as {
      rows: Record<string, unknown>[]
    }
    expect(json.rows.some((row) => row['名称'] === INJECTION)).toBe(true)

    const sheet = (await workbook(first, 'evacuation_space.xlsx')).worksheets[0]
    if (!sheet) throw new Error('no sheet')
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    const column = (name: string) => header.indexOf(name) + 1
    const injected = sheet
      .getColumn(column('名称'))
      .values.find((value) => typeof value === 'string' && value.includes('HYPERLINK'))
    expect(injected).toBe(`'${INJECTION}`)
    const latitudes = sheet
      .getColumn(column('緯度'))
      .values.slice(2)
      .filter((value) => value !== null && value !== undefined)
    expect(latitudes.every((value) => typeof value === 'number')).toBe(true)
  })
})

describe('Excel workbooks', () => {
  it('exist for every table, with codes as text, dates as dates, a frozen header and the sample flag', async () => {
    const tables = first.datasets.filter((dataset) => dataset.distributions.some((file) => file.format === 'CSV'))
    for (const dataset of tables.filter((entry) => entry.id !== 'open-data-list'))
      expect(
        dataset.distributions.map((file) => file.format),
        dataset.id,
      ).toContain('XLSX')
    const sheet = (await workbook(first, 'evacuation_space.xlsx')).worksheets[0]
    if (!sheet) throw new Error('no sheet')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    const codeCell = sheet.getRow(2).getCell(header.indexOf('市区町村コード') + 1)
    expect(codeCell.value).toMatch(/^01\d{4}$/)
    expect(codeCell.numFmt).toBe('@')
    expect(header.at(-1)).toBe('サンプルデータ')
    expect(sheet.getRow(2).getCell(header.length).value).toBe('○')

    const drillSheet = (await workbook(first, 'joint_drills.xlsx')).worksheets[0]
    const drillHeader = (drillSheet?.getRow(1).values as unknown[]).slice(1)
    const heldOn = drillSheet?.getRow(2).getCell(drillHeader.indexOf('実施日') + 1).value
    expect(heldOn).toBeInstanceOf(Date)
  })
})

describe('datapackage.json (Frictionless)', () => {
  it('is a valid tabular-data-package by the published v1 JSON Schemas', async () => {
    const fixture = (name: string) =>
      readFile(projectPath('test', 'fixtures', 'frictionless-v1', name), 'utf8').then(
        (text) => JSON.parse(text) as object,
      )
    // A CommonJS module whose class is its `default` export.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false })
    ajv.addSchema(await fixture('dictionary.json'), 'schemas/dictionary.json')
    const validatePackage = ajv.compile(await fixture('tabular-data-package.json'))
    const descriptor = JSON.parse((await read(first, 'datapackage.json')).toString()) as DataPackage
    expect(validatePackage(descriptor), JSON.stringify(validatePackage.errors)).toBe(true)
    // frictionless-py's own rule on top of the schema: every resource of a tabular package is tabular.
    expect(descriptor.resources.every((resource) => resource.profile === 'tabular-data-resource')).toBe(true)
    expect(descriptor.resources.every((resource) => resource.encoding === 'utf-8')).toBe(true)
  })

  it('reads every CSV back through its Table Schema: types, missing values and primary keys', async () => {
    const descriptor = JSON.parse((await read(first, 'datapackage.json')).toString()) as DataPackage
    expect(descriptor.resources.length).toBeGreaterThan(8)
    for (const resource of descriptor.resources) {
      const bytes = await read(first, resource.path)
      // encoding utf-8 with the UTF-8 signature: what frictionless' detector reads as utf-8-sig.
      const records = parse(bytes, { bom: true })
      const [header = [], ...data] = records
      expect(header, resource.name).toEqual(resource.schema.fields.map((field) => field.name))
      for (const record of data)
        resource.schema.fields.forEach((field, index) => {
          const cell = record[index] ?? ''
          expect(castable(field, cell, resource.schema.missingValues), `${resource.name}.${field.name}: ${cell}`).toBe(
            true,
          )
        })
      if (resource.schema.primaryKey) {
        const keys = data.map((record) =>
          resource.schema.primaryKey?.map((name) => record[header.indexOf(name)]).join('\u0000'),
        )
        expect(new Set(keys).size, resource.name).toBe(keys.length)
      }
    }
  })
})

describe('per-town files', () => {
  it('change only with their own town: rows, bytes and modification time', async () => {
    const files = (manifest: ReleaseManifest) =>
      new Map(manifest.datasets.flatMap((dataset) => dataset.distributions).map((file) => [file.path, file]))
    await sql`update disaster.shelter set name = name || '（改）'
      where municipality_code = ${TSUKIGATA} and name = ${INJECTION}`.execute(stack.database.admin)
    const next = await publishRelease({
      gatewayUrl: stack.services.gatewayUrl,
      dir,
      logger,
      token: stack.publisherToken,
    })
    const [before, after] = [files(first), files(next)]
    const town = `towns/${TSUKIGATA}_evacuation_space.csv`
    expect(after.get(town)?.modified).toBe(next.publishedAt)
    expect(after.get(town)?.rowCount).toBe((await rows(next, town)).length)
    const other = `towns/012106_evacuation_space.csv`
    expect(after.get(other)?.sha256).toBe(before.get(other)?.sha256)
    expect(after.get(other)?.modified).toBe(before.get(other)?.modified)
    expect(after.get(other)?.rowCount).toBe((await rows(next, other)).length)
  })
})

interface Field {
  name: string
  type: string
  trueValues?: string[]
  falseValues?: string[]
}
interface DataPackage {
  resources: {
    name: string
    path: string
    profile: string
    encoding: string
    schema: { fields: Field[]; missingValues: string[]; primaryKey?: string[] }
  }[]
}

/** The Table Schema v1 casting rules frictionless applies (default formats). */
function castable(field: Field, cell: string, missingValues: string[]): boolean {
  if (missingValues.includes(cell)) return true
  switch (field.type) {
    case 'integer':
      return /^[+-]?\d+$/.test(cell)
    case 'number':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell) || ['NaN', 'INF', '-INF'].includes(cell)
    case 'boolean':
      return [...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].includes(cell)
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(cell) && !Number.isNaN(Date.parse(cell))
    case 'datetime':
      return !Number.isNaN(Date.parse(cell))
    default:
      return true
  }
}
