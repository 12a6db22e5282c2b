import { print } from 'graphql'
import {
  StaffApproveStockTransferDocument,
  StaffDecideAmendmentDocument,
  StaffOpenAmendmentsDocument,
  StaffRejectStockTransferDocument,
  StaffReportShelterStatusDocument,
  StaffSheltersDocument,
  StaffReceiveStockTransferDocument,
  StaffShipStockTransferDocument,
  StaffStockpileSitesDocument,
  StaffStockTransfersDocument,
  StaffViewerDocument,
} from '../../codegen/operations.js'

/**
 * The documents `/staff/staff.js` sends, by name, printed the way the persisted-operation safelist prints
 * test/operations/staff.graphql, so the page works with PERSISTED_OPERATIONS_ONLY=1.
 */
export const STAFF_OPERATIONS: Record<string, string> = Object.fromEntries(
  Object.entries({
    viewer: StaffViewerDocument,
    shelters: StaffSheltersDocument,
    report: StaffReportShelterStatusDocument,
    transfers: StaffStockTransfersDocument,
    approve: StaffApproveStockTransferDocument,
    reject: StaffRejectStockTransferDocument,
    ship: StaffShipStockTransferDocument,
    sites: StaffStockpileSitesDocument,
    receive: StaffReceiveStockTransferDocument,
    amendments: StaffOpenAmendmentsDocument,
    decide: StaffDecideAmendmentDocument,
  }).map(([key, document]) => [key, print(document)]),
)

// Plain browser JavaScript, served as is (like /situation/live.js). It builds the DOM with textContent only:
// names and messages from the API are never parsed as HTML. The token lives in sessionStorage (gone when
// the tab closes), never in a URL or a cookie, so no other page or request carries it.
const CLIENT = String.raw`
'use strict'
const $ = (id) => document.getElementById(id)
const KEY = 'staff-token'
const state = { town: null, shelter: null, isOpen: true }
const CONGESTION = { LOW: '空きあり Low', MODERATE: 'やや混雑 Moderate', HIGH: '混雑 High', FULL: '満員 Full',
  UNKNOWN: '混雑度不明 Unknown' }

function element(tag, props, children) {
  const node = Object.assign(document.createElement(tag), props || {})
  for (const child of children || []) node.append(child)
  return node
}

function describeErrors(errors) {
  return errors.map((error) => {
    const ext = error.extensions || {}
    const where = ext.field ? ' (' + ext.field + ')' : error.path ? ' (' + error.path.join('.') + ')' : ''
    return (ext.code ? ext.code + ': ' : '') + error.message + where
  }).join(' / ')
}

async function graphql(name, variables) {
  const token = sessionStorage.getItem(KEY) || ''
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
    body: JSON.stringify({ query: OPERATIONS[name], variables: variables || {} }),
  })
  let body
  try { body = await response.json() } catch { throw new Error('HTTP ' + response.status) }
  if (body.errors && body.errors.length) throw new Error(describeErrors(body.errors))
  if (!response.ok || !body.data) throw new Error('HTTP ' + response.status)
  return body.data
}

function say(id, text, failed) {
  const node = $(id)
  node.textContent = text
  node.className = failed ? 'message error' : 'message ok'
}

async function signIn() {
  say('who', '確認中… Checking…')
  let viewer = null
  try {
    viewer = (await graphql('viewer')).viewer
    if (!viewer || !viewer.municipality) throw new Error('職員のトークンではありません Not a staff token')
  } catch (error) {
    // A token that does not sign in is not kept: a reload would only fail again.
    sessionStorage.removeItem(KEY)
    $('work').hidden = true
    say('who', 'サインインできません Cannot sign in: ' + error.message, true)
    return
  }
  state.town = viewer.municipality
  say('who', viewer.municipality.name + ' · ' + viewer.subject + ' (' + viewer.roles.join(', ') + ')')
  $('signout').hidden = false
  $('work').hidden = false
  const loads = [loadShelters(), loadTransfers(), loadAmendments()]
  const failed = (await Promise.allSettled(loads)).find((result) => result.status === 'rejected')
  if (failed) say('coord-result', '読み込めません Could not load: ' + failed.reason.message, true)
}

async function loadShelters() {
  const list = $('shelter-list')
  list.replaceChildren()
  let after = null
  do {
    const { shelters } = await graphql('shelters', { municipalityCode: state.town.code, after })
    for (const shelter of shelters.nodes) list.append(element('li', {}, [shelterButton(shelter)]))
    after = shelters.pageInfo.hasNextPage ? shelters.pageInfo.endCursor : null
  } while (after)
  if (!list.children.length) list.append(element('li', { textContent: '避難所がありません No shelters' }))
  filterShelters()
}

function shelterSummary(shelter) {
  const status = shelter.latestStatus
  const now = status ? (status.isOpen ? '開設 Open · ' + status.evacuees + '人' : '閉鎖 Closed') : '未報告 No report'
  const capacity = shelter.capacity == null ? '' : ' / 収容 ' + shelter.capacity
  return now + capacity + (shelter.isSample ? ' · サンプル Sample' : '')
}

function filterShelters() {
  const words = $('shelter-filter').value.trim().toLowerCase()
  for (const item of $('shelter-list').children) {
    item.hidden = words !== '' && !item.textContent.toLowerCase().includes(words)
  }
}

function shelterButton(shelter) {
  const button = element('button', { type: 'button', className: 'big' }, [
    element('span', { className: 'name', textContent: shelter.name }),
    element('span', { className: 'meta', textContent: shelterSummary(shelter) }),
  ])
  button.dataset.shelterId = shelter.id
  button.addEventListener('click', () => chooseShelter(shelter))
  return button
}

function chooseShelter(shelter) {
  state.shelter = shelter
  const status = shelter.latestStatus
  setOpen(status ? status.isOpen : true)
  $('evacuees').value = String(status ? status.evacuees : 0)
  $('report-name').textContent = shelter.name
  $('report-form').hidden = false
  say('report-result', '')
  $('open').focus()
}

function setOpen(isOpen) {
  state.isOpen = isOpen
  $('open').setAttribute('aria-pressed', String(isOpen))
  $('closed').setAttribute('aria-pressed', String(!isOpen))
  if (!isOpen) $('evacuees').value = '0'
}

function step(delta) {
  const value = Math.max(0, (Number.parseInt($('evacuees').value, 10) || 0) + delta)
  $('evacuees').value = String(value)
}

async function report() {
  if (!state.shelter) return
  const text = $('evacuees').value.trim()
  const evacuees = Number(text)
  if (text === '' || !Number.isInteger(evacuees)) {
    say('report-result', '避難者数は整数で入力してください Evacuees must be a whole number (input.evacuees)', true)
    return
  }
  say('report-result', '送信中… Sending…')
  try {
    const input = { isOpen: state.isOpen, evacuees }
    const { reportShelterStatus: saved } = await graphql('report', { shelterId: state.shelter.id, input })
    const congestion = CONGESTION[saved.congestion] || saved.congestion
    say('report-result', '報告しました Reported: ' + state.shelter.name + ' · ' +
      (saved.isOpen ? '開設 Open' : '閉鎖 Closed') + ' · ' + saved.evacuees + '人 · ' + congestion)
    await loadShelters()
  } catch (error) {
    say('report-result', '報告できません Not reported: ' + error.message, true)
  }
}

function actionButton(label, onClick) {
  const button = element('button', { type: 'button', textContent: label })
  button.addEventListener('click', onClick)
  return button
}

async function act(run, done) {
  try {
    await run()
    say('coord-result', done)
    await Promise.all([loadTransfers(), loadAmendments()])
  } catch (error) {
    say('coord-result', 'できません Failed: ' + error.message, true)
  }
}

// What waits for this town in a transfer's life: approve or decline a request, ship what it approved, receive
// what another town shipped (into one of its own sites).
async function loadTransfers() {
  const code = state.town.code
  const [{ stockTransfers }, { municipality }] = await Promise.all([
    graphql('transfers', { municipalityCode: code }),
    graphql('sites', { code }),
  ])
  const waiting = stockTransfers.filter((t) => (t.from.code === code && ['REQUESTED', 'APPROVED'].includes(t.status))
    || (t.to.code === code && t.status === 'SHIPPED'))
  $('transfers').replaceChildren(...waiting.map((t) => transferCard(t, municipality.stockpileSites)))
  if (!waiting.length) $('transfers').append(element('li', { textContent: '対応待ちはありません Nothing pending' }))
}

function transferCard(t, sites) {
  const what = t.item.name + ' ' + t.quantity + t.item.unit
  const run = (name, variables, done) => () => act(() => graphql(name, variables), done)
  if (t.status === 'REQUESTED') return element('li', { className: 'card' }, [
    element('p', { className: 'name', textContent: t.to.name + 'から依頼 Requested by ' + t.to.name + ': ' + what }),
    element('p', { className: 'meta', textContent: t.note }),
    actionButton('承認 Approve', run('approve', { id: t.id }, '承認しました Approved')),
    actionButton('却下 Decline', run('reject', { id: t.id }, '却下しました Declined')),
  ])
  if (t.status === 'APPROVED') return element('li', { className: 'card' }, [
    element('p', { className: 'name', textContent: t.to.name + 'へ発送 To ship to ' + t.to.name + ': ' + what }),
    actionButton('発送 Ship', run('ship', { id: t.id }, '発送しました Shipped')),
  ])
  const site = element('select', { id: 'site-' + t.id }, sites.map((s) => element('option', {
    value: s.id, textContent: s.name })))
  return element('li', { className: 'card' }, [
    element('p', { className: 'name', textContent: t.from.name + 'から到着 Arriving from ' + t.from.name + ': ' +
      what }),
    element('label', { htmlFor: site.id, textContent: '保管先 Store at' }),
    site,
    actionButton('受領 Receive', () => act(() => graphql('receive', { id: t.id, siteId: site.value }),
      '受領しました Received')),
  ])
}

async function loadAmendments() {
  const items = []
  let after = null
  do {
    const { amendmentProposals: page } = await graphql('amendments', { after })
    items.push(...page.nodes.filter((p) => p.pendingParties.some((town) => town.code === state.town.code)))
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
  } while (after)
  $('amendments').replaceChildren(...items.map(amendmentCard))
  if (!items.length) $('amendments').append(element('li', { textContent: '同意待ちはありません Nothing pending' }))
}

function amendmentCard(proposal) {
  const reason = element('input', { type: 'text', id: 'reason-' + proposal.id, maxLength: 4000 })
  const decide = (decision, done) => () => act(() => graphql('decide', { input: {
    proposalId: proposal.id, decision, reason: reason.value.trim() || null } }), done)
  return element('li', { className: 'card' }, [
    element('p', { className: 'name', textContent: proposal.title }),
    element('p', { textContent: proposal.reason + ' (' + proposal.proposer.name + ' · ' + proposal.effectiveOn + ')' }),
    element('label', { htmlFor: reason.id, textContent: '理由 Reason (反対には必須 required to object)' }),
    reason,
    actionButton('同意 Consent', decide('CONSENT', '同意しました Consented')),
    actionButton('反対 Object', decide('OBJECTION', '反対しました Objected')),
  ])
}

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault()
  sessionStorage.setItem(KEY, $('token').value.trim())
  $('token').value = ''
  void signIn()
})
$('signout').addEventListener('click', () => {
  sessionStorage.removeItem(KEY)
  location.reload()
})
$('shelter-filter').addEventListener('input', filterShelters)
$('open').addEventListener('click', () => setOpen(true))
$('closed').addEventListener('click', () => setOpen(false))
$('minus').addEventListener('click', () => step(-1))
$('plus').addEventListener('click', () => step(1))
$('report-form').addEventListener('submit', (event) => {
  event.preventDefault()
  void report()
})
if (sessionStorage.getItem(KEY)) void signIn()
`

/** The body of `/staff/staff.js`: the operations, then the page's code. */
export const STAFF_SCRIPT = 'const OPERATIONS = ' + JSON.stringify(STAFF_OPERATIONS) + '\n' + CLIENT
