/** Names of the open-data site, shared by the portal, the DCAT catalog and CKAN status_show. */
export const CATALOG_TITLE = { ja: '南空知圏域オープンデータ', en: 'Minamisorachi Region Open Data' }
export const CATALOG_DESCRIPTION = {
  ja:
    'このサイトが扱う各市区町村のオープンデータ。南空知圏域の連携協定（岩見沢市・夕張市・美唄市・三笠市・南幌町・由仁町・' +
    '長沼町・栗山町・月形町、2020年）のもとで運営しています。',
  en:
    'Open data of every municipality this site serves, run under the Minamisorachi region cooperation agreement ' +
    '(nine municipalities of Hokkaido, 2020).',
}
