import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { once } from 'node:events'
import { markImportPhase } from './import-phases.js'

/**
 * Streams rows into a table with COPY FROM STDIN (CSV): the fastest way into PostgreSQL, with
 * memory bounded by the stream buffers however many rows come. Runs on the caller's connection,
 * inside its transaction.
 *
 * PostgreSQL refuses COPY FROM into a table under row-level security, so rows are COPYed into a
 * temporary table of the same shape (dropped at commit) and moved with one INSERT … SELECT, where
 * the policies check them as they would any insert — except stop_times, by far the largest file, which
 * go straight into their version's own table (openPartitionCopy). Table and column names come from code
 * (gtfs-tables.ts), never from a feed.
 */
export interface CopyWriter {
  /**
   * Appends CSV lines written for COPY (gtfs-tables.ts csvText/csvFields), each ending in a newline; resolves when
   * the socket can take more (backpressure).
   */
  writeLines: (lines: string) => Promise<void>
  /** Ends the COPY and moves the rows into the table; `keep: false` ends it without moving them. */
  close: (keep: boolean) => Promise<void>
  /**
   * Abandons the COPY (the import failed or its client went away): the server is told (CopyFail), so
   * the connection leaves COPY mode and the transaction can roll back — a COPY left open would make
   * the ROLLBACK wait behind it for ever.
   */
  abort: (reason: Error) => Promise<void>
}

/** COPY FROM STDIN into `target`; `finish` runs after a kept COPY has ended. */
function copyInto(
  client: pg.PoolClient,
  target: string,
  list: string,
  finish: () => Promise<unknown>,
  options = '',
): CopyWriter {
  const copy = client.query(copyFrom(`COPY ${target} (${list}) FROM STDIN WITH (FORMAT csv${options})`))
  let failure: Error | undefined
  const failed = new Promise<never>((_, reject) =>
    copy.once('error', (error: Error) => {
      failure = error
      reject(error)
    }),
  )
  failed.catch(() => {})
  const writeLines = async (lines: string) => {
    if (lines.length === 0) return
    if (copy.write(lines)) return
    if (failure) throw failure
    // `once` rejects on 'error' and removes both of its listeners either way. Not Promise.race([drain, failed]):
    // every race left a reaction on `failed`, pending for the whole COPY, so each of the thousands of waits of a
    // 5M-row file stayed reachable until the COPY ended.
    await once(copy, 'drain')
  }
  return {
    writeLines,
    close: async (keep) => {
      markImportPhase(`${target}: rows read, validated and sent`)
      copy.end()
      await Promise.race([once(copy, 'finish'), failed])
      markImportPhase(`${target}: COPY ended`)
      if (keep) await finish()
      markImportPhase(`${target}: rows moved / indexed and attached`)
    },
    abort: async (reason) => {
      if (copy.writableFinished || copy.destroyed) return
      const closed = once(copy, 'close').catch(() => {})
      copy.destroy(reason)
      await closed
    },
  }
}

const columnList = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(', ')

export async function openCopy(client: pg.PoolClient, table: string, columns: readonly string[]): Promise<CopyWriter> {
  const list = columnList(columns)
  const stage = `stage_${table.replace(/\W/g, '_')}`
  await client.query(`CREATE TEMP TABLE IF NOT EXISTS ${stage} (LIKE ${table}) ON COMMIT DROP`)
  await client.query(`TRUNCATE ${stage}`)
  return copyInto(client, stage, list, () =>
    client.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM ${stage}`),
  )
}

/**
 * The version's stop_times COPYed straight into a table of their own, which becomes the version's partition of
 * transit.gtfs_stop_time (migration 0124): the database functions check that the version is the caller's and
 * LOADING, build the indexes after the rows are in and attach the table; no INSERT … SELECT of millions of rows.
 * `columns` leave out feed_version_id: the table has the version as its default (migration 0126).
 */
export async function openPartitionCopy(
  client: pg.PoolClient,
  versionId: string,
  columns: readonly string[],
): Promise<CopyWriter> {
  const { rows } = await client.query<{ target: string }>('SELECT transit.begin_stop_time_load($1) AS target', [
    versionId,
  ])
  const target = rows[0]?.target
  if (!target) throw new Error(`no stop_times table for feed version ${versionId}`)
  // FREEZE: the table was created in this transaction, so its rows are written frozen and no later read or vacuum
  // rewrites their pages to set hint bits.
  return copyInto(
    client,
    target,
    columnList(columns),
    () => client.query('SELECT transit.finish_stop_time_load($1)', [versionId]),
    ', FREEZE',
  )
}
