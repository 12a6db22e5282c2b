import { describe, expect, it } from 'vitest'
import {
  ConfigError,
  corsAllowedOriginsOf,
  embedOf,
  loadConfig,
  openDataOf,
  queryLimitsOf,
  rateLimitOf,
  serviceRolePasswordsOf,
} from './config.js'
import { DEFAULT_QUERY_LIMITS } from './graphql/query-limits.js'
import { DEFAULT_RATE_LIMIT } from './http/rate-limit.js'

describe('security limits in the configuration', () => {
  it('defaults to the documented limits', () => {
    const config = loadConfig({})
    expect(queryLimitsOf(config)).toEqual(DEFAULT_QUERY_LIMITS)
    expect(rateLimitOf(config)).toEqual(DEFAULT_RATE_LIMIT)
  })

  it('reads limits and windows in milliseconds or with a unit', () => {
    const config = loadConfig({
      GRAPHQL_MAX_DEPTH: '7',
      GRAPHQL_MAX_COST: '500',
      RATE_LIMIT_MAX: '0',
      RATE_LIMIT_WINDOW: '30 s',
    })
    expect(queryLimitsOf(config)).toMatchObject({ depth: 7, cost: 500 })
    expect(config.RATE_LIMIT_MAX).toBe(0)
    expect(config.RATE_LIMIT_WINDOW).toBe(30_000)
    expect(loadConfig({ RATE_LIMIT_WINDOW: '2 hours' }).RATE_LIMIT_WINDOW).toBe(7_200_000)
    expect(loadConfig({ RATE_LIMIT_WINDOW: '90000' }).RATE_LIMIT_WINDOW).toBe(90_000)
  })

  it.each([
    ['GRAPHQL_MAX_DEPTH', '0', /GRAPHQL_MAX_DEPTH/],
    ['GRAPHQL_MAX_TOKENS', 'lots', /GRAPHQL_MAX_TOKENS/],
    ['RATE_LIMIT_MAX', '-1', /RATE_LIMIT_MAX/],
    ['RATE_LIMIT_WINDOW', '5 fortnights', /RATE_LIMIT_WINDOW: must be milliseconds or a duration/],
    ['RATE_LIMIT_WINDOW', '10', /RATE_LIMIT_WINDOW: must be at least 1 second/],
  ])('refuses %s=%s with a message naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(message)
  })
})

describe('open data in the configuration', () => {
  it('defaults to .data/opendata and links built from the request', () => {
    expect(openDataOf(loadConfig({}))).toEqual({
      dir: '.data/opendata',
      allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
      tiles: embedOf(loadConfig({})).tiles,
    })
  })

  it('reads OPENDATA_DIR and PUBLIC_BASE_URL, refusing a base URL that is not a URL', () => {
    expect(
      openDataOf(loadConfig({ OPENDATA_DIR: '/srv/opendata', PUBLIC_BASE_URL: 'https://data.example.jp' })),
    ).toEqual({
      dir: '/srv/opendata',
      baseUrl: 'https://data.example.jp',
      allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
      tiles: embedOf(loadConfig({})).tiles,
    })
    // The portal's maps use the same tiles as the widgets.
    const tiles = { MAP_TILE_URL: 'https://tiles.example.jp/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: 'Example' }
    expect(openDataOf(loadConfig(tiles)).tiles).toEqual({ url: tiles.MAP_TILE_URL, attribution: 'Example' })
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'data.example.jp' })).toThrow(/PUBLIC_BASE_URL/)
    expect(openDataOf(loadConfig({ PUBLIC_HOST_ALLOWLIST: 'Data.Example.jp, localhost:4000' })).allowedHosts).toEqual([
      'data.example.jp',
      'localhost:4000',
    ])
    expect(
      corsAllowedOriginsOf(loadConfig({ CORS_ALLOWED_ORIGINS: 'https://town.example.jp/app, http://localhost:3000' })),
    ).toEqual(new Set(['https://town.example.jp', 'http://localhost:3000']))
    expect(() => loadConfig({ CORS_ALLOWED_ORIGINS: 'not an origin' })).toThrow(/CORS_ALLOWED_ORIGINS/)
  })
})

describe('embeds and maps in the configuration', () => {
  it('defaults to any framing origin and 地理院タイル, and refuses bad origins and tile URLs by name', () => {
    expect(embedOf(loadConfig({}))).toEqual({
      allowedOrigins: [],
      tiles: {
        url: 'https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png',
        attribution: '<a href="https://maps.gsi.go.jp/development/ichiran.html">地理院タイル</a>',
      },
    })
    const config = loadConfig({
      EMBED_ALLOWED_ORIGINS: 'https://town.example.jp/page, https://city.example.jp',
      MAP_TILE_URL: 'https://tiles.example.jp/{z}/{x}/{y}.png',
      MAP_TILE_ATTRIBUTION: '© example',
    })
    expect(embedOf(config)).toEqual({
      allowedOrigins: ['https://town.example.jp', 'https://city.example.jp'],
      tiles: { url: 'https://tiles.example.jp/{z}/{x}/{y}.png', attribution: '© example' },
    })
    expect(() => loadConfig({ EMBED_ALLOWED_ORIGINS: 'not an origin' })).toThrow(/EMBED_ALLOWED_ORIGINS/)
    expect(() => loadConfig({ MAP_TILE_URL: 'https://tiles.example.jp/tile.png' })).toThrow(/MAP_TILE_URL/)
    expect(() => loadConfig({ MAP_TILE_URL: 'ftp://tiles.example.jp/{z}/{x}/{y}.png' })).toThrow(/MAP_TILE_URL/)
  })
})

describe('login-role passwords for npm run migrate', () => {
  it('takes <SERVICE>_DB_PASSWORD for the roles given, ignoring empty ones (compose passes unset ones as "")', () => {
    const config = loadConfig({
      DISASTER_DB_PASSWORD: 'd-secret',
      GATEWAY_DB_PASSWORD: 'g-secret',
      ICT_DB_PASSWORD: '',
    })
    expect(serviceRolePasswordsOf(config)).toEqual({ disaster: 'd-secret', gateway: 'g-secret' })
    expect(serviceRolePasswordsOf(loadConfig({}))).toEqual({})
  })
})
