import { badUserInput } from '../../../lib/errors.js'
import type { ChangeInput } from './amendments.rules.js'

export type ChangeKind =
  'ADD_INITIATIVE' | 'CHANGE_INITIATIVE' | 'CHANGE_ROLE' | 'ADD_POLICY_FIELD' | 'CHANGE_ARTICLE' | 'DISSOLVE'

/** A change ready to store: its kind, the item it claims, and the payload settle_amendment applies. */
export interface NormalizedChange {
  kind: ChangeKind
  target: string
  payload: Record<string, unknown>
}

/** What the current version contains, to check a diff against. */
export interface CurrentText {
  fieldIds: ReadonlySet<string>
  areaNumbers: ReadonlySet<number>
  initiativeIds: ReadonlySet<string>
  articleNumbers: ReadonlySet<number>
  partyCodes: ReadonlySet<string>
}

/**
 * Checks each change against the version in force and names the item it touches. Problems are
 * reported with the field path of the offending input (`input.changes.2.changeRole.fieldId`).
 */
export function normalizeChanges(changes: readonly ChangeInput[], text: CurrentText): NormalizedChange[] {
  const problems: { field: string; message: string }[] = []
  const fail = (index: number, path: string, message: string) =>
    problems.push({ field: ['input', 'changes', String(index), path].filter(Boolean).join('.'), message })
  const maxArticle = Math.max(0, ...text.articleNumbers)
  const normalized = changes.map((change, index) =>
    normalizeChange(change, text, maxArticle, changes.length, (path, message) => {
      fail(index, path, message)
    }),
  )
  const ready = normalized.filter((change): change is NormalizedChange => change !== null)
  const targets = ready.map((change) => change.target)
  targets.forEach((target, index) => {
    if (targets.indexOf(target) !== index) fail(index, '', `touches ${target} a second time`)
  })
  const [first] = problems
  if (first) {
    throw badUserInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
      field: first.field,
      details: { problems },
    })
  }
  return ready
}

/** Reports a problem of one change, by its path inside that change (`changeRole.fieldId`). */
type Fail = (path: string, message: string) => void

/** One change as stored (kind, the target it touches, its payload), its problems reported through `fail`. */
function normalizeChange(
  change: ChangeInput,
  text: CurrentText,
  maxArticle: number,
  changeCount: number,
  fail: Fail,
): NormalizedChange | null {
  if (change.addInitiative) {
    const { fieldId, text: line } = change.addInitiative
    if (!text.fieldIds.has(fieldId)) fail('addInitiative.fieldId', `no policy field ${JSON.stringify(fieldId)}`)
    return { kind: 'ADD_INITIATIVE', target: `field:${fieldId}:initiatives`, payload: { fieldId, text: line } }
  }
  if (change.changeInitiative) {
    const { initiativeId, text: line } = change.changeInitiative
    if (!text.initiativeIds.has(initiativeId))
      fail('changeInitiative.initiativeId', `no initiative ${JSON.stringify(initiativeId)}`)
    return { kind: 'CHANGE_INITIATIVE', target: `initiative:${initiativeId}`, payload: { initiativeId, text: line } }
  }
  if (change.changeRole) {
    const { fieldId, municipalityCode, duties } = change.changeRole
    if (!text.fieldIds.has(fieldId)) fail('changeRole.fieldId', `no policy field ${JSON.stringify(fieldId)}`)
    if (!text.partyCodes.has(municipalityCode))
      fail('changeRole.municipalityCode', `${municipalityCode} is not a party`)
    return {
      kind: 'CHANGE_ROLE',
      target: `role:${fieldId}:${municipalityCode}`,
      payload: { fieldId, municipalityCode, duties },
    }
  }
  if (change.addPolicyField) return normalizePolicyField(change.addPolicyField, text, fail)
  if (change.changeArticle) return normalizeArticle(change.changeArticle, maxArticle, fail)
  if (change.dissolve) {
    if (changeCount !== 1) fail('dissolve', 'a dissolution must be the only change of its proposal')
    return { kind: 'DISSOLVE', target: 'agreement', payload: {} }
  }
  return null
}

function normalizePolicyField(
  field: NonNullable<ChangeInput['addPolicyField']>,
  text: CurrentText,
  fail: Fail,
): NormalizedChange {
  if (text.fieldIds.has(field.id)) fail('addPolicyField.id', `policy field ${field.id} already exists`)
  if (!text.areaNumbers.has(field.areaNumber)) fail('addPolicyField.areaNumber', `no policy area ${field.areaNumber}`)
  if (!text.partyCodes.has(field.leadMunicipalityCode)) fail('addPolicyField.leadMunicipalityCode', 'must be a party')
  const roleCodes = field.roles.map((role) => role.municipalityCode)
  if (new Set(roleCodes).size !== roleCodes.length) fail('addPolicyField.roles', 'names a municipality twice')
  if (roleCodes.some((roleCode) => !text.partyCodes.has(roleCode)))
    fail('addPolicyField.roles', 'must name parties only')
  if (!roleCodes.includes(field.leadMunicipalityCode))
    fail('addPolicyField.roles', 'must include the lead municipality')
  return {
    kind: 'ADD_POLICY_FIELD',
    target: `policy-field:${field.id}`,
    payload: { ...field, notes: field.notes ?? null },
  }
}

function normalizeArticle(
  article: NonNullable<ChangeInput['changeArticle']>,
  maxArticle: number,
  fail: Fail,
): NormalizedChange {
  if (article.articleNumber > maxArticle + 1) {
    fail('changeArticle.articleNumber', `must be an existing article or ${maxArticle + 1} (a new last article)`)
  }
  const paragraphs = article.paragraphs.map((paragraph) => ({ text: paragraph.text, items: paragraph.items ?? [] }))
  return { kind: 'CHANGE_ARTICLE', target: `article:${article.articleNumber}`, payload: { ...article, paragraphs } }
}
