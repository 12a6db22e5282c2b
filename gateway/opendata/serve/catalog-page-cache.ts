import { LRUCache } from 'lru-cache'
import type { CatalogView } from './catalog-model.js'

/**
 * Serialized DCAT pages, kept per catalog view (one release as labelled with the served towns: catalog-model.ts),
 * so a harvester re-reading the catalog, or a second harvester, is answered without building the graph again. At
 * the nationwide scale the first page (every regional dataset, each with its 1,741 places) is a 3 MB graph that took
 * 0.3–0.5 s of the gateway's event loop to build and serialize; the others ~0.6 MB and 60–75 ms.
 *
 * One bound over everything held, least recently used out first. A page is kept with the number of its view, not
 * the view itself, so a new release or a change of towns leaves the old view to the garbage collector and its pages
 * to be pushed out.
 */
export class CatalogPageCache {
  private readonly numbers = new WeakMap<CatalogView, number>()
  private nextNumber = 0
  private readonly pages: LRUCache<string, { view: number; text: string }>

  /** @param maxChars the most characters held (a character is one to three bytes on the wire). */
  constructor(maxChars = 16 * 1024 * 1024) {
    // A page larger than the bound is not kept (lru-cache's maxEntrySize defaults to maxSize).
    this.pages = new LRUCache({ maxSize: maxChars, sizeCalculation: (entry) => Math.max(1, entry.text.length) })
  }

  /** The page `key` (origin, path, page, format) of `view`: as built before for this view, or built now. */
  page(view: CatalogView, key: string, build: () => string): string {
    const number = this.numberOf(view)
    const kept = this.pages.get(key)
    if (kept?.view === number) return kept.text
    const text = build()
    this.pages.set(key, { view: number, text })
    return text
  }

  private numberOf(view: CatalogView): number {
    let number = this.numbers.get(view)
    if (number === undefined) {
      number = this.nextNumber++
      this.numbers.set(view, number)
    }
    return number
  }
}
