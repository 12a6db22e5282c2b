/**
 * A GET request's GraphQL parameters exactly as Apollo's Fastify integration reads them: from
 * `new URL(request.url).search`, i.e. between the first `?` and the first `#`. Fastify's own `request.query`
 * differs (its router also splits at `#` and keeps what follows; repeated names become arrays), so a guard or a
 * cache key built on `request.query` can disagree with the document Apollo runs. Undefined when the target does
 * not parse as a URL.
 */
export function apolloSearchParams(url: string): URLSearchParams | undefined {
  try {
    return new URL(url, 'http://localhost/').searchParams
  } catch {
    return undefined
  }
}
