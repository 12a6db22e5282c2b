import { channel } from 'node:diagnostics_channel'

/**
 * Where a feed import's time goes: the import marks the end of each of its phases on this diagnostics channel
 * (bench/gtfs-import-split.ts subscribes and reads the process's and PostgreSQL's CPU at each mark). With no
 * subscriber a mark costs one property read.
 */
export const importPhaseChannel = channel('minamisorachi:gtfs-import-phase')

export interface ImportPhaseMark {
  /** The phase that has just ended, e.g. `stop_times.txt: read, validated, COPYed`. */
  phase: string
}

export function markImportPhase(phase: string): void {
  if (importPhaseChannel.hasSubscribers) importPhaseChannel.publish({ phase } satisfies ImportPhaseMark)
}
