import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CreateRecruitmentEventDocument,
  CreateRecruitmentOpeningDocument,
  InitiativeRecruitmentDocument,
  RecruitmentEventsDocument,
  RecruitmentOpeningsDocument,
  RegionRecruitmentDocument,
  UpdateRecruitmentEventDocument,
  UpdateRecruitmentOpeningDocument,
  type CreateRecruitmentEventInput,
  type CreateRecruitmentOpeningInput,
} from '../../../codegen/operations.js'
import { createDatabase, type Database } from '../../../lib/db/database.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { sampleUuid } from '../../../lib/sample/deterministic.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

const TSUKIGATA = '014303'
const KURIYAMA = '014290'
const IWAMIZAWA = '012106'
const opening = (overrides: Partial<CreateRecruitmentOpeningInput> = {}): CreateRecruitmentOpeningInput => ({
  title: 'コミュニティバス運転手募集',
  role: 'BUS_DRIVER',
  employmentType: 'CONTRACT',
  positions: 2,
  opensOn: '2026-04-01',
  ...overrides,
})
const event = (overrides: Partial<CreateRecruitmentEventInput> = {}): CreateRecruitmentEventInput => ({
  title: 'バス運転体験会',
  kind: 'DRIVING_EXPERIENCE',
  heldOn: '2026-06-13',
  venue: '月形町役場',
  ...overrides,
})

let stack: TestStack
let transitRole: Database
beforeAll(async () => {
  stack = await startTestStack()
  transitRole = createDatabase({ url: stack.database.roleUrls.transit, poolMax: 1 })
})
afterAll(async () => {
  await transitRole.destroy()
  await stack.stop()
})

const auditRows = () => stack.database.admin.selectFrom('app.auditLog').selectAll().orderBy('id').execute()
const counts = async () => ({
  openings: (await stack.database.admin.selectFrom('transit.recruitmentOpening').select('id').execute()).length,
  events: (await stack.database.admin.selectFrom('transit.recruitmentEvent').select('id').execute()).length,
  audit: (await auditRows()).length,
})

describe('recruitment openings', () => {
  it('lets an editor publish an opening for their own town, audited, under 担い手確保 by default', async () => {
    const token = await stack.token(TSUKIGATA)
    const { body } = await stack.graphql(
      CreateRecruitmentOpeningDocument,
      { input: opening({ operatorId: sampleUuid(`operator:${TSUKIGATA}`) }) },
      { token },
    )
    expect(body.errors).toBeUndefined()
    const created = body.data?.createRecruitmentOpening
    expect(created).toMatchObject({
      title: 'コミュニティバス運転手募集',
      status: 'OPEN',
      closesOn: null,
      municipality: { code: TSUKIGATA, name: '月形町' },
      operator: { id: sampleUuid(`operator:${TSUKIGATA}`) },
      initiative: { id: 'transit-3' },
    })
    expect(created?.initiative.text).toContain('担い手')
    expect((await auditRows()).at(-1)).toMatchObject({
      operation: 'create',
      entity: 'RecruitmentOpening',
      entityId: created?.id,
      ownerMunicipalityCode: TSUKIGATA,
    })
  })

  it("refuses another town's opening with FORBIDDEN, on create and update, leaving the row unchanged", async () => {
    const owner = await stack.token(KURIYAMA)
    const created = await stack.graphql(
      CreateRecruitmentOpeningDocument,
      { input: opening({ title: '栗山町 運転手募集' }) },
      { token: owner },
    )
    const id = created.body.data?.createRecruitmentOpening.id ?? ''
    const before = await counts()
    const intruder = await stack.token(TSUKIGATA)
    const create = await stack.graphql(
      CreateRecruitmentOpeningDocument,
      { input: opening({ municipalityCode: KURIYAMA }) },
      { token: intruder },
    )
    expect(errorCodes(create.body)).toEqual(['FORBIDDEN'])
    const update = await stack.graphql(
      UpdateRecruitmentOpeningDocument,
      { id, input: { title: 'hijacked', status: 'CLOSED' } },
      { token: intruder },
    )
    expect(errorCodes(update.body)).toEqual(['FORBIDDEN'])
    expect(await counts()).toEqual(before)
    const row = await stack.database.admin
      .selectFrom('transit.recruitmentOpening')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ title: '栗山町 運転手募集', status: 'OPEN' })

    const filled = await stack.graphql(
      UpdateRecruitmentOpeningDocument,
      { id, input: { status: 'FILLED', closesOn: '2026-05-31' } },
      { token: owner },
    )
    expect(filled.body.data?.updateRecruitmentOpening).toMatchObject({
      status: 'FILLED',
      closesOn: '2026-05-31',
      title: '栗山町 運転手募集',
    })
    expect((await auditRows()).at(-1)).toMatchObject({
      operation: 'update',
      before: { status: 'OPEN' },
      after: { status: 'FILLED' },
    })
  })

  it('keeps region-wide openings to the coordinator', async () => {
    const before = await counts()
    for (const [code, role] of [
      [IWAMIZAWA, 'editor'],
      [TSUKIGATA, 'coordinator'],
    ] as const) {
      const { body } = await stack.graphql(
        CreateRecruitmentOpeningDocument,
        { input: opening({ regionWide: true }) },
        { token: await stack.token(code, [role]) },
      )
      expect(errorCodes(body)).toEqual(['FORBIDDEN'])
    }
    expect(await counts()).toEqual(before)
    const coordinator = await stack.token(IWAMIZAWA, ['coordinator'])
    const { body } = await stack.graphql(
      CreateRecruitmentOpeningDocument,
      { input: opening({ regionWide: true, title: '広域 運転士募集' }) },
      { token: coordinator },
    )
    expect(body.data?.createRecruitmentOpening).toMatchObject({ title: '広域 運転士募集', municipality: null })
    const id = body.data?.createRecruitmentOpening.id ?? ''
    // The sample region-wide opening too: only the coordinator may update it.
    const sampleId = sampleUuid('recruitment-opening:regional-bus')
    const editor = await stack.graphql(
      UpdateRecruitmentOpeningDocument,
      { id: sampleId, input: { positions: 9 } },
      { token: await stack.token(IWAMIZAWA) },
    )
    expect(errorCodes(editor.body)).toEqual(['FORBIDDEN'])
    const updated = await stack.graphql(
      UpdateRecruitmentOpeningDocument,
      { id, input: { positions: 9 } },
      { token: coordinator },
    )
    expect(updated.body.data?.updateRecruitmentOpening.positions).toBe(9)
  })

  it('refuses anonymous callers, answers NOT_FOUND for unknown ids and reports invalid fields by path', async () => {
    const anonymous = await stack.graphql(CreateRecruitmentOpeningDocument, { input: opening() })
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED'])
    const token = await stack.token(TSUKIGATA)
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const { body } = await stack.graphql(UpdateRecruitmentOpeningDocument, { id, input: { title: 'x' } }, { token })
      expect(errorCodes(body)).toEqual(['NOT_FOUND'])
    }
    const before = await counts()
    const invalid = await stack.graphql(
      CreateRecruitmentOpeningDocument,
      { input: opening({ title: ' ', positions: 0, opensOn: '2026-02-30', url: 'ftp://x', initiativeId: 'ict-1' }) },
      { token },
    )
    expect(errorCodes(invalid.body)).toEqual(['BAD_USER_INPUT'])
    for (const field of ['input.title', 'input.positions', 'input.opensOn', 'input.url', 'input.initiativeId'])
      expect(invalid.body.errors?.[0]?.message).toContain(field)
    const closes = await stack.graphql(
      CreateRecruitmentOpeningDocument,
      { input: opening({ closesOn: '2026-03-31' }) },
      { token },
    )
    expect(closes.body.errors?.[0]?.extensions?.['field']).toBe('input.closesOn')
    const operator = await stack.graphql(
      CreateRecruitmentOpeningDocument,
      { input: opening({ operatorId: '00000000-0000-4000-8000-000000000000' }) },
      { token },
    )
    expect(operator.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.operatorId' })
    expect(await counts()).toEqual(before)
  })

  it('pages through openings newest first, filtered by town and status', async () => {
    const page = async (after: string | null) => {
      const { body } = await stack.graphql(RecruitmentOpeningsDocument, { first: 2, after })
      expect(body.errors).toBeUndefined()
      const connection = body.data?.recruitmentOpenings
      return {
        ids: connection?.nodes.map((node) => node.id) ?? [],
        next: connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null,
      }
    }
    const all: string[] = []
    let next: string | null = null
    do {
      const result = await page(next)
      all.push(...result.ids)
      next = result.next
    } while (next)
    const rows = await stack.database.admin
      .selectFrom('transit.recruitmentOpening')
      .select('id')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .execute()
    expect(all).toEqual(rows.map((row) => row.id))

    const filled = await stack.graphql(RecruitmentOpeningsDocument, { municipalityCode: TSUKIGATA, status: 'FILLED' })
    expect(filled.body.data?.recruitmentOpenings.nodes.map((node) => node.id)).toEqual([
      sampleUuid('recruitment-opening:014303-bus'),
    ])
    const badCode = await stack.graphql(RecruitmentOpeningsDocument, { municipalityCode: '014304' })
    expect(errorCodes(badCode.body)).toEqual(['BAD_USER_INPUT'])
  })
})

describe('recruitment events', () => {
  it('lets an editor record and later complete an event; hires never exceed participants', async () => {
    const token = await stack.token(TSUKIGATA)
    const { body } = await stack.graphql(CreateRecruitmentEventDocument, { input: event() }, { token })
    expect(body.data?.createRecruitmentEvent).toMatchObject({
      kind: 'DRIVING_EXPERIENCE',
      participants: null,
      municipality: { code: TSUKIGATA },
      initiative: { id: 'transit-3' },
    })
    const id = body.data?.createRecruitmentEvent.id ?? ''
    const done = await stack.graphql(
      UpdateRecruitmentEventDocument,
      { id, input: { participants: 12, hires: 2 } },
      { token },
    )
    expect(done.body.data?.updateRecruitmentEvent).toMatchObject({ participants: 12, hires: 2 })
    expect((await auditRows()).at(-1)).toMatchObject({
      entity: 'RecruitmentEvent',
      operation: 'update',
      before: { participants: null },
      after: { hires: 2 },
    })
    const tooMany = await stack.graphql(UpdateRecruitmentEventDocument, { id, input: { hires: 13 } }, { token })
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hires' })
    const invalid = await stack.graphql(
      CreateRecruitmentEventDocument,
      { input: event({ heldOn: '2026-6-1', participants: -1 }) },
      { token },
    )
    for (const field of ['input.heldOn', 'input.participants'])
      expect(invalid.body.errors?.[0]?.message).toContain(field)
  })

  it("refuses another town's event, region-wide ones to non-coordinators; anonymous is UNAUTHENTICATED", async () => {
    const sampleId = sampleUuid('recruitment-event:012092-driving')
    const before = await stack.database.admin
      .selectFrom('transit.recruitmentEvent')
      .selectAll()
      .where('id', '=', sampleId)
      .executeTakeFirstOrThrow()
    const intruder = await stack.token(TSUKIGATA)
    const update = await stack.graphql(
      UpdateRecruitmentEventDocument,
      { id: sampleId, input: { hires: 0 } },
      { token: intruder },
    )
    expect(errorCodes(update.body)).toEqual(['FORBIDDEN'])
    expect(
      await stack.database.admin
        .selectFrom('transit.recruitmentEvent')
        .selectAll()
        .where('id', '=', sampleId)
        .executeTakeFirstOrThrow(),
    ).toEqual(before)
    const regional = await stack.graphql(
      CreateRecruitmentEventDocument,
      { input: event({ regionWide: true }) },
      { token: intruder },
    )
    expect(errorCodes(regional.body)).toEqual(['FORBIDDEN'])
    const anonymous = await stack.graphql(UpdateRecruitmentEventDocument, { id: sampleId, input: { hires: 0 } })
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED'])
    const coordinator = await stack.token(IWAMIZAWA, ['coordinator'])
    const fair = await stack.graphql(
      CreateRecruitmentEventDocument,
      { input: event({ regionWide: true, kind: 'JOB_FAIR', title: '広域 合同説明会' }) },
      { token: coordinator },
    )
    expect(fair.body.data?.createRecruitmentEvent).toMatchObject({ municipality: null, kind: 'JOB_FAIR' })
  })

  it('lists events newest first within a date range', async () => {
    const { body } = await stack.graphql(RecruitmentEventsDocument, { from: '2025-06-01', to: '2025-12-31' })
    expect(body.data?.recruitmentEvents.nodes.map((node) => node.heldOn)).toEqual([
      '2025-11-08',
      '2025-08-23',
      '2025-06-14',
    ])
    const page = await stack.graphql(RecruitmentEventsDocument, { from: '2025-06-01', to: '2025-12-31', first: 1 })
    const next = await stack.graphql(RecruitmentEventsDocument, {
      from: '2025-06-01',
      to: '2025-12-31',
      first: 1,
      after: page.body.data?.recruitmentEvents.pageInfo.endCursor,
    })
    expect(next.body.data?.recruitmentEvents.nodes.map((node) => node.heldOn)).toEqual(['2025-08-23'])
    const backwards = await stack.graphql(RecruitmentEventsDocument, { from: '2025-12-31', to: '2025-06-01' })
    expect(backwards.body.errors?.[0]?.extensions?.['field']).toBe('args.to')
  })
})

describe('Municipality and Initiative recruitment lists', () => {
  it('answer for all nine towns with one statement per list field', async () => {
    stack.statements.reset()
    const { body } = await stack.graphql(RegionRecruitmentDocument, { first: 1 })
    expect(body.errors).toBeUndefined()
    const towns = body.data?.municipalities ?? []
    expect(towns.map((town) => town.code)).toEqual([...PARTY_CODES])
    const yubari = towns.find((town) => town.code === '012092')
    expect(yubari?.recruitmentEvents.nodes.map((node) => node.title)).toEqual(['夕張市 バス運転体験会（サンプル）'])
    expect(stack.statements.count('transit')).toBe(2)

    stack.statements.reset()
    const initiative = await stack.graphql(InitiativeRecruitmentDocument, { id: 'transit-3' })
    expect(initiative.body.data?.initiative?.recruitmentEvents.nodes.map((node) => node.title)).toContain(
      '南空知 交通の仕事 合同説明会（サンプル）',
    )
    expect(initiative.body.data?.initiative?.recruitmentOpenings.nodes.length).toBeGreaterThanOrEqual(4)
    expect(stack.statements.count('transit')).toBe(2)
  })
})

describe('recruitment under row-level security alone', () => {
  async function insertAs(session: { municipality: string; role: string }, owner: string | null) {
    try {
      await transitRole.transaction().execute(async (trx) => {
        await sql`select set_config('app.municipality_code', ${session.municipality}, true),
          set_config('app.role', ${session.role}, true)`.execute(trx)
        await sql`insert into transit.recruitment_event (municipality_code, title, kind, held_on)
          values (${owner}, 'RLS probe', 'OTHER', '2026-01-01')`.execute(trx)
      })
      return 'ok'
    } catch (error) {
      return (error as { code?: string }).code ?? String(error)
    }
  }

  it("refuses another town's and region-wide inserts to editors, allows the owner and the coordinator", async () => {
    expect(await insertAs({ municipality: TSUKIGATA, role: 'editor' }, KURIYAMA)).toBe('42501')
    expect(await insertAs({ municipality: IWAMIZAWA, role: 'editor' }, null)).toBe('42501')
    expect(await insertAs({ municipality: TSUKIGATA, role: 'editor' }, TSUKIGATA)).toBe('ok')
    expect(await insertAs({ municipality: IWAMIZAWA, role: 'coordinator' }, null)).toBe('ok')
  })
})
