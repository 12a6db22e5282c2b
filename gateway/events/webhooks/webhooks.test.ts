import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  RegisterWebhookDocument,
  ReportShelterStatusDocument,
  RetireWebhookDocument,
  WebhookSubscriptionsDocument,
} from '../../../codegen/operations.js'
import { createDatabase, type Database } from '../../../lib/db/database.js'
import { verifyWebhook } from '../../../lib/events/webhook-signature.js'
import { createLogger } from '../../../lib/logger.js'
import { PUBLIC_ADDRESSES_ONLY } from '../../../lib/http/address-policy.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { latestEventId } from '../outbox.repository.js'
import { OutboxFeed } from '../outbox-feed.js'
import { DEFAULT_WEBHOOK_SETTINGS, WebhookDispatcher } from './webhook-dispatcher.js'
import { claimDueDeliveries } from './webhook.repository.js'
import { sendWebhook } from './webhook-sender.js'
import { sampleShelterId } from '../../../test/support/sample-shelter.js'

/**
 * Webhooks (issue #18 "being told"): registered by staff through GraphQL with ownership and the SSRF guard, and
 * delivered by the real dispatcher to a real HTTP receiver that fails, times out and recovers, across a
 * dispatcher restart and a crashed claim: every event delivered, signed, none accepted twice under one id.
 */

const KURIYAMA = '014290'
const IWAMIZAWA = '012106'
const LOOPBACK = { allowedNetworks: ['127.0.0.0/8'] }
const logger = createLogger('silent', 'test')

type Mode = 'fail' | 'hang' | 'ok'
interface Received {
  path: string
  id: string
  headers: Record<string, string>
  body: string
  answered: number | null
}

/** A receiver that answers each request as the next scripted mode says (then 200), and records everything. */
class Receiver {
  readonly received: Received[] = []
  /** Modes by path, used up in order; 200 once a path's are used up. */
  readonly script = new Map<string, Mode[]>()
  private readonly server: Server = createServer((request, response) => void this.handle(request, response))
  private readonly hanging: ServerResponse[] = []

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    )
    const mode = this.script.get(request.url ?? '')?.shift() ?? 'ok'
    const record: Received = {
      path: request.url ?? '',
      id: headers['webhook-id'] ?? '',
      headers,
      body: Buffer.concat(chunks).toString('utf8'),
      answered: null,
    }
    this.received.push(record)
    if (mode === 'hang') return void this.hanging.push(response)
    record.answered = mode === 'fail' ? 503 : 204
    response.writeHead(record.answered).end()
  }

  accepted(path: string): string[] {
    return this.received.filter((r) => r.path === path && r.answered === 204).map((r) => r.id)
  }

  async stop() {
    for (const response of this.hanging) response.destroy()
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server.close(resolve))
  }
}

let stack: TestStack
let receiver: Receiver
let receiverUrl: string
let shelterId: string
const subscriptionSecrets = new Map<string, string>()

beforeAll(async () => {
  stack = await startTestStack({ addressPolicy: LOOPBACK })
  receiver = new Receiver()
  receiverUrl = await receiver.start()
  shelterId = await sampleShelterId(stack, KURIYAMA, 10)
})
afterAll(async () => {
  await receiver.stop()
  await stack.stop()
})

async function register(municipality: string, input: { url: string; scope?: 'TOWN' | 'REGION'; types?: string[] }) {
  return stack.graphql(
    RegisterWebhookDocument,
    {
      input: {
        url: input.url,
        scope: input.scope ?? 'TOWN',
        eventTypes: input.types ?? ['shelter.opened', 'shelter.updated', 'shelter.closed', 'shelter.full'],
      },
    },
    { token: await stack.token(municipality) },
  )
}

async function report(isOpen: boolean, evacuees: number) {
  const { body } = await stack.graphql(
    ReportShelterStatusDocument,
    { shelterId, input: { isOpen, evacuees } },
    { token: await stack.token(KURIYAMA) },
  )
  expect(body.errors).toBeUndefined()
}

async function waitFor(condition: () => Promise<boolean> | boolean, what: string, ms = 20_000) {
  const until = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const fastSettings = {
  ...DEFAULT_WEBHOOK_SETTINGS,
  addressPolicy: LOOPBACK,
  timeoutMs: 400,
  retryBaseMs: 50,
  retryMaxMs: 200,
  pollMs: 50,
  leaseMarginMs: 300,
}

/** A dispatcher as a gateway replica runs one: its own pool and outbox feed over the gateway's role. */
async function startDispatcher() {
  const url = stack.database.roleUrls.gateway
  const db: Database = createDatabase({ url, poolMax: 3, applicationName: 'webhook-test' })
  const feed = new OutboxFeed(db, { databaseUrl: url, pollMs: 100, logger })
  await feed.start()
  const dispatcher = new WebhookDispatcher(db, fastSettings, logger)
  dispatcher.start(feed)
  return {
    db,
    async stop() {
      await dispatcher.stop()
      await feed.stop()
      await db.destroy()
    },
  }
}

const lastEventId = () => latestEventId(stack.database.admin)

/** The ids of Kuriyama's shelter events after `afterId`: what a TOWN webhook of Kuriyama must receive. */
async function expectedIds(afterId: number): Promise<number[]> {
  const rows = await stack.database.admin
    .selectFrom('app.outboxEvent')
    .select('id')
    .where('municipalityCode', '=', KURIYAMA)
    .where('type', 'like', 'shelter.%')
    .where('id', '>', afterId)
    .orderBy('id')
    .execute()
  return rows.map((row) => row.id)
}

async function pendingCount(): Promise<number> {
  const rows = await stack.database.admin
    .selectFrom('app.webhookDelivery')
    .select('id')
    .where('status', '=', 'PENDING')
    .execute()
  return rows.length
}

/** What staff read: each delivery DELIVERED after its attempts, the failures logged with their reasons. */
async function expectDeliveryLog() {
  const { body } = await stack.graphql(
    WebhookSubscriptionsDocument,
    { first: 100 },
    { token: await stack.token(KURIYAMA) },
  )
  const subscription = body.data?.webhookSubscriptions.find((s) => s.url.endsWith('/kuriyama'))
  const deliveries = subscription?.deliveries ?? []
  expect(deliveries.length).toBeGreaterThanOrEqual(4)
  for (const delivery of deliveries) {
    expect(delivery.status).toBe('DELIVERED')
    expect(delivery.log.at(-1)).toMatchObject({ outcome: 'DELIVERED', statusCode: 204 })
    // Numbered by claim: the crashed replica's claim counts as an attempt that left no log entry.
    const numbers = delivery.log.map((entry) => entry.attempt)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(delivery.attempts).toBe(numbers.at(-1))
  }
  const errors = deliveries.flatMap((delivery) => delivery.log.map((entry) => entry.error ?? ''))
  expect(errors.some((error) => error.includes('503'))).toBe(true)
  expect(errors.some((error) => error.includes('timed out'))).toBe(true)
}

describe('registering a webhook', () => {
  it('refuses anonymous callers, other towns, and private, link-local or malformed URLs (SSRF)', async () => {
    const anonymous = await stack.graphql(RegisterWebhookDocument, {
      input: { url: `${receiverUrl}/x`, eventTypes: ['shelter.opened'] },
    })
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED'])
    const otherTown = await stack.graphql(
      RegisterWebhookDocument,
      { input: { url: `${receiverUrl}/x`, eventTypes: ['shelter.opened'], municipalityCode: IWAMIZAWA } },
      { token: await stack.token(KURIYAMA) },
    )
    expect(errorCodes(otherTown.body)).toEqual(['FORBIDDEN'])
    for (const url of [
      'http://10.1.2.3/hook',
      'http://169.254.169.254/latest',
      'http://[::ffff:10.0.0.1]/',
      'ftp://x/',
    ]) {
      const { body } = await register(KURIYAMA, { url })
      expect(errorCodes(body), url).toEqual(['BAD_USER_INPUT'])
      expect(body.errors?.[0]?.extensions?.['field']).toBe('input.url')
    }
    const unknownType = await register(KURIYAMA, { url: `${receiverUrl}/x`, types: ['shelter.exploded'] })
    expect(unknownType.body.errors?.[0]?.extensions?.['field']).toBe('input.eventTypes.0')
    const count = await stack.database.admin.selectFrom('app.webhookSubscription').select('id').execute()
    expect(count).toHaveLength(0)
  })

  it('refuses delivery to loopback by name or address when the policy does not allow it', async () => {
    const port = new URL(receiverUrl).port
    for (const url of [
      `http://localhost:${port}/`,
      `http://127.0.0.1:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
    ]) {
      const result = await sendWebhook(url, '{}', {}, { timeoutMs: 1000, policy: PUBLIC_ADDRESSES_ONLY })
      expect(result.statusCode, url).toBeNull()
      expect(result.error, url).toMatch(/refused/)
    }
    expect(receiver.received).toHaveLength(0)
  })

  it('lets a town list and retire only its own webhooks; the secret is shown once and never audited', async () => {
    const { body } = await register(KURIYAMA, { url: `${receiverUrl}/retired` })
    const created = body.data?.registerWebhook
    expect(created?.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(created?.subscription.municipality.code).toBe(KURIYAMA)
    const id = created?.subscription.id ?? ''
    const theirs = await stack.graphql(RetireWebhookDocument, { id }, { token: await stack.token(IWAMIZAWA) })
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(errorCodes(theirs.body)[0])
    const listed = await stack.graphql(WebhookSubscriptionsDocument, {}, { token: await stack.token(IWAMIZAWA) })
    expect(listed.body.data?.webhookSubscriptions.map((s) => s.id)).not.toContain(id)
    const retired = await stack.graphql(RetireWebhookDocument, { id }, { token: await stack.token(KURIYAMA) })
    expect(retired.body.data?.retireWebhook.retiredAt).toBeTruthy()
    const audit = await stack.database.admin
      .selectFrom('app.auditLog')
      .selectAll()
      .where('entity', '=', 'WebhookSubscription')
      .execute()
    expect(audit.length).toBeGreaterThanOrEqual(2)
    expect(JSON.stringify(audit)).not.toContain('whsec_')
  })
})

describe('delivering events', () => {
  it('delivers every event, signed, through failures, a timeout, a restart and a crashed claim, once', async () => {
    const town = (await register(KURIYAMA, { url: `${receiverUrl}/kuriyama` })).body.data?.registerWebhook
    const other = (await register(IWAMIZAWA, { url: `${receiverUrl}/iwamizawa` })).body.data?.registerWebhook
    const region = (await register(IWAMIZAWA, { url: `${receiverUrl}/region`, scope: 'REGION' })).body.data
      ?.registerWebhook
    if (!town || !other || !region) throw new Error('registration failed')
    subscriptionSecrets.set('/kuriyama', town.secret)
    const start = await lastEventId()
    receiver.script.set('/kuriyama', ['fail', 'fail', 'hang'])
    receiver.script.set('/region', ['hang'])
    const first = await startDispatcher()
    await report(true, 3)
    await report(true, 5)
    // The first attempts fail and time out; the dispatcher is stopped (a restart) with retries still due.
    await waitFor(() => receiver.received.filter((r) => r.path === '/kuriyama').length >= 3, 'the failing attempts')
    await first.stop()
    await report(true, 7)
    await report(false, 0)
    // A replica that claimed a delivery and died: its claim is let go when the lease ends.
    const crashed = createDatabase({ url: stack.database.roleUrls.gateway, poolMax: 1, applicationName: 'crashed' })
    await waitFor(async () => (await pendingCount()) > 0, 'deliveries of the new events')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await claimDueDeliveries(crashed, 1, 300)).toHaveLength(1)
    await crashed.destroy()
    const second = await startDispatcher()
    const expected = await expectedIds(start)
    expect(expected.length).toBeGreaterThanOrEqual(4)
    try {
      await waitFor(
        () =>
          receiver.accepted('/kuriyama').length >= expected.length &&
          receiver.accepted('/region').length >= expected.length,
        'every event at both receivers',
      )
      // Late duplicates would arrive now, if any.
      await new Promise((resolve) => setTimeout(resolve, 500))
    } finally {
      await second.stop()
    }
    for (const path of ['/kuriyama', '/region']) {
      expect(receiver.accepted(path).sort(), path).toEqual(expected.map((id) => `evt_${id}`).sort())
    }
    // The other town's TOWN webhook hears nothing of Kuriyama.
    expect(receiver.received.filter((r) => r.path === '/iwamizawa')).toHaveLength(0)
    // Every attempt verifies with the Standard Webhooks library, and retries keep the event's id.
    for (const request of receiver.received) {
      const secret = request.path === '/kuriyama' ? town.secret : region.secret
      expect(() => new Webhook(secret).verify(request.body, request.headers)).not.toThrow()
      expect(JSON.parse(request.body)).toMatchObject({ id: Number(request.id.slice(4)), municipalityCode: KURIYAMA })
    }
    expect(receiver.received.filter((r) => r.answered !== 204).length).toBeGreaterThanOrEqual(3)
    await expectDeliveryLog()
  })

  it('refuses a replayed or altered delivery at the receiver (timestamp window, signature)', () => {
    const request = receiver.received.find((r) => r.path === '/kuriyama')
    if (!request) throw new Error('no delivery recorded')
    const sentAt = Number(request.headers['webhook-timestamp']) * 1000
    const key = subscriptionSecrets.get('/kuriyama') ?? ''
    expect(verifyWebhook(key, request.headers, request.body, sentAt)).toBe(true)
    expect(verifyWebhook(key, request.headers, request.body, sentAt + 10 * 60_000)).toBe(false)
    expect(verifyWebhook(key, request.headers, request.body.replace('"evacuees"', '"Evacuees"'), sentAt)).toBe(false)
  })
})
