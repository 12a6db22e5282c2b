import { describe, expect, it } from 'vitest'
import type { CatalogView } from './catalog-model.js'
import { CatalogPageCache } from './catalog-page-cache.js'

const view = () => ({}) as CatalogView

/** A page builder that counts its builds. */
function builder(text: string) {
  const counted = { builds: 0, build: () => (counted.builds++, text) }
  return counted
}

describe('CatalogPageCache', () => {
  it('builds a page of a view once, and again for the next view (a new release, renamed towns)', () => {
    const cache = new CatalogPageCache()
    const release = view()
    const first = builder('page 1')
    expect(cache.page(release, 'p1', first.build)).toBe('page 1')
    expect(cache.page(release, 'p1', first.build)).toBe('page 1')
    expect(first.builds).toBe(1)
    const other = builder('page 2')
    cache.page(release, 'p2', other.build)
    expect(other.builds).toBe(1)
    const next = builder('page 1 of the next release')
    expect(cache.page(view(), 'p1', next.build)).toBe('page 1 of the next release')
    expect(next.builds).toBe(1)
  })

  it('holds at most its bound, pushing out the least recently used page; a page over the bound is not kept', () => {
    const cache = new CatalogPageCache(10)
    const release = view()
    const [a, b, c] = ['a', 'b', 'c'].map((key) => builder(key.repeat(4)))
    if (!a || !b || !c) throw new Error('three builders')
    cache.page(release, 'a', a.build)
    cache.page(release, 'b', b.build)
    cache.page(release, 'c', c.build) // 12 characters over a bound of 10: `a` goes
    cache.page(release, 'b', b.build) // `c` is now the least recently used
    cache.page(release, 'd', builder('dddd').build) // `c` goes
    cache.page(release, 'b', b.build)
    cache.page(release, 'c', c.build)
    expect([a.builds, b.builds, c.builds]).toEqual([1, 1, 2])
    const large = builder('x'.repeat(11))
    cache.page(release, 'large', large.build)
    cache.page(release, 'large', large.build)
    expect(large.builds).toBe(2)
  })
})
