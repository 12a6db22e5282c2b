import type { FastifyInstance } from 'fastify'
import type { Database } from '../../lib/db/database.js'
import { EVENT_TYPES, type EventType } from '../../lib/events/event-types.js'
import { html, type SafeHtml } from '../opendata/serve/html.js'
import { townOf } from '../opendata/serve/towns.js'
import { findLatestEvents, type StoredEvent } from './outbox.repository.js'

/** Atom feeds of the outbox (RFC 4287): new open-data releases, and alerts (警戒レベル, response level, shelters). */
export const ATOM_FEEDS = {
  releases: { title: '南空知オープンデータ 新しいリリース', types: ['release.published'] },
  alerts: {
    title: '南空知 災害情報(警戒レベル・体制・避難所)',
    types: ['alert-level.changed', 'response-level.changed', 'shelter.opened', 'shelter.closed', 'shelter.full'],
  },
} as const satisfies Record<string, { title: string; types: readonly EventType[] }>

const ENTRIES = 50

export type AtomFeedName = keyof typeof ATOM_FEEDS

export const atomFeedPath = (name: AtomFeedName) => `/events/${name}.atom`

/** `<link rel="alternate">` for every feed, so browsers and feed readers find them from a page's head. */
export function atomFeedLinks(): SafeHtml {
  const links = Object.entries(ATOM_FEEDS).map(
    ([name, feed]) =>
      html`<link
        rel="alternate"
        type="application/atom+xml"
        href="${atomFeedPath(name as AtomFeedName)}"
        title="${feed.title}"
      />`,
  )
  return html`${links}`
}

/** Ids independent of the Host header (a forged Host must never reach a cached or stored answer). */
const TAG = 'tag:minamisorachi-federation,2026:'

function entry(event: StoredEvent) {
  const town = event.municipalityCode ? townOf(event.municipalityCode).ja : '南空知'
  return html`<entry>
    <id>${TAG}event/${event.id}</id>
    <title>${town}: ${EVENT_TYPES[event.type].ja}</title>
    <updated>${event.occurredAt.toISOString()}</updated>
    <content type="text">${JSON.stringify(event.payload)}</content>
  </entry>`
}

export function registerAtomFeeds(app: FastifyInstance, db: Database): void {
  for (const [name, feed] of Object.entries(ATOM_FEEDS)) {
    app.get(atomFeedPath(name as AtomFeedName), async (_request, reply) => {
      const events = await findLatestEvents(db, feed.types, ENTRIES)
      const updated = (events[0]?.occurredAt ?? new Date(0)).toISOString()
      const body = html`<?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <id>${TAG}feed/${name}</id>
          <title>${feed.title}</title>
          <updated>${updated}</updated>
          <author><name>南空知連携協約</name></author>
          <link rel="self" href="${atomFeedPath(name as AtomFeedName)}" />
          ${events.map(entry)}
        </feed>`
      return reply.header('cache-control', 'no-cache').type('application/atom+xml; charset=utf-8').send(body.toString())
    })
  }
}
