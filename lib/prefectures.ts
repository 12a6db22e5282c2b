/**
 * The 47 都道府県 by their JIS X 0401 code, which is the first two digits of every 全国地方公共団体コード: a served
 * town's prefecture comes from its code, so the portal's town index groups any set of served towns without more
 * data, and the shelter importer tells 伊達市 (北海道) from 伊達市 (福島県) when a file writes the prefecture.
 */
const PREFECTURES: readonly (readonly [string, string])[] = [
  ['北海道', 'Hokkaido'],
  ['青森県', 'Aomori'],
  ['岩手県', 'Iwate'],
  ['宮城県', 'Miyagi'],
  ['秋田県', 'Akita'],
  ['山形県', 'Yamagata'],
  ['福島県', 'Fukushima'],
  ['茨城県', 'Ibaraki'],
  ['栃木県', 'Tochigi'],
  ['群馬県', 'Gunma'],
  ['埼玉県', 'Saitama'],
  ['千葉県', 'Chiba'],
  ['東京都', 'Tokyo'],
  ['神奈川県', 'Kanagawa'],
  ['新潟県', 'Niigata'],
  ['富山県', 'Toyama'],
  ['石川県', 'Ishikawa'],
  ['福井県', 'Fukui'],
  ['山梨県', 'Yamanashi'],
  ['長野県', 'Nagano'],
  ['岐阜県', 'Gifu'],
  ['静岡県', 'Shizuoka'],
  ['愛知県', 'Aichi'],
  ['三重県', 'Mie'],
  ['滋賀県', 'Shiga'],
  ['京都府', 'Kyoto'],
  ['大阪府', 'Osaka'],
  ['兵庫県', 'Hyogo'],
  ['奈良県', 'Nara'],
  ['和歌山県', 'Wakayama'],
  ['鳥取県', 'Tottori'],
  ['島根県', 'Shimane'],
  ['岡山県', 'Okayama'],
  ['広島県', 'Hiroshima'],
  ['山口県', 'Yamaguchi'],
  ['徳島県', 'Tokushima'],
  ['香川県', 'Kagawa'],
  ['愛媛県', 'Ehime'],
  ['高知県', 'Kochi'],
  ['福岡県', 'Fukuoka'],
  ['佐賀県', 'Saga'],
  ['長崎県', 'Nagasaki'],
  ['熊本県', 'Kumamoto'],
  ['大分県', 'Oita'],
  ['宮崎県', 'Miyazaki'],
  ['鹿児島県', 'Kagoshima'],
  ['沖縄県', 'Okinawa'],
]

export interface Prefecture {
  /** Two digits, `01` to `47`. */
  code: string
  ja: string
  en: string
}

/**
 * The prefecture of a municipality code or of a prefecture's own two digits (its first two digits decide), or null
 * for digits that are none.
 */
export function prefectureOf(municipalityCode: string): Prefecture | null {
  const code = municipalityCode.slice(0, 2)
  const names = /^\d{2}$/.test(code) ? PREFECTURES[Number(code) - 1] : undefined
  return names ? { code, ja: names[0], en: names[1] } : null
}

/** The Japanese name of a municipality code's prefecture (`014303` → 北海道), or null for digits that are none. */
export const prefectureNameOf = (municipalityCode: string): string | null => prefectureOf(municipalityCode)?.ja ?? null

/** The prefectures' Japanese names, in code order: how a file writes a town's prefecture before its name. */
export const PREFECTURE_NAMES: readonly string[] = PREFECTURES.map(([ja]) => ja)
