import { sql, type Transaction } from 'kysely'
import type { StaffViewer } from '../auth/viewer.js'
import { conflict } from '../errors.js'
import type { WriteStep } from '../idempotency/idempotency-key.js'
import { decodeResult, encodeResult } from '../idempotency/result-codec.js'
import { IDEMPOTENCY_KEY_MAX_LENGTH, IDEMPOTENCY_KEY_RETENTION_HOURS } from '../limits.js'
import type { DB } from './database.js'

/**
 * The stored side of idempotency keys (`app.idempotent_write`, migration 0090), used only by the write path
 * (lib/db/write-path.ts) inside the write's own transaction.
 */

/** What a claim found: the key is new (run the write, then `completeStep`), or the result of the first run. */
export type Claim = { kind: 'claimed'; id: number } | { kind: 'replay'; result: unknown }

/** Purged per claim: enough to keep up with any write rate without making one write slow. */
const PURGE_BATCH = 50
const RETENTION = sql.lit(`${IDEMPOTENCY_KEY_RETENTION_HOURS} hours`)

/**
 * Claims `step` of the caller's key. The unique index serialises concurrent retries: a second transaction
 * with the same key and step waits here until the first commits (then it replays its result) or rolls back
 * (then it claims the key itself). A key older than the retention is taken over as if it were new.
 */
export async function claimStep(trx: Transaction<DB>, actor: StaffViewer, step: WriteStep): Promise<Claim> {
  if (step.key.length > IDEMPOTENCY_KEY_MAX_LENGTH) throw new Error('idempotency key over its limit')
  const caller = { actorMunicipalityCode: actor.municipalityCode, actorSubject: actor.subject }
  await refuseOtherRequest(trx, caller, step)
  const claimed = await trx
    .insertInto('app.idempotentWrite')
    .values({
      ...caller,
      idempotencyKey: step.key,
      step: step.step,
      requestFingerprint: step.requestFingerprint,
      stepFingerprint: step.stepFingerprint,
    })
    .onConflict((oc) =>
      oc
        .constraint('idempotent_write_caller_key_step_key')
        .doUpdateSet((eb) => ({
          requestFingerprint: eb.ref('excluded.requestFingerprint'),
          stepFingerprint: eb.ref('excluded.stepFingerprint'),
          result: null,
          createdAt: sql<Date>`now()`,
        }))
        .where(sql<boolean>`app.idempotent_write.created_at < now() - interval ${RETENTION}`),
    )
    .returning('id')
    .executeTakeFirst()
  if (claimed) {
    await purgeExpired(trx)
    return { kind: 'claimed', id: claimed.id }
  }
  const first = await trx
    .selectFrom('app.idempotentWrite')
    .select(['stepFingerprint', sql<string | null>`result::text`.as('result')])
    .where('actorMunicipalityCode', '=', caller.actorMunicipalityCode)
    .where('actorSubject', '=', caller.actorSubject)
    .where('idempotencyKey', '=', step.key)
    .where('step', '=', step.step)
    .executeTakeFirstOrThrow()
  if (first.stepFingerprint !== step.stepFingerprint || first.result === null) throw reusedKey(step)
  return { kind: 'replay', result: decodeResult(first.result) }
}

/** Stores the write's result with its key, as the last statement before the commit. */
export async function completeStep(trx: Transaction<DB>, id: number, result: unknown): Promise<void> {
  await trx
    .updateTable('app.idempotentWrite')
    .set({ result: sql`${encodeResult(result)}::jsonb` })
    .where('id', '=', id)
    .execute()
}

/** The same key once sent with another request (another document, operation or variables) is refused. */
async function refuseOtherRequest(
  trx: Transaction<DB>,
  caller: { actorMunicipalityCode: string; actorSubject: string },
  step: WriteStep,
): Promise<void> {
  const other = await trx
    .selectFrom('app.idempotentWrite')
    .select('id')
    .where('actorMunicipalityCode', '=', caller.actorMunicipalityCode)
    .where('actorSubject', '=', caller.actorSubject)
    .where('idempotencyKey', '=', step.key)
    .where('requestFingerprint', '<>', step.requestFingerprint)
    .where(sql<boolean>`created_at >= now() - interval ${RETENTION}`)
    .limit(1)
    .executeTakeFirst()
  if (other) throw reusedKey(step)
}

function reusedKey(step: WriteStep) {
  return conflict(
    `Idempotency-Key ${JSON.stringify(step.key)} was already used for a different request; ` +
      'send a new key for a new request, and the same key only to retry the same request.',
    { field: 'Idempotency-Key' },
  )
}

/** Deletes a few of this town's expired keys (row-level security limits the session to them). */
async function purgeExpired(trx: Transaction<DB>): Promise<void> {
  await trx
    .deleteFrom('app.idempotentWrite')
    .where(
      'id',
      'in',
      trx
        .selectFrom('app.idempotentWrite')
        .select('id')
        .where(sql<boolean>`created_at < now() - interval ${RETENTION}`)
        .limit(PURGE_BATCH),
    )
    .execute()
}
