import { ReportShelterStatusDocument } from '../../codegen/operations.js'
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

/** `report(evacuees)`: reports the shelter `shelterId` open with that many evacuees, as an editor of `town`. */
export async function shelterReporter(stack: TestStack, town: string, shelterId: string) {
  const token = await stack.token(town)
  return (evacuees: number) =>
    stack.graphql(ReportShelterStatusDocument, { shelterId, input: { isOpen: true, evacuees } }, { token })
}
