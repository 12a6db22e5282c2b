/** Names of the open-data site, shared by the portal, the DCAT catalog and CKAN status_show. */
export const CATALOG_TITLE = { ja: '南空知圏域オープンデータ', en: 'Minamisorachi Region Open Data' }
export const CATALOG_DESCRIPTION = {
  ja: '南空知圏域の9市町（岩見沢市・夕張市・美唄市・三笠市・南幌町・由仁町・長沼町・栗山町・月形町）が公開するオープンデータ。',
  en: 'Open data published by the nine municipalities of the Minamisorachi region, Hokkaido.',
}
