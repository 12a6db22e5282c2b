import { parseJapaneseDate } from './japanese-dates.js'

/**
 * Parses the agreement's text (`sql/seed/agreement-2020-10-09.txt`, extracted from the signed PDF)
 * into structured records. Every string that reaches the database is taken from that text, so the
 * API serves the agreement verbatim; the parser fails loudly if the text does not have the shape it
 * expects rather than guessing.
 */

export interface ParsedParagraph {
  number: number
  text: string
  items: string[]
}
export interface ParsedArticle {
  number: number
  heading: string
  paragraphs: ParsedParagraph[]
}
export interface ParsedParty {
  position: number
  municipalityName: string
  addressAsWritten: string
  signatoryTitle: string
  signatoryName: string
}
export interface ParsedRoleGroup {
  municipalityNames: string[]
  duties: string[]
}
export interface ParsedField {
  number: number
  name: string
  theme: string
  direction: string
  initiatives: string[]
  roles: ParsedRoleGroup[]
  notes: string | null
}
export interface ParsedArea {
  number: number
  title: string
  fields: ParsedField[]
}
export interface ParsedBasis {
  issuer: string
  title: string
  issuedOn: string
  reference: string
}
export interface ParsedAgreement {
  title: string
  signedOn: string
  preamble: string
  attestation: string
  basis: ParsedBasis
  articles: ParsedArticle[]
  parties: ParsedParty[]
  areas: ParsedArea[]
}

/** Whitespace inside names and addresses is an artefact of the PDF's text extraction. */
const removeSpaces = (text: string) => text.replace(/\s+/g, '')
const stripTags = (html: string) => html.replace(/<[^>]*>/g, ' ')

/**
 * In the 別表, '・' is both the list bullet and the ordinary 中黒 inside phrases ("連絡・調整"), and
 * the PDF extraction kept no list markup for two of the three fields. A 中黒 inside brackets or
 * inside one of these phrases of the agreement is text, not a bullet. Tests check that the result
 * has the 4 + 3 + 3 取組内容 lines and that every line appears verbatim in the source.
 */
const PHRASES_WITH_NAKAGURO = [
  '防災教育・防災訓練',
  '防災関係機関・団体',
  '連絡・周知・広報',
  '連絡・調整',
  '調査・研究',
  '意見・各種情報',
  '民間事業者・関係機関',
]
const PLACEHOLDER = '\u{E000}'

function bulletItems(html: string): string[] {
  let text = stripTags(html)
  for (const phrase of PHRASES_WITH_NAKAGURO) text = text.replaceAll(phrase, phrase.replaceAll('・', PLACEHOLDER))
  text = text.replace(/（[^）]*）/g, (bracketed) => bracketed.replaceAll('・', PLACEHOLDER))
  return text
    .split('・')
    .map((item) => item.replaceAll(PLACEHOLDER, '・').trim())
    .filter((item) => item.length > 0)
}

export function parseAgreement(source: string): ParsedAgreement {
  const lines = source
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  const scheduleStart = lines.findIndex((line) => line.startsWith('別表'))
  const attestationIndex = lines.findIndex((line) => line.startsWith('この協定の締結を証するため'))
  if (scheduleStart < 0 || attestationIndex < 0) throw new Error('agreement text: 別表 or attestation not found')

  const title = required(lines[0], 'title')
  const signedOn = parseJapaneseDate(required(lines[1], 'signing date'))
  const preamble = required(
    lines.find((line) => line.includes('次のとおり協定を締結する')),
    'preamble',
  )
  const articles = parseArticles(lines.slice(0, attestationIndex))
  const attestation = required(lines[attestationIndex], 'attestation')
  // The signature blocks follow the date line under the attestation.
  const parties = parseParties(lines.slice(attestationIndex + 2, scheduleStart))
  const areas = parseSchedule(lines.slice(scheduleStart + 1))

  const firstArticle = articles[0]?.paragraphs[0]?.text ?? ''
  const basisMatch = /(北海道)が定める(.+?)[（(]((?:令和|平成)\d+年\d+月\d+日)(.+?)[）)]/.exec(firstArticle)
  if (!basisMatch) throw new Error('agreement text: 第1条 does not name its basis (要綱)')
  const [, issuer = '', basisTitle = '', issuedOnText = '', number = ''] = basisMatch
  const basis = {
    issuer,
    title: basisTitle,
    issuedOn: parseJapaneseDate(issuedOnText),
    reference: `${issuedOnText}${number}`,
  }

  return { title, signedOn, preamble, attestation, basis, articles, parties, areas }
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new Error(`agreement text: ${what} not found`)
  return value
}

function parseArticles(lines: string[]): ParsedArticle[] {
  const articles: ParsedArticle[] = []
  let pendingHeading: string | null = null
  for (const line of lines) {
    const heading = /^[（(](.+)[）)]$/.exec(line)
    const articleStart = /^第(\d+)条\s+(.+)$/.exec(line)
    const paragraph = /^(\d+)\s+(.+)$/.exec(line)
    const item = /^-\s*[（(](\d+)[）)]\s*(.+)$/.exec(line)
    const current = articles.at(-1)
    if (heading?.[1]) {
      pendingHeading = heading[1]
    } else if (articleStart?.[1] && articleStart[2]) {
      if (pendingHeading === null) throw new Error(`agreement text: 第${articleStart[1]}条 has no heading`)
      articles.push({
        number: Number(articleStart[1]),
        heading: pendingHeading,
        paragraphs: [{ number: 1, text: articleStart[2], items: [] }],
      })
      pendingHeading = null
    } else if (current && paragraph?.[1] && paragraph[2]) {
      current.paragraphs.push({ number: Number(paragraph[1]), text: paragraph[2], items: [] })
    } else if (current && item?.[2]) {
      current.paragraphs.at(-1)?.items.push(item[2])
    }
  }
  articles.forEach((article, index) => {
    if (article.number !== index + 1)
      throw new Error(`agreement text: expected 第${index + 1}条, found 第${article.number}条`)
  })
  return articles
}

function parseParties(lines: string[]): ParsedParty[] {
  if (lines.length % 3 !== 0)
    throw new Error('agreement text: signature blocks are not address / name / signatory triples')
  const parties: ParsedParty[] = []
  for (let i = 0; i < lines.length; i += 3) {
    const [address = '', name = '', signatory = ''] = lines.slice(i, i + 3)
    const signatoryMatch = /^(\S+?[市町村]長)\s+(.+)$/.exec(signatory)
    if (!signatoryMatch?.[1] || !signatoryMatch[2] || !signatoryMatch[1].startsWith(name)) {
      throw new Error(`agreement text: cannot read the signatory of ${name}: ${JSON.stringify(signatory)}`)
    }
    parties.push({
      position: parties.length + 1,
      municipalityName: name,
      addressAsWritten: removeSpaces(address),
      signatoryTitle: signatoryMatch[1],
      signatoryName: removeSpaces(signatoryMatch[2]),
    })
  }
  return parties
}

function parseSchedule(lines: string[]): ParsedArea[] {
  const areas: ParsedArea[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const area = /^(\d)\s+(.+に係る政策分野)$/.exec(line)
    const field = /^[（(](\d)[）)]\s*(.+)$/.exec(line)
    const row = /^(取組の方向性|取組内容|連携市町の役割|備考)\t(.+)$/.exec(line)
    const currentField = areas.at(-1)?.fields.at(-1)
    if (area?.[1] && area[2]) {
      areas.push({ number: Number(area[1]), title: area[2], fields: [] })
    } else if (field?.[1] && field[2]) {
      const currentArea = areas.at(-1)
      if (!currentArea) throw new Error(`agreement text: policy field ${field[2]} outside a policy area`)
      currentArea.fields.push({
        number: Number(field[1]),
        name: field[2].trim(),
        theme: required(lines[++i], `theme of ${field[2]}`),
        direction: '',
        initiatives: [],
        roles: [],
        notes: null,
      })
    } else if (currentField && row?.[1] && row[2]) {
      const [, label, content] = row
      if (label === '取組の方向性') currentField.direction = content.trim()
      if (label === '取組内容') currentField.initiatives = bulletItems(content)
      if (label === '連携市町の役割') currentField.roles = parseRoles(content)
      if (label === '備考') currentField.notes = content.trim()
    }
  }
  return areas
}

/** `<p>【岩見沢市】</p> <ul>・…・…</ul> <p>【夕張市、美唄市、…】</p> <ul>・…</ul>` */
function parseRoles(html: string): ParsedRoleGroup[] {
  const groups = [...stripTags(html).matchAll(/【([^】]+)】([^【]*)/g)]
  return groups.map(([, members = '', duties = '']) => ({
    municipalityNames: members.split('、').map((name) => name.trim()),
    duties: bulletItems(duties),
  }))
}
