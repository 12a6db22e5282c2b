import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateJointProjectDocument, WithdrawJointProjectDocument } from '../../../codegen/operations.js'
import { createLogger } from '../../../lib/logger.js'
import { PARTY_CODES } from '../../../lib/municipality-code.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { publishRelease } from '../publish/publish-release.js'
import { ReleaseDirectory } from '../publish/release-directory.js'

const IWAMIZAWA = '012106'
let stack: TestStack
let dir = ''
beforeAll(async () => {
  stack = await startTestStack()
  dir = await mkdtemp(join(tmpdir(), 'joint-costs-'))
})
afterAll(async () => {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
})

async function createProject(title: string, totalCostYen: number) {
  const token = await stack.token(IWAMIZAWA, ['coordinator'])
  const input = { title, initiativeId: 'disaster-2', fiscalYear: 2026, totalCostYen, equalPercent: 20 }
  const { body } = await stack.graphql(
    CreateJointProjectDocument,
    { input: { ...input, populationPercent: 80, usagePercent: 0 } },
    { token },
  )
  const id = body.data?.createJointProject.id
  if (!id) throw new Error(JSON.stringify(body.errors))
  return { id, token }
}

describe('open data: joint projects and their cost shares', () => {
  it('publishes a row per project and town (shares sum to the total), town files, no withdrawn project', async () => {
    const kept = await createProject('共同備蓄 段ボールベッド購入', 12_345_679)
    const dropped = await createProject('取り下げる事業', 1000)
    await stack.graphql(WithdrawJointProjectDocument, { id: dropped.id }, { token: dropped.token })
    const release = await publishRelease({
      gatewayUrl: stack.services.gatewayUrl,
      token: stack.publisherToken,
      dir,
      logger: createLogger('silent', 't'),
    })
    const path = new ReleaseDirectory(dir).releasePath(release.releaseId)
    const rows = parse<Record<string, string>>(await readFile(join(path, 'agreement_joint_project_costs.csv')), {
      bom: true,
      columns: true,
    })
    const ofKept = rows.filter((row) => row['事業ID'] === kept.id)
    expect(ofKept.map((row) => row['市区町村コード'])).toEqual([...PARTY_CODES])
    expect(ofKept.reduce((sum, row) => sum + Number(row['負担額_円']), 0)).toBe(12_345_679)
    expect(ofKept[0]).toMatchObject({ 総事業費_円: '12345679', 均等割_パーセント: '20', 人口割_パーセント: '80' })
    expect(Number(ofKept[0]?.['人口'])).toBeGreaterThan(0)
    expect(rows.some((row) => row['事業ID'] === dropped.id)).toBe(false)
    const town = parse<Record<string, string>>(
      await readFile(join(path, `towns/${IWAMIZAWA}_agreement_joint_project_costs.csv`)),
      {
        bom: true,
        columns: true,
      },
    )
    expect(town.length).toBeGreaterThan(0)
    expect(town.every((row) => row['市区町村コード'] === IWAMIZAWA)).toBe(true)
  })
})
