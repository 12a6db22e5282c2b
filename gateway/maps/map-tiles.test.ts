import { describe, expect, it } from 'vitest'
import { DEFAULT_MAP_TILES, mapImageSources } from './map-tiles.js'

describe('mapImageSources', () => {
  it('allows images from our origin and the tile host only, subdomains when the template switches them', () => {
    expect(mapImageSources(DEFAULT_MAP_TILES)).toBe("img-src 'self' https://cyberjapandata.gsi.go.jp")
    expect(mapImageSources({ url: 'https://{s}.tile.example.org/{z}/{x}/{y}.png', attribution: 'x' })).toBe(
      "img-src 'self' https://*.tile.example.org",
    )
    expect(mapImageSources({ url: 'http://tiles.example.jp:8080/{z}/{x}/{y}.png', attribution: 'x' })).toBe(
      "img-src 'self' http://tiles.example.jp:8080",
    )
  })
})
