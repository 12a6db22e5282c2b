import {
  DecideAmendmentDocument,
  ProposeAmendmentDocument,
  type AmendmentChangeInput,
} from '../../codegen/operations.js'
import { PARTY_CODES } from '../../lib/municipality-code.js'
import type { TestStack } from './stack.js'

/** Test factories for the amendment workflow: proposals and decisions through the real gateway. */
export const TSUKIGATA = '014303'
export const KURIYAMA = '014290'
export const IWAMIZAWA = '012106'

export const addDisasterInitiative = (text: string): AmendmentChangeInput => ({
  addInitiative: { fieldId: 'disaster', text },
})

export async function propose(
  stack: TestStack,
  changes: AmendmentChangeInput[],
  options: { by?: string; effectiveOn?: string; title?: string } = {},
) {
  const token = await stack.token(options.by ?? TSUKIGATA)
  return stack.graphql(
    ProposeAmendmentDocument,
    {
      input: {
        title: options.title ?? '防災分野の取組追加',
        reason: '冬季災害への備えを強化するため',
        effectiveOn: options.effectiveOn ?? '2030-04-01',
        changes,
      },
    },
    { token },
  )
}

export async function proposeOk(
  stack: TestStack,
  changes: AmendmentChangeInput[],
  options: Parameters<typeof propose>[2] = {},
) {
  const { body } = await propose(stack, changes, options)
  const id = body.data?.proposeAmendment.id
  if (!id) throw new Error(`proposal failed: ${JSON.stringify(body.errors)}`)
  return id
}

export async function decide(
  stack: TestStack,
  proposalId: string,
  town: string,
  decision: 'CONSENT' | 'OBJECTION' = 'CONSENT',
  reason?: string,
) {
  const token = await stack.token(town)
  return stack.graphql(
    DecideAmendmentDocument,
    { input: { proposalId, decision, ...(reason ? { reason } : {}) } },
    { token },
  )
}

/** Every party consents, one after another; returns the last response. */
export async function consentByAll(stack: TestStack, proposalId: string) {
  let last: Awaited<ReturnType<typeof decide>> | undefined
  for (const code of PARTY_CODES) last = await decide(stack, proposalId, code)
  if (!last) throw new Error('no parties')
  return last
}
