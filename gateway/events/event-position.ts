/**
 * The newest outbox event this gateway has passed on (`OutboxFeed.position`). A live page reads it *before* its data
 * and names it in its markup: every event up to it had committed before the data was read, so the page already shows
 * it, and the page's `/events` stream resumes after it (`lastEventId`). An event committed between the page's read and
 * the moment its stream is registered — a slow phone can take seconds to get there — is then replayed from the outbox
 * instead of being lost until the next one. (This holds while the live reads see everything the primary has
 * committed, as with one database; a read replica would need its replay position here instead.)
 */
export type EventPosition = () => number
