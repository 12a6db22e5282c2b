import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImportShelterFileDocument } from '../../../codegen/operations.js'
import { errorCodes } from '../../../test/support/errors.js'
import { startTestStack, type TestStack } from '../../../test/support/stack.js'
import { v1File, type V1Row } from './fixtures.js'

const TSUKIGATA = '014303'

let stack: TestStack
beforeAll(async () => void (stack = await startTestStack()))
afterAll(() => stack.stop())

async function importRows(rows: V1Row[], token: string, code?: string) {
  return stack.graphql(
    ImportShelterFileDocument,
    { code, file: '014303_evacuation_space.csv', content: v1File(rows).toString('base64') },
    { token },
  )
}
const snapshot = () =>
  stack.database.admin
    .selectFrom('disaster.shelter')
    .selectAll()
    .where('municipalityCode', '=', TSUKIGATA)
    .orderBy('id')
    .execute()

const rows: V1Row[] = [
  { no: 'T1', name: '月形小学校', flood: '1' },
  { no: 'T2', name: '月形中学校' },
  { no: 'T3', name: '月形町民会館' },
]

describe('importShelters', () => {
  it('adds, re-imports without changes, updates only what changed, and retires what disappeared', async () => {
    const token = await stack.token(TSUKIGATA)
    // A 指定緊急避難場所 file replaces that list only: the sample 指定避難所 rows stay.
    const sampleBefore = (await snapshot()).filter(
      (row) => row.isSample && row.retiredAt === null && row.designation === 'EMERGENCY_SITE',
    ).length
    const first = await importRows(rows, token)
    expect(first.body.data?.importShelters).toEqual({
      layout: 'V1',
      encoding: 'utf-8',
      added: 3,
      updated: 0,
      retired: sampleBefore,
      unchanged: 0,
    })

    const afterFirst = await snapshot()
    const again = await importRows(rows, token)
    expect(again.body.data?.importShelters).toMatchObject({ added: 0, updated: 0, retired: 0, unchanged: 3 })
    expect(await snapshot()).toEqual(afterFirst)

    const changed = await importRows(
      [{ ...rows[0], name: '月形小学校（改築後）' } as V1Row, rows[1] as V1Row, { no: 'T4', name: '新設避難所' }],
      token,
    )
    expect(changed.body.data?.importShelters).toMatchObject({ added: 1, updated: 1, retired: 1, unchanged: 1 })

    const revived = await importRows([...rows], token)
    expect(revived.body.data?.importShelters).toMatchObject({ added: 0, updated: 2, retired: 1, unchanged: 1 })
    const ids = (await snapshot()).filter((row) => row.sourceId === 'T3').map((row) => row.id)
    expect(ids).toHaveLength(1)
  })

  it('imports nothing from a file with problems and lists each as file:line:column', async () => {
    const token = await stack.token(TSUKIGATA)
    const before = await snapshot()
    const { body } = await importRows(
      [
        { no: 'T9', name: 'OK' },
        { no: 'T10', name: '', lat: 'north' },
      ],
      token,
    )
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT'])
    expect(body.errors?.[0]?.message).toContain('014303_evacuation_space.csv:3:2: 名称 (name): must not be empty')
    expect(body.errors?.[0]?.message).toContain(
      '014303_evacuation_space.csv:3:6: 緯度 (latitude): "north" is not a number',
    )
    expect(await snapshot()).toEqual(before)
  })

  it('refuses an import for another town with FORBIDDEN and changes nothing', async () => {
    const before = await snapshot()
    const { body } = await importRows(rows, await stack.token('014290'), TSUKIGATA)
    expect(errorCodes(body)).toEqual(['FORBIDDEN'])
    expect(await snapshot()).toEqual(before)
  })
})
