import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { standardDatasets, tempOpenDataDir, writeRelease } from '../../../test/support/opendata-fixture.js'
import type { ReleaseManifest } from '../release-manifest.js'
import { catalogViewOf } from './catalog-model.js'
import { ckanPackages } from './ckan-package.js'
import { useServedTowns, type ServedTownRow } from './towns.js'

const KURIYAMA = '014290'
const kuriyama = (nameEn: string): ServedTownRow => ({
  code: KURIYAMA,
  name: '栗山町',
  nameEn,
  kind: 'TOWN',
  party: true,
})

let manifest: ReleaseManifest
let remove: () => Promise<void>
beforeAll(async () => {
  const site = await tempOpenDataDir()
  remove = site.remove
  manifest = await writeRelease(site.dir, { releaseId: '20261125T010000000Z', datasets: standardDatasets() })
})
afterAll(() => remove())

/** A release's catalog is built once and shared by every CKAN and DCAT request (issue #19: 1,741 towns). */
describe('the catalog of a release, built once', () => {
  it('is the same view for the same release and served towns, and a new one when the towns are read again', () => {
    useServedTowns([kuriyama('Kuriyama')])
    const first = catalogViewOf(manifest)
    expect(catalogViewOf(manifest)).toBe(first)
    const townOrganization = (view: typeof first) =>
      view.organizations.find((organization) => organization.municipalityCode === KURIYAMA)?.title.en
    expect(townOrganization(first)).toBe('Kuriyama Town')
    // Read again unchanged (every 30 s under traffic): the view is kept.
    useServedTowns([kuriyama('Kuriyama')])
    expect(catalogViewOf(manifest)).toBe(first)
    // The agreement subgraph renamed the town: the next request labels it anew, not from the kept view.
    useServedTowns([kuriyama('Kuriyama-cho')])
    const renamed = catalogViewOf(manifest)
    expect(renamed).not.toBe(first)
    expect(townOrganization(renamed)).toBe('Kuriyama-cho Town')
  })

  it("groups each organization's packages: a town's own are its shares of the region's datasets", () => {
    useServedTowns([kuriyama('Kuriyama')])
    const view = catalogViewOf(manifest)
    const town = view.organizations.find((organization) => organization.municipalityCode === KURIYAMA)
    const expected = view.packages.filter((source) => source.organization === town).map((source) => source.name)
    expect(expected.length).toBeGreaterThan(0)
    if (!town) throw new Error('no organization for the town')
    expect(view.packagesByOrganization.get(town)?.map((source) => source.name)).toEqual(expected)
  })

  it('hands every request of one link origin the same frozen packages, and each origin its own links', () => {
    const view = catalogViewOf(manifest)
    const packages = ckanPackages(view, 'https://data.example.jp')
    expect(ckanPackages(view, 'https://data.example.jp')).toBe(packages)
    expect(Object.isFrozen(packages)).toBe(true)
    // A request that sorted the shared list in place would reorder it for every other request.
    expect(() => (packages as unknown[]).sort()).toThrow(TypeError)
    const other = ckanPackages(view, 'https://mirror.example.jp')
    expect(other[0]?.resources[0]?.url).toMatch(/^https:\/\/mirror\.example\.jp\//)
    expect(packages[0]?.resources[0]?.url).toMatch(/^https:\/\/data\.example\.jp\//)
  })
})
