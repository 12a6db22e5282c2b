import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreatePromotionCampaignDocument, UpdatePromotionCampaignDocument } from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

const TSUKIGATA = '014303'
const KURIYAMA = '014290'
const input = (overrides: Record<string, unknown> = {}) => ({
  initiativeId: 'transit-2',
  title: 'バスの日 乗り方教室',
  startsOn: '2026-09-20',
  endsOn: '2026-09-20',
  ...overrides,
})

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

const campaignCount = async () =>
  Number(
    (
      await stack.database.admin
        .selectFrom('transit.promotionCampaign')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
const auditRows = () => stack.database.admin.selectFrom('app.auditLog').selectAll().orderBy('id').execute()

describe('promotion campaigns: the write path', () => {
  it('lets an editor create a campaign for their own town (the default), audited in the same transaction', async () => {
    const token = await stack.token(TSUKIGATA)
    const { body } = await stack.graphql(CreatePromotionCampaignDocument, { input: input() }, { token })
    expect(body.errors).toBeUndefined()
    const created = body.data?.createPromotionCampaign
    expect(created).toMatchObject({ title: 'バスの日 乗り方教室', municipality: { code: TSUKIGATA, name: '月形町' } })
    expect(created?.initiative.text).toBe('地域公共交通の利用促進に関する取組')
    const audit = (await auditRows()).at(-1)
    expect(audit).toMatchObject({
      actorSubject: `test-${TSUKIGATA}`,
      actorMunicipalityCode: TSUKIGATA,
      subgraph: 'transit',
      operation: 'create',
      entity: 'PromotionCampaign',
      entityId: created?.id,
      ownerMunicipalityCode: TSUKIGATA,
      before: null,
    })
    expect(audit?.after).toMatchObject({ title: 'バスの日 乗り方教室' })
  })

  it("refuses an editor writing another town's campaign with FORBIDDEN and changes nothing", async () => {
    const before = { campaigns: await campaignCount(), audit: (await auditRows()).length }
    const token = await stack.token(TSUKIGATA)
    const { body } = await stack.graphql(
      CreatePromotionCampaignDocument,
      { input: input({ municipalityCode: KURIYAMA }) },
      { token },
    )
    expect(errorCodes(body)).toEqual(['FORBIDDEN'])
    expect({ campaigns: await campaignCount(), audit: (await auditRows()).length }).toEqual(before)
  })

  it("refuses to update another town's campaign, and lets the owner update it", async () => {
    const owner = await stack.token(KURIYAMA)
    const created = await stack.graphql(
      CreatePromotionCampaignDocument,
      { input: input({ title: '栗山町 時刻表配布' }) },
      { token: owner },
    )
    const id = created.body.data?.createPromotionCampaign.id ?? ''
    const intruder = await stack.token(TSUKIGATA)
    const refused = await stack.graphql(
      UpdatePromotionCampaignDocument,
      { id, input: { title: 'hijacked' } },
      { token: intruder },
    )
    expect(errorCodes(refused.body)).toEqual(['FORBIDDEN'])
    const row = await stack.database.admin
      .selectFrom('transit.promotionCampaign')
      .select('title')
      .where('id', '=', id)
      .executeTakeFirst()
    expect(row?.title).toBe('栗山町 時刻表配布')

    const updated = await stack.graphql(
      UpdatePromotionCampaignDocument,
      { id, input: { title: '栗山町 時刻表配布（改訂）' } },
      { token: owner },
    )
    expect(updated.body.data?.updatePromotionCampaign.title).toBe('栗山町 時刻表配布（改訂）')
    const audit = (await auditRows()).at(-1)
    expect(audit).toMatchObject({
      operation: 'update',
      before: { title: '栗山町 時刻表配布' },
      after: { title: '栗山町 時刻表配布（改訂）' },
    })
  })

  it('lets an admin of any town write for another town', async () => {
    const admin = await stack.token('012106', ['admin'])
    const { body } = await stack.graphql(
      CreatePromotionCampaignDocument,
      { input: input({ municipalityCode: KURIYAMA }) },
      { token: admin },
    )
    expect(body.data?.createPromotionCampaign.municipality.code).toBe(KURIYAMA)
  })

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const { body } = await stack.graphql(CreatePromotionCampaignDocument, { input: input() })
    expect(errorCodes(body)).toEqual(['UNAUTHENTICATED'])
  })

  it('reports every invalid field by its path and writes nothing', async () => {
    const before = await campaignCount()
    const token = await stack.token(TSUKIGATA)
    const { body } = await stack.graphql(
      CreatePromotionCampaignDocument,
      {
        input: input({
          title: '  ',
          startsOn: '2026-13-01',
          endsOn: '2026-01-01',
          initiativeId: 'disaster-1',
          url: 'javascript:alert(1)',
        }),
      },
      { token },
    )
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    const message = body.errors?.[0]?.message ?? ''
    for (const field of ['input.title', 'input.startsOn', 'input.initiativeId', 'input.url'])
      expect(message).toContain(field)
    expect(await campaignCount()).toBe(before)
  })

  it('rejects an end date before the start, on create and on update', async () => {
    const token = await stack.token(TSUKIGATA)
    const create = await stack.graphql(
      CreatePromotionCampaignDocument,
      { input: input({ startsOn: '2026-09-20', endsOn: '2026-09-19' }) },
      { token },
    )
    expect(create.body.errors?.[0]?.extensions?.['field']).toBe('input.endsOn')
    const ok = await stack.graphql(CreatePromotionCampaignDocument, { input: input() }, { token })
    const id = ok.body.data?.createPromotionCampaign.id ?? ''
    const update = await stack.graphql(
      UpdatePromotionCampaignDocument,
      { id, input: { endsOn: '2026-01-01' } },
      { token },
    )
    expect(errorCodes(update.body)).toEqual(['BAD_USER_INPUT'])
    expect(update.body.errors?.[0]?.extensions?.['field']).toBe('input.endsOn')
  })

  it('answers NOT_FOUND for an unknown id, including ids that are not UUIDs', async () => {
    const token = await stack.token(TSUKIGATA)
    for (const id of ['00000000-0000-4000-8000-000000000000', "1' or '1'='1"]) {
      const { body } = await stack.graphql(UpdatePromotionCampaignDocument, { id, input: { title: 'x' } }, { token })
      expect(errorCodes(body)).toEqual(['NOT_FOUND'])
    }
  })
})
