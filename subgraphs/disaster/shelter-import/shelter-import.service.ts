import { groupBy } from '../../../lib/collections.js'
import { runWrite, type Write } from '../../../lib/db/write-path.js'
import { badUserInput } from '../../../lib/errors.js'
import { findServedTowns } from '../../../lib/served-municipalities.js'
import { decodeBase64File } from './base64-file.js'
import { ServedTownNames } from './served-town-names.js'
import { assertMunicipalityCode } from '../../../lib/municipality-code.js'
import type { DisasterContext } from '../context.js'
import type { Designation } from '../shelters/shelter-kinds.js'
import { unusedColumnWarnings } from './column-map.js'
import { planTown } from './import-plan.js'
import type { ImportProblem, ImportWarning } from './import-problems.js'
import { importScope, type ImportScope } from './import-scope.js'
import { SHELTER_IMPORT_LIMITS } from './limits.js'
import { readShelterFile, type ShelterFile } from './parse-shelter-csv.js'
import { readRecords, type ImportedRecord } from './read-records.js'
import { findTownList, insertShelters, retireShelters, updateShelters } from './shelter-import.repository.js'

export interface ImportArgs {
  municipalityCode?: string | null
  designation?: Designation | null
  fileName: string
  contentBase64: string
}

interface TownResult {
  municipality: { code: string }
  added: number
  updated: number
  retired: number
  unchanged: number
}

/**
 * Imports one file (see the SDL): read and split by town before the transaction needs anything, every problem
 * refused at once, then each town written as its own full list with its own audit entry — all in one transaction.
 */
export function importShelters(ctx: DisasterContext, args: ImportArgs) {
  return runWrite(ctx, async (w) => {
    const designation = args.designation ?? 'EMERGENCY_SITE'
    const fileName = args.fileName.trim().slice(0, 200) || 'upload.csv'
    const requested = args.municipalityCode ? assertMunicipalityCode(args.municipalityCode, 'municipalityCode') : null
    if (requested) w.assertOwns(requested)
    const served = new ServedTownNames(await findServedTowns(w.trx))
    const caller = { requested, isAdmin: w.actor.roles.has('admin'), ownTown: w.actor.municipalityCode, towns: served }
    const fallbackTown = requested ?? (caller.isAdmin ? null : caller.ownTown)
    const read = readShelterFile(decodeBase64File(args.contentBase64), { designation, fallbackTown, towns: served })
    if ('problems' in read) throw problemsError(fileName, read.problems)
    const scope = importScope(fileName, read.file.rows, caller)
    const records = readRecords(
      read.file,
      scope.towns.flatMap((town) => town.rows),
    )
    if (records.problems.length > 0) throw problemsError(fileName, records.problems)
    // Grouped once: a prefecture's or the nation's file names hundreds of towns.
    const recordsOf = groupBy(records.records, (record) => record.town.code)
    const towns: TownResult[] = []
    for (const town of scope.towns) {
      const own = recordsOf.get(town.code) ?? []
      towns.push(await importTown(w, { code: town.code, name: town.name, designation, fileName }, own))
    }
    return resultOf(read.file, designation, towns, scope, warningsOf(read.file, scope, records.warnings))
  })
}

/** One town's list replaced by its rows of the file, with one audit entry owned by that town. */
async function importTown(
  w: Write,
  town: { code: string; name: string | null; designation: Designation; fileName: string },
  records: readonly ImportedRecord[],
): Promise<TownResult> {
  w.assertOwns(town.code)
  const stored = await findTownList(w.trx, town.code, town.designation)
  const plan = planTown(records, stored, town.name)
  await insertShelters(
    w.trx,
    plan.added.map((record) => ({ ...record.columns, municipalityCode: town.code, designation: town.designation })),
  )
  await updateShelters(w.trx, plan.changed)
  await retireShelters(
    w.trx,
    plan.retired.map((row) => row.id),
  )
  const counts = {
    added: plan.added.length,
    updated: plan.changed.length,
    retired: plan.retired.length,
    unchanged: plan.unchanged,
  }
  await w.changed({
    operation: 'import',
    entity: 'ShelterImport',
    entityId: town.fileName,
    ownerCode: town.code,
    after: {
      designation: town.designation,
      ...counts,
      updatedIds: plan.changed.map((change) => change.id),
      retiredIds: plan.retired.map((row) => row.id),
    },
  })
  return { municipality: { code: town.code }, ...counts }
}

function warningsOf(file: ShelterFile, scope: ImportScope, rowWarnings: readonly ImportWarning[]): ImportWarning[] {
  const imported = scope.towns.flatMap((town) => town.rows)
  const all = [...unusedColumnWarnings(file.headers, file.map, imported), ...rowWarnings]
  const limit = SHELTER_IMPORT_LIMITS.warnings
  if (all.length <= limit) return all
  return [...all.slice(0, limit - 1), { line: 0, column: 0, message: `… and ${all.length - limit + 1} more warnings` }]
}

function resultOf(
  file: ShelterFile,
  designation: Designation,
  towns: TownResult[],
  scope: ImportScope,
  warnings: ImportWarning[],
) {
  const total = (key: 'added' | 'updated' | 'retired' | 'unchanged') => towns.reduce((sum, town) => sum + town[key], 0)
  return {
    layout: file.layout,
    designation,
    encoding: file.encoding,
    added: total('added'),
    updated: total('updated'),
    retired: total('retired'),
    unchanged: total('unchanged'),
    towns,
    skipped: scope.skipped,
    warnings,
  }
}

/** Every problem as `file:line:column: reason`; nothing of the file is imported. */
function problemsError(fileName: string, problems: readonly ImportProblem[]) {
  const lines = problems.map((p) => `${fileName}:${p.line}:${p.column}: ${p.reason}`)
  const limit = SHELTER_IMPORT_LIMITS.reportedProblems
  const shown = lines.slice(0, limit).join('\n')
  const more = lines.length > limit ? `\n… and ${lines.length - limit} more` : ''
  return badUserInput(`${fileName}: ${lines.length} problem(s); nothing was imported.\n${shown}${more}`, {
    field: 'contentBase64',
    details: { problems: problems.slice(0, 1000) },
  })
}
