/** CORS_ALLOWED_ORIGINS: comma-separated origins, normalised to `scheme://host[:port]`. */
export function parseAllowedOrigins(value: string | undefined): Set<string> {
  const origins = new Set<string>()
  for (const entry of (value ?? '').split(',').map((item) => item.trim())) {
    if (entry === '') continue
    const url = new URL(entry)
    if (url.origin === 'null') throw new Error(`not an http(s) origin: ${entry}`)
    origins.add(url.origin)
  }
  return origins
}
