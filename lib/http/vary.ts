import type { FastifyReply } from 'fastify'

/** Adds a request header name to `Vary` (keeping what others put there, once each), for every cache in between. */
export function appendVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary')
  const existing = (Array.isArray(current) ? current.join(',') : typeof current === 'string' ? current : '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
  if (existing.includes('*') || existing.some((item) => item.toLowerCase() === field.toLowerCase())) return
  reply.header('vary', [...existing, field].join(', '))
}
