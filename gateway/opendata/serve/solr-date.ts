/**
 * Solr date values as CKAN clients send them in `fq`: ISO 8601 with or without `Z` and with up to six
 * fractional digits (ckanext-harvest sends `2026-01-01T00:00:00.123456Z`), a date alone (its midnight),
 * `NOW` with date math (`NOW-1DAY`, `NOW/DAY`) or `*`. Values are microseconds since the epoch, so
 * CKAN's microsecond timestamps compare exactly.
 */
export class SolrDateError extends Error {
  override name = 'SolrDateError'
}

const UNIT_MS: ReadonlyMap<string, number> = new Map([
  ['SECOND', 1000],
  ['MINUTE', 60_000],
  ['HOUR', 3_600_000],
  ['DAY', 86_400_000],
])

/** Microseconds since the epoch of an ISO 8601 instant (naive = UTC), or NaN. */
export function isoMicros(text: string): number {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?)?(Z)?$/.exec(text)
  if (!match) return NaN
  const [, date, time = '00:00:00', fraction = ''] = match
  const seconds = Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}Z`)
  if (Number.isNaN(seconds)) return NaN
  return seconds * 1000 + Number(fraction.slice(0, 6).padEnd(6, '0'))
}

/** `NOW`, optionally rounded (`/DAY`) and shifted (`-1DAY`, `+2HOURS`, `-1MONTH`, `-1YEAR`), in microseconds. */
function nowMicros(text: string, now: Date): number {
  let rest = text.slice(3)
  const date = new Date(now.getTime())
  while (rest.length > 0) {
    const step = /^([/+-])(\d*)([A-Z]+?)S?(?=$|[/+-])/.exec(rest)
    if (!step) throw new SolrDateError(`cannot read the date math "${text}"`)
    const [whole, sign = '', amountText = '', unit = ''] = step
    const amount = amountText === '' ? 0 : Number(amountText)
    if (sign === '/') roundDown(date, unit, text)
    else shift(date, unit, sign === '-' ? -amount : amount, text)
    rest = rest.slice(whole.length)
  }
  return date.getTime() * 1000
}

function roundDown(date: Date, unit: string, text: string) {
  const order = ['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND']
  const level = order.indexOf(unit)
  if (level < 0) throw new SolrDateError(`unknown date unit ${unit} in "${text}"`)
  // Everything finer than the unit goes to its start: /DAY keeps year, month and day.
  if (level < 1) date.setUTCMonth(0)
  if (level < 2) date.setUTCDate(1)
  if (level < 3) date.setUTCHours(0)
  if (level < 4) date.setUTCMinutes(0)
  if (level < 5) date.setUTCSeconds(0)
  date.setUTCMilliseconds(0)
}

function shift(date: Date, unit: string, amount: number, text: string) {
  if (unit === 'YEAR') date.setUTCFullYear(date.getUTCFullYear() + amount)
  else if (unit === 'MONTH') date.setUTCMonth(date.getUTCMonth() + amount)
  else {
    const ms = UNIT_MS.get(unit)
    if (ms === undefined) throw new SolrDateError(`unknown date unit ${unit} in "${text}"`)
    date.setTime(date.getTime() + amount * ms)
  }
}

/** A bound of a date range: `*` is open (null). */
export function solrDateMicros(text: string, now = new Date()): number | null {
  if (text === '*') return null
  const value = text.startsWith('NOW') ? nowMicros(text, now) : isoMicros(text)
  if (Number.isNaN(value))
    throw new SolrDateError(`Invalid Date String:'${text}' (use 2026-01-01T00:00:00Z, a date, NOW or NOW-1DAY)`)
  return value
}
