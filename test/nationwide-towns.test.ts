import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ImportShelterFileByTownDocument,
  MunicipalityByCodeDocument,
  ServedMunicipalitiesDocument,
  type ServedMunicipalitiesQuery,
  StaffViewerDocument,
} from '../codegen/operations.js'
import {
  insertNationwideTowns,
  insertScaleShelters,
  insertSyntheticRegions,
} from '../all-in-one/scale/nationwide-towns.js'
import { v1File } from '../subgraphs/disaster/shelter-import/fixtures.js'
import { tempOpenDataDir } from './support/opendata-fixture.js'
import { publishTestRelease } from './support/opendata-release.js'
import { startTestStack, type TestStack } from './support/stack.js'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Issue #19, "nothing in the code may assume nine parties": 60 synthetic towns in 5 synthetic 圏域 are added to the
 * nine-town sample through the seed functions `npm run seed:scale` uses, and a town that is served but no party to
 * the agreement (合成市町村01500, 015008, in 北海道) is listed by the API, named in error messages, imported into,
 * published and given its portal page; its coordinator token coordinates nothing.
 */
const SYNTHETIC = { code: '015008', name: '合成市町村01500', slug: 'sample-town-01500' }
const IWAMIZAWA = '012106'

let stack: TestStack
let openData: Awaited<ReturnType<typeof tempOpenDataDir>>

beforeAll(async () => {
  openData = await tempOpenDataDir()
  stack = await startTestStack({ openData: { dir: openData.dir } })
  const { admin } = stack.database
  await insertNationwideTowns(admin, { municipalities: 69, prefectures: 5 })
  await insertSyntheticRegions(admin)
  await insertScaleShelters(admin, 690)
}, 120_000)
afterAll(async () => {
  await stack.stop()
  await openData.remove()
})

describe('a served town that is not a party, among 69', () => {
  it('is listed by servedMunicipalities after the nine parties, page by page, with no party', async () => {
    const codes: string[] = []
    let after: string | null = null
    do {
      const answer: { body: { data?: ServedMunicipalitiesQuery | null } } = await stack.graphql(
        ServedMunicipalitiesDocument,
        { first: 50, after },
      )
      const page = answer.body.data?.servedMunicipalities
      expect(page?.totalCount).toBe(69)
      codes.push(...(page?.nodes.map((town) => town.code) ?? []))
      const synthetic = page?.nodes.find((town) => town.code === SYNTHETIC.code)
      if (synthetic) expect(synthetic).toMatchObject({ name: SYNTHETIC.name, party: null, agreementRoles: [] })
      after = page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null
    } while (after !== null)
    expect(codes).toHaveLength(69)
    expect(codes[0]).toBe(IWAMIZAWA)
    expect(codes.slice(9)).toEqual([...codes.slice(9)].sort())
    const { body } = await stack.graphql(MunicipalityByCodeDocument, { code: SYNTHETIC.code })
    expect(body.data?.municipality).toMatchObject({ code: SYNTHETIC.code, name: SYNTHETIC.name, party: null })
  })

  it('is the code an error message proposes, by name', async () => {
    const { body } = await stack.graphql(MunicipalityByCodeDocument, { code: '01500' })
    expect(body.errors?.[0]?.message).toContain(`Did you mean "${SYNTHETIC.code}" (${SYNTHETIC.name})?`)
  })

  it('gives its coordinator token no region-wide rights: the coordinator is the lead of the agreement', async () => {
    const viewerOf = async (code: string) =>
      (await stack.graphql(StaffViewerDocument, {}, { token: await stack.token(code, ['coordinator']) })).body.data
        ?.viewer
    expect((await viewerOf(SYNTHETIC.code))?.isCoordinator).toBe(false)
    expect((await viewerOf(IWAMIZAWA))?.isCoordinator).toBe(true)
  })

  it("takes its rows of a multi-town file, found by its name, into its own list (an admin's import)", async () => {
    const file = v1File([
      { no: '1', name: '合成公民館', townName: SYNTHETIC.name, code: '' },
      { no: '2', name: '合成小学校', townName: SYNTHETIC.name, code: SYNTHETIC.code },
      { no: '3', name: '他県の体育館', townName: '合成市町村99999', code: '' },
    ])
    const token = await stack.token(IWAMIZAWA, ['admin'])
    const { body } = await stack.graphql(
      ImportShelterFileByTownDocument,
      { file: 'prefecture.csv', content: file.toString('base64') },
      { token },
    )
    expect(body.errors).toBeUndefined()
    const result = body.data?.importShelters
    expect(result?.towns.map((town) => [town.municipality.code, town.added])).toEqual([[SYNTHETIC.code, 2]])
    expect(result?.skipped.map((town) => [town.name, town.isParty])).toEqual([['北海道合成市町村99999', false]])
  })

  it('is published in its own town files and has its town page and CKAN organization', async () => {
    const release = await publishTestRelease(stack, openData.dir)
    const csv = await readFile(join(release, `towns/${SYNTHETIC.code}_evacuation_space.csv`), 'utf8')
    expect(csv).toContain('合成小学校')
    const page = await fetch(new URL(`/opendata/towns/${SYNTHETIC.code}`, stack.services.gatewayUrl))
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(SYNTHETIC.name)
    const orgs = await fetch(new URL('/api/3/action/organization_list', stack.services.gatewayUrl))
    expect(((await orgs.json()) as { result: string[] }).result).toContain(SYNTHETIC.slug)
  }, 300_000)
})
