import { parse } from 'csv-parse/sync'
import { readFile } from 'node:fs/promises'
import type { Transaction } from 'kysely'
import type { DB } from '../../../lib/db/database.js'
import { assertMunicipalityCode, LEAD_MUNICIPALITY_CODE } from '../../../lib/municipality-code.js'
import { projectPath } from '../../../lib/paths.js'
import { parseJapaneseDate } from './japanese-dates.js'
import { parseAgreement, type ParsedAgreement, type ParsedArea, type ParsedField } from './parse-agreement.js'

export const AGREEMENT_ID = 'minamisorachi-2020'
export const AGREEMENT_SOURCE_FILE = 'agreement-2020-10-09.txt'
const MUNICIPALITIES_FILE = 'municipalities.csv'

/** Stable ids for the three policy fields, matching the subgraphs that serve them. */
const FIELD_IDS: Record<string, string> = { 防災: 'disaster', 地域公共交通: 'transit', ICTインフラ: 'ict' }

interface MunicipalityCsvRow {
  code: string
  name: string
  name_kana: string
  name_en: string
  type: string
  district: string
  office_address: string
  office_lat_approx: string
  office_lon_approx: string
  population_2020_approx: string
  mayor_at_signing: string
}

export async function readAgreementSource(): Promise<ParsedAgreement> {
  return parseAgreement(await readFile(projectPath('sql', 'seed', AGREEMENT_SOURCE_FILE), 'utf8'))
}

type CodeOf = (municipalityName: string) => string

/** Loads the nine municipalities and the agreement as signed (version 1). Runs once, as the migrating role. */
export async function loadAgreement(trx: Transaction<DB>): Promise<void> {
  const municipalities = await readMunicipalities()
  const codeByName = new Map(municipalities.map((m) => [m.name, m.code]))
  const codeOf: CodeOf = (name) => {
    const code = codeByName.get(name)
    if (!code) throw new Error(`${AGREEMENT_SOURCE_FILE}: ${name} is not in ${MUNICIPALITIES_FILE}`)
    return code
  }
  const parsed = await readAgreementSource()

  await trx.insertInto('agreement.municipality').values(municipalities).execute()
  await insertAgreementText(trx, parsed)
  await insertParties(trx, parsed, codeOf)
  await trx
    .insertInto('agreement.policyArea')
    .values(parsed.areas.map((a) => ({ agreementId: AGREEMENT_ID, number: a.number, title: a.title })))
    .execute()
  for (const area of parsed.areas) {
    for (const field of area.fields) await loadPolicyField(trx, area, field, codeOf)
  }
}

/** The agreement row, then its articles and their paragraphs, as the source text has them. */
async function insertAgreementText(trx: Transaction<DB>, parsed: ParsedAgreement): Promise<void> {
  await trx
    .insertInto('agreement.agreement')
    .values({
      id: AGREEMENT_ID,
      title: parsed.title,
      signedOn: parsed.signedOn,
      status: 'IN_FORCE',
      version: 1,
      effectiveFrom: parsed.signedOn,
      basisTitle: parsed.basis.title,
      basisIssuer: parsed.basis.issuer,
      basisIssuedOn: parsed.basis.issuedOn,
      basisReference: parsed.basis.reference,
      preamble: parsed.preamble,
      attestation: parsed.attestation,
      sourceFile: AGREEMENT_SOURCE_FILE,
    })
    .execute()
  await trx
    .insertInto('agreement.article')
    .values(parsed.articles.map((a) => ({ agreementId: AGREEMENT_ID, number: a.number, heading: a.heading })))
    .execute()
  await trx
    .insertInto('agreement.paragraph')
    .values(
      parsed.articles.flatMap((a) =>
        a.paragraphs.map((p) => ({
          agreementId: AGREEMENT_ID,
          articleNumber: a.number,
          number: p.number,
          text: p.text,
          items: p.items,
        })),
      ),
    )
    .execute()
}

/** The signatories, in the order they signed. */
async function insertParties(trx: Transaction<DB>, parsed: ParsedAgreement, codeOf: CodeOf): Promise<void> {
  await trx
    .insertInto('agreement.party')
    .values(
      parsed.parties.map((p) => ({
        agreementId: AGREEMENT_ID,
        municipalityCode: codeOf(p.municipalityName),
        position: p.position,
        signatoryTitle: p.signatoryTitle,
        signatoryName: p.signatoryName,
        addressAsWritten: p.addressAsWritten,
      })),
    )
    .execute()
}

/** One policy field: the field itself (its lead checked), its initiatives, each town's role, related agreements. */
async function loadPolicyField(trx: Transaction<DB>, area: ParsedArea, field: ParsedField, codeOf: CodeOf) {
  const fieldId = FIELD_IDS[field.name]
  if (!fieldId) throw new Error(`${AGREEMENT_SOURCE_FILE}: unknown policy field ${field.name}`)
  const leadGroup = field.roles.find((group) => group.municipalityNames.length === 1)
  const leadCode = codeOf(leadGroup?.municipalityNames[0] ?? '')
  if (leadCode !== LEAD_MUNICIPALITY_CODE)
    throw new Error(`${AGREEMENT_SOURCE_FILE}: unexpected lead for ${field.name}`)
  await trx
    .insertInto('agreement.policyField')
    .values({
      id: fieldId,
      agreementId: AGREEMENT_ID,
      areaNumber: area.number,
      number: field.number,
      name: field.name,
      theme: field.theme,
      direction: field.direction,
      notes: field.notes,
      leadMunicipalityCode: leadCode,
    })
    .execute()
  await trx
    .insertInto('agreement.initiative')
    .values(
      field.initiatives.map((text, i) => ({
        agreementId: AGREEMENT_ID,
        id: `${fieldId}-${i + 1}`,
        fieldId,
        number: i + 1,
        text,
      })),
    )
    .execute()
  await insertFieldRoles(trx, { fieldId, field, codeOf, leadCode })
  await loadRelatedAgreements(trx, fieldId, field.notes)
}

/** Each town's duties in a field (the lead marked). */
async function insertFieldRoles(
  trx: Transaction<DB>,
  { fieldId, field, codeOf, leadCode }: { fieldId: string; field: ParsedField; codeOf: CodeOf; leadCode: string },
): Promise<void> {
  await trx
    .insertInto('agreement.fieldRole')
    .values(
      field.roles.flatMap((group) =>
        group.municipalityNames.map((name) => ({
          agreementId: AGREEMENT_ID,
          fieldId,
          municipalityCode: codeOf(name),
          isLead: codeOf(name) === leadCode,
          duties: group.duties,
        })),
      ),
    )
    .execute()
}

/** The 備考 names the agreement that governs the response once a disaster strikes. */
async function loadRelatedAgreements(trx: Transaction<DB>, fieldId: string, notes: string | null): Promise<void> {
  for (const match of (notes ?? '').matchAll(/「([^」]+協定)」[（(]([^）)]+)[）)]/g)) {
    const [, title = '', dateText = ''] = match
    await trx
      .insertInto('agreement.relatedAgreement')
      .values({
        id: `related-${fieldId}-${parseJapaneseDate(dateText)}`,
        agreementId: AGREEMENT_ID,
        fieldId,
        title,
        signedOn: parseJapaneseDate(dateText),
        relation: notes ?? '',
      })
      .execute()
  }
}

/** The nine parties of the seed (sql/seed/municipalities.csv), as agreement.municipality rows. */
export async function readMunicipalities() {
  const text = await readFile(projectPath('sql', 'seed', MUNICIPALITIES_FILE), 'utf8')
  const rows: MunicipalityCsvRow[] = parse(text, { columns: true, skip_empty_lines: true })
  return rows.map((row, index) => ({
    code: assertMunicipalityCode(row.code, `${MUNICIPALITIES_FILE}:${index + 2}:code`),
    name: row.name,
    nameKana: row.name_kana,
    nameEn: row.name_en,
    kind: row.type === '市' ? 'CITY' : row.type === '町' ? 'TOWN' : 'VILLAGE',
    district: row.district || null,
    officeAddress: row.office_address,
    officeLatitude: Number(row.office_lat_approx),
    officeLongitude: Number(row.office_lon_approx),
    population: Number(row.population_2020_approx),
    populationYear: 2020,
    populationSource: '令和2年国勢調査に基づく概数 (approximate; sample value from reference/municipalities.csv)',
    mayorAtSigning: row.mayor_at_signing,
  }))
}
