/**
 * The agreement's fields as CKAN groups (themes): every dataset names one (`DatasetEntry.theme`), and
 * `group_list`, `group_show` and `fq=groups:…` answer from here. A theme not listed keeps its id as title.
 */
export const THEMES: ReadonlyMap<string, { ja: string; en: string }> = new Map([
  ['disaster', { ja: '防災', en: 'Disaster preparedness' }],
  ['transit', { ja: '地域公共交通', en: 'Public transport' }],
  ['ict', { ja: 'ICTインフラ', en: 'ICT infrastructure' }],
  ['agreement', { ja: '連携協定', en: 'The partnership agreement' }],
  ['catalog', { ja: 'カタログ', en: 'Catalog' }],
])

export function themeTitle(id: string): { ja: string; en: string } {
  return THEMES.get(id) ?? { ja: id, en: id }
}
