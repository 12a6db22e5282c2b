import { runWrite } from '../../../lib/db/write-path.js'
import { badUserInput } from '../../../lib/errors.js'
import type { DisasterContext } from '../context.js'
import type { ShelterModel } from '../shelters/shelters.model.js'
import { parseShelterCsv, type ImportProblem, type ShelterRecord } from './parse-shelter-csv.js'
import { findImportedShelters, insertShelters, retireShelters, updateShelterById } from './shelter-import.repository.js'

const MAX_REPORTED_PROBLEMS = 200

export interface ImportArgs {
  municipalityCode?: string | null
  fileName: string
  contentBase64: string
}

function decodeBase64(content: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content.replace(/\s+/g, ''))) {
    throw badUserInput('contentBase64 is not base64.', { field: 'contentBase64' })
  }
  return Buffer.from(content, 'base64')
}

/** True when the stored row already holds exactly what the file says (so re-imports change nothing). */
function isUnchanged(row: ShelterModel, record: ShelterRecord): boolean {
  return (
    row.retiredAt === null && (Object.keys(record) as (keyof ShelterRecord)[]).every((key) => row[key] === record[key])
  )
}

export function importShelters(ctx: DisasterContext, args: ImportArgs) {
  return runWrite(ctx, async (w) => {
    const owner = w.ownerFor(args.municipalityCode, 'municipalityCode')
    const fileName = args.fileName.trim().slice(0, 200) || 'upload.csv'
    const parsed = parseShelterCsv(decodeBase64(args.contentBase64), owner)
    if (parsed.problems.length > 0 || !parsed.layout) throw problemsError(fileName, parsed.problems)
    const layout = parsed.layout
    const existing = new Map((await findImportedShelters(w.trx, owner)).map((row) => [row.sourceId ?? '', row]))
    const inFile = new Set(parsed.records.map((record) => record.sourceId))
    const added = parsed.records.filter((record) => !existing.has(record.sourceId))
    const changed = parsed.records.filter((record) => {
      const row = existing.get(record.sourceId)
      return row !== undefined && !isUnchanged(row, record)
    })
    const missing = [...existing.values()].filter((row) => row.retiredAt === null && !inFile.has(row.sourceId ?? ''))

    await insertShelters(
      w.trx,
      added.map((record) => ({ ...record, municipalityCode: owner })),
    )
    // Changed rows are few in a re-import; each is one UPDATE inside this one transaction.
    for (const record of changed)
      await updateShelterById(w.trx, existing.get(record.sourceId)?.id ?? '', { ...record, retiredAt: null })
    await retireShelters(
      w.trx,
      missing.map((row) => row.id),
    )

    const result = {
      layout: layout.toUpperCase() as 'V1' | 'V2' | 'GSI',
      encoding: parsed.encoding,
      added: added.length,
      updated: changed.length,
      retired: missing.length,
      unchanged: parsed.records.length - added.length - changed.length,
    }
    await w.changed({
      operation: 'import',
      entity: 'ShelterImport',
      entityId: fileName,
      ownerCode: owner,
      after: { ...result, updatedIds: changed.map((r) => r.sourceId), retiredIds: missing.map((row) => row.sourceId) },
    })
    return result
  })
}

/** Every problem as `file:line:column: reason`; nothing of the file is imported. */
function problemsError(fileName: string, problems: readonly ImportProblem[]) {
  const lines = problems.map((p) => `${fileName}:${p.line}:${p.column}: ${p.reason}`)
  const shown = lines.slice(0, MAX_REPORTED_PROBLEMS).join('\n')
  const more = lines.length > MAX_REPORTED_PROBLEMS ? `\n… and ${lines.length - MAX_REPORTED_PROBLEMS} more` : ''
  return badUserInput(`${fileName}: ${lines.length} problem(s); nothing was imported.\n${shown}${more}`, {
    field: 'contentBase64',
    details: { problems: problems.slice(0, 1000) },
  })
}
