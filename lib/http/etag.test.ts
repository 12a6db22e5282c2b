import { describe, expect, it } from 'vitest'
import { etagListMatches } from './etag.js'

describe('etagListMatches', () => {
  it('compares ETags as RFC 9110 has it for If-None-Match: weakly, in lists, and `*` for any', () => {
    const weak = (header: string | undefined, etag: string) => etagListMatches(header, etag, 'weak')
    const etag = 'W/"transit-7-f1"'
    expect(weak(undefined, etag)).toBe(false)
    expect(weak('', etag)).toBe(false)
    expect(weak(etag, etag)).toBe(true)
    expect(weak('"transit-7-f1"', etag)).toBe(true)
    expect(weak('"a", W/"transit-7-f1" ,"b"', etag)).toBe(true)
    expect(weak('*', etag)).toBe(true)
    expect(weak('W/"transit-8-f1"', etag)).toBe(false)
    expect(weak('W/"transit-7-f2", transit-7-f1', etag)).toBe(false)
    // A strong tag (the open-data files') is named by its weak form too.
    expect(weak('W/"abc"', '"abc"')).toBe(true)
  })

  it('compares strongly for If-Match: a weak tag on either side never matches', () => {
    const strong = (header: string, etag: string) => etagListMatches(header, etag, 'strong')
    expect(strong('"abc"', '"abc"')).toBe(true)
    expect(strong('"x", "abc"', '"abc"')).toBe(true)
    expect(strong('*', '"abc"')).toBe(true)
    expect(strong('W/"abc"', '"abc"')).toBe(false)
    expect(strong('W/"abc"', 'W/"abc"')).toBe(false)
    expect(strong('"abd"', '"abc"')).toBe(false)
  })
})
