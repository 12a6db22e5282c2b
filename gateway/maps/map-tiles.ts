/** Where map tiles come from (MAP_TILE_URL, MAP_TILE_ATTRIBUTION): 地理院タイル by default. */
export interface MapTiles {
  /** An XYZ template such as `https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png`. */
  url: string
  /** HTML credited in the map's corner, as the tile provider requires. */
  attribution: string
}

export const DEFAULT_MAP_TILES: MapTiles = {
  url: 'https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png',
  attribution: '<a href="https://maps.gsi.go.jp/development/ichiran.html">地理院タイル</a>',
}

/**
 * The `img-src` of a map page: our own origin (Leaflet's marker images) and the tile host only, so a page
 * can load no image from anywhere else.
 */
export function mapImageSources(tiles: MapTiles): string {
  // `{s}.` is Leaflet's subdomain switch (a., b., c.): every subdomain of that host, which CSP spells `*.`.
  const subdomains = tiles.url.includes('{s}.')
  const url = new URL(tiles.url.replace('{s}.', '').replace(/\{[a-z]\}/g, '0'))
  return `img-src 'self' ${url.protocol}//${subdomains ? '*.' : ''}${url.host}`
}
