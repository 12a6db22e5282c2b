import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core'
import { print, type FormattedExecutionResult } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CampaignTitleDocument,
  CreateCampaignTitleDocument,
  TownsAcrossAllSubgraphsDocument,
  UpdatePromotionCampaignDocument,
} from '../codegen/operations.js'
import { signToken } from '../lib/auth/tokens.js'
import { startScaleOutCluster, type ScaleOutCluster } from './support/scale-out-cluster.js'

/**
 * The deployed topology (docs/scale-out.md, compose.yaml) as real processes: four subgraphs and two
 * gateway replicas, each its own OS process, sharing only PostgreSQL. The replicas' response caches
 * never talk to each other; what keeps them correct is the data-version check on every request.
 */
const TOKEN_SETTINGS = {
  secret: 'scale-out-test-secret-long-enough-for-hs256-0123456789',
  issuer: 'minamisorachi-federation',
  audience: 'minamisorachi-api',
}
const TSUKIGATA = '014303'

const ACROSS_ALL_SUBGRAPHS = TownsAcrossAllSubgraphsDocument
const CAMPAIGN = CampaignTitleDocument
const CREATE = CreateCampaignTitleDocument
const RENAME = UpdatePromotionCampaignDocument

interface Answer<TData> {
  status: number
  cache: string | null
  body: FormattedExecutionResult<TData>
}

async function post<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  token?: string,
): Promise<Answer<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
  })
  return {
    status: response.status,
    cache: response.headers.get('x-response-cache'),
    body: (await response.json()) as FormattedExecutionResult<TData>,
  }
}

const titleIn = (answer: Answer<ResultOf<typeof CAMPAIGN>>) => answer.body.data?.promotionCampaign?.title

let cluster: ScaleOutCluster
let editor: string
beforeAll(async () => {
  cluster = await startScaleOutCluster({ gatewayCount: 2, jwtSecret: TOKEN_SETTINGS.secret })
  editor = await signToken(TOKEN_SETTINGS, { subject: 'scale-out-editor', municipality: TSUKIGATA, roles: ['editor'] })
}, 120_000)
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll failed early
afterAll(() => cluster?.stop(), 60_000)

const gateway = (index: number) => {
  const found = cluster.gateways[index]
  if (!found) throw new Error(`no gateway ${index}`)
  return found
}

describe('four subgraph processes behind two gateway replicas', () => {
  it('both replicas give the same answer across every subgraph process', { timeout: 60_000 }, async () => {
    const [a, b] = await Promise.all([
      post(gateway(0).url, ACROSS_ALL_SUBGRAPHS),
      post(gateway(1).url, ACROSS_ALL_SUBGRAPHS),
    ])
    expect(a.status).toBe(200)
    expect(a.body.errors).toBeUndefined()
    expect(a.body.data?.municipalities).toHaveLength(9)
    expect(b.body).toEqual(a.body)
    // Separate processes: the gateways reach the subgraphs over HTTP, nothing is shared in memory.
    const pids = new Set([...cluster.gateways, ...Object.values(cluster.subgraphs)].map((service) => service.pid))
    expect(pids.size).toBe(6)
  })

  it(
    'a write through one replica is seen at once through the other, though both had the old answer cached',
    { timeout: 60_000 },
    async () => {
      const created = await post(
        gateway(0).url,
        CREATE,
        { input: { initiativeId: 'transit-2', title: 'scale-out 0', startsOn: '2026-10-01', endsOn: '2026-10-31' } },
        editor,
      )
      expect(created.body.errors).toBeUndefined()
      const id = created.body.data?.createPromotionCampaign.id ?? ''

      for (let round = 1; round <= 4; round++) {
        const writer = gateway(round % 2)
        const reader = gateway((round + 1) % 2)
        const before = `scale-out ${round - 1}`
        // Warm both replicas: the second identical anonymous read on each is served from its own memory.
        for (const replica of [writer, reader]) {
          expect(titleIn(await post(replica.url, CAMPAIGN, { id }))).toBe(before)
          const cached = await post(replica.url, CAMPAIGN, { id })
          expect({ cache: cached.cache, title: titleIn(cached) }).toEqual({ cache: 'hit', title: before })
        }

        const renamed = await post(writer.url, RENAME, { id, input: { title: `scale-out ${round}` } }, editor)
        expect(renamed.body.errors).toBeUndefined()
        // Straight after the mutation returned: the other replica must not serve its cached answer.
        const after = await post(reader.url, CAMPAIGN, { id })
        expect({ replica: reader.name, cache: after.cache, title: titleIn(after) }).toEqual({
          replica: reader.name,
          cache: 'miss',
          title: `scale-out ${round}`,
        })
        expect(titleIn(await post(writer.url, CAMPAIGN, { id }))).toBe(`scale-out ${round}`)
      }
    },
  )

  it('when one replica is SIGKILLed the other keeps answering, reads and writes', { timeout: 60_000 }, async () => {
    const survivor = gateway(1)
    const before = await post(survivor.url, ACROSS_ALL_SUBGRAPHS)
    await gateway(0).kill()
    await expect(fetch(gateway(0).url, { method: 'POST' })).rejects.toThrow()

    for (let i = 0; i < 5; i++) {
      const answer = await post(survivor.url, ACROSS_ALL_SUBGRAPHS)
      expect(answer.status).toBe(200)
      expect(answer.body).toEqual(before.body)
    }
    const created = await post(
      survivor.url,
      CREATE,
      { input: { initiativeId: 'transit-2', title: 'after the crash', startsOn: '2026-11-01', endsOn: '2026-11-30' } },
      editor,
    )
    expect(created.body.errors).toBeUndefined()
    const id = created.body.data?.createPromotionCampaign.id ?? ''
    expect(titleIn(await post(survivor.url, CAMPAIGN, { id }))).toBe('after the crash')
  })
})
