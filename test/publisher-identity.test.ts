import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JointProcurementDocument, RetireSystemDocument, SystemContractDocument } from '../codegen/operations.js'
import { createLogger } from '../lib/logger.js'
import { publishRelease } from '../gateway/opendata/publish/publish-release.js'
import { ReleaseDirectory } from '../gateway/opendata/publish/release-directory.js'
import { errorCodes } from './support/errors.js'
import { startTestStack, type TestStack } from './support/stack.js'

/**
 * The open-data publisher calls the gateway as its own service account (role `publisher`): a rate-limit bucket of
 * its own (RATE_LIMIT_SERVICE_MAX), never the anonymous callers' bucket of its address; it still reads only what
 * anonymous callers read and writes nothing. Here RATE_LIMIT_MAX is 5 a minute: a publish needs far more calls.
 */

const LIMIT = 5
let stack: TestStack
let dir: string
let systemId: string
beforeAll(async () => {
  stack = await startTestStack({ rateLimit: { max: LIMIT, windowMs: 60_000 }, responseCache: undefined })
  dir = await mkdtemp(join(tmpdir(), 'publisher-identity-'))
  const row = await stack.database.admin
    .selectFrom('ict.system')
    .select('id')
    .where('municipalityCode', '=', '014303')
    .executeTakeFirstOrThrow()
  systemId = row.id
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

describe("the publisher's service identity", () => {
  it('publishes a whole release with RATE_LIMIT_MAX=5, no 429 or 500, anonymous callers still limited', async () => {
    // The anonymous bucket of 127.0.0.1 is used up first: the publisher must not share it.
    for (let i = 0; i < LIMIT; i++) expect((await stack.graphql('{ agreement { title } }')).status).toBe(200)
    expect((await stack.graphql('{ agreement { title } }')).status).toBe(429)

    const manifest = await publishRelease({
      gatewayUrl: stack.services.gatewayUrl,
      dir,
      logger: createLogger('silent', 'test'),
      token: stack.publisherToken,
    })
    expect(manifest.datasets.length).toBeGreaterThan(3)
    expect(await new ReleaseDirectory(dir).currentReleaseId()).toBe(manifest.releaseId)
    // Far more calls than RATE_LIMIT_MAX went through (at least one per dataset), and anonymous is still limited.
    expect((await stack.graphql('{ agreement { title } }')).status).toBe(429)
  })

  it('sees restricted fields as null, like an anonymous caller', async () => {
    const authorization = `Bearer ${await stack.publisherToken()}`
    const contract = await stack.graphql(SystemContractDocument, { id: systemId }, { authorization })
    expect(contract.status).toBe(200)
    expect(contract.body.errors).toBeUndefined()
    expect(contract.body.data?.system?.contract).toBeNull()
    const procurement = await stack.graphql(JointProcurementDocument, {}, { authorization })
    expect(procurement.body.errors).toBeUndefined()
    const candidates = procurement.body.data?.jointProcurementCandidates ?? []
    expect(candidates.length).toBeGreaterThan(0)
    expect(candidates.every((candidate) => candidate.combinedAnnualCostYen === null)).toBe(true)
    // The same query as the coordinator does show costs: the nulls above come from the identity.
    const coordinator = await stack.graphql(
      JointProcurementDocument,
      {},
      { token: await stack.token('012106', ['coordinator']) },
    )
    const costs = coordinator.body.data?.jointProcurementCandidates.map((c) => c.combinedAnnualCostYen) ?? []
    expect(costs.some((cost) => cost !== null)).toBe(true)
  })

  it('cannot write', async () => {
    const { body } = await stack.graphql(
      RetireSystemDocument,
      { id: systemId },
      { authorization: `Bearer ${await stack.publisherToken()}` },
    )
    expect(errorCodes(body)).toEqual(['FORBIDDEN'])
    expect(body.errors?.[0]?.message).toMatch(/service account/)
  })
})
