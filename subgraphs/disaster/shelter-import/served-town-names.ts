import { groupBy } from '../../../lib/collections.js'

/** The 47 prefectures in the order of their codes (01 北海道 … 47 沖縄県): how a file names a town's prefecture. */
const PREFECTURES = [
  ...['北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県'],
  ...['千葉県', '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県'],
  ...['愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県'],
  ...['広島県', '山口県', '徳島県', '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県'],
  ...['宮崎県', '鹿児島県', '沖縄県'],
] as const

/** A town's prefecture, from the first two digits of its code. */
const prefectureOf = (code: string) => PREFECTURES[Number(code.slice(0, 2)) - 1] ?? null

/** The prefecture a town name starts with, and the rest (`北海道夕張郡栗山町` → 北海道, `夕張郡栗山町`). */
export function splitPrefecture(joined: string): { prefecture: string | null; rest: string } {
  const prefecture = PREFECTURES.find((name) => joined.startsWith(name)) ?? null
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
      .filter((code) => prefecture === null || prefectureOf(code) === prefecture)
    return codes.length === 1 ? (codes[0] ?? null) : null
  }
}
