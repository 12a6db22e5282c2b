import { groupBy } from '../../../lib/collections.js'
import { PREFECTURE_NAMES, prefectureNameOf } from '../../../lib/prefectures.js'

/** The prefecture a town name starts with, and the rest (`北海道夕張郡栗山町` → 北海道, `夕張郡栗山町`). */
export function splitPrefecture(joined: string): { prefecture: string | null; rest: string } {
  const prefecture = PREFECTURE_NAMES.find((name) => joined.startsWith(name)) ?? null
  return { prefecture, rest: prefecture ? joined.slice(prefecture.length) : joined }
}

/**
 * The municipalities the platform serves, by code and by name, as the importer reads them from the data
 * (agreement.served_municipality, one statement per import): a file's town is matched against these, never
 * against a list in the code. Names repeat across prefectures (伊達市 in 北海道 and 福島県), so a name without its
 * prefecture names a town only when one served town has it.
 */
export class ServedTownNames {
  private readonly names: ReadonlyMap<string, string>
  private readonly byName: ReadonlyMap<string, { code: string }[]>

  constructor(rows: readonly { code: string; name: string }[]) {
    this.names = new Map(rows.map((row) => [row.code, row.name]))
    this.byName = groupBy(rows, (row) => row.name)
  }

  /** The served town's name, or null for a code the platform does not serve. */
  nameOf(code: string): string | null {
    return this.names.get(code) ?? null
  }

  isServed(code: string): boolean {
    return this.names.has(code)
  }

  /** The one served town of this name (in this prefecture, when the file says it), or null. */
  codeNamed(name: string, prefecture: string | null): string | null {
    const codes = (this.byName.get(name) ?? [])
      .map((town) => town.code)
      .filter((code) => prefecture === null || prefectureNameOf(code) === prefecture)
    return codes.length === 1 ? (codes[0] ?? null) : null
  }
}
