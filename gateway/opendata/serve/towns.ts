/**
 * The nine parties of the agreement (codes as in lib/municipality-code.ts), with the URL-safe names
 * their CKAN organizations get when a town publishes only through per-town files of regional datasets
 * (the manifest then names the town by code alone). A town that publishes in its own name keeps the
 * publisher id the manifest gives it.
 */
export const TOWNS: Record<string, { slug: string; ja: string; en: string }> = {
  '012106': { slug: 'iwamizawa', ja: '岩見沢市', en: 'Iwamizawa City' },
  '012092': { slug: 'yubari', ja: '夕張市', en: 'Yubari City' },
  '012157': { slug: 'bibai', ja: '美唄市', en: 'Bibai City' },
  '012220': { slug: 'mikasa', ja: '三笠市', en: 'Mikasa City' },
  '014231': { slug: 'nanporo', ja: '南幌町', en: 'Nanporo Town' },
  '014273': { slug: 'yuni', ja: '由仁町', en: 'Yuni Town' },
  '014281': { slug: 'naganuma', ja: '長沼町', en: 'Naganuma Town' },
  '014290': { slug: 'kuriyama', ja: '栗山町', en: 'Kuriyama Town' },
  '014303': { slug: 'tsukigata', ja: '月形町', en: 'Tsukigata Town' },
}

export function townOf(code: string): { slug: string; ja: string; en: string } {
  return TOWNS[code] ?? { slug: `town-${code}`, ja: code, en: code }
}
