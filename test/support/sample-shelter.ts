import type { TestStack } from './stack.js'

/** The id of one of `town`'s sample shelters in service holding at least `minCapacity` people (first by id). */
export async function sampleShelterId(stack: TestStack, town: string, minCapacity: number): Promise<string> {
  const row = await stack.database.admin
    .selectFrom('disaster.shelter')
    .select('id')
    .where('municipalityCode', '=', town)
    .where('capacity', '>=', minCapacity)
    .where('retiredAt', 'is', null)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  return row.id
}
