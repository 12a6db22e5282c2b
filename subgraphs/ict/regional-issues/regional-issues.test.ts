import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CreateRegionalIssueDocument,
  LinkPilotToIssueDocument,
  RegionalIssuesDocument,
} from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

describe('regional issues', () => {
  it('are created by the coordinator only, and linked to pilots by the pilot’s town only', async () => {
    const editor = await stack.token('014281')
    const refused = await stack.graphql(
      CreateRegionalIssueDocument,
      { input: { title: '除雪の担い手不足' } },
      { token: editor },
    )
    expect(errorCodes(refused.body)).toEqual(['FORBIDDEN'])

    const created = await stack.graphql(
      CreateRegionalIssueDocument,
      { input: { title: '除雪の担い手不足' } },
      { token: await stack.token('012106', ['coordinator']) },
    )
    const issueId = created.body.data?.createRegionalIssue.id ?? ''
    const pilot = await stack.database.admin
      .selectFrom('ict.pilot')
      .select('id')
      .where('municipalityCode', '=', '014281')
      .executeTakeFirstOrThrow()

    const intruder = await stack.graphql(
      LinkPilotToIssueDocument,
      { pilotId: pilot.id, issueId },
      { token: await stack.token('014303') },
    )
    expect(errorCodes(intruder.body)).toEqual(['FORBIDDEN'])
    for (let i = 0; i < 2; i++) {
      const linked = await stack.graphql(LinkPilotToIssueDocument, { pilotId: pilot.id, issueId }, { token: editor })
      // The sample data already links this pilot to one issue; linking twice adds the new one once.
      expect(linked.body.data?.linkPilotToIssue.issues.map((issue) => issue.title)).toEqual([
        '除雪の担い手不足（サンプル）',
        '除雪の担い手不足',
      ])
    }
    const listed = await stack.graphql(RegionalIssuesDocument, {})
    expect(
      listed.body.data?.regionalIssues.nodes.find((issue) => issue.id === issueId)?.pilots.map((p) => p.id),
    ).toEqual([pilot.id])
  })

  it('answers NOT_FOUND for unknown pilots and issues', async () => {
    const token = await stack.token('014281')
    const { body } = await stack.graphql(LinkPilotToIssueDocument, { pilotId: 'nope', issueId: 'nope' }, { token })
    expect(errorCodes(body)).toEqual(['NOT_FOUND'])
  })
})
