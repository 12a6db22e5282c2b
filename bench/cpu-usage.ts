import { readdir, readFile } from 'node:fs/promises'

/** Linux clock ticks per second (`getconf CLK_TCK`): 100 on every mainstream kernel build. */
const CLOCK_TICKS = 100

async function statOf(
  pid: number,
): Promise<{ ppid: number; cpuSeconds: number; reapedChildrenCpuSeconds: number } | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined)
  if (!stat) return undefined
  // Fields after the parenthesised command name (which may contain spaces): state ppid … utime(14)
  // stime(15) cutime(16) cstime(17), the last two being the CPU time of children already reaped.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return {
    ppid: Number(fields[1]),
    cpuSeconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS,
    reapedChildrenCpuSeconds: (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS,
  }
}

/** CPU time (user + system) the processes have used so far, in seconds. */
export async function cpuSecondsOf(pids: readonly number[]): Promise<number> {
  const stats = await Promise.all(pids.map(statOf))
  return stats.reduce((sum, stat) => sum + (stat?.cpuSeconds ?? 0), 0)
}

/**
 * CPU time of a whole PostgreSQL server so far: the postmaster (first line of postmaster.pid), its
 * live children (a backend per pooled connection, background workers) and the children it has
 * already reaped (pools close idle connections; their time moves into the postmaster's cutime), so
 * two readings subtract correctly even when backends come and go in between.
 */
export async function postgresCpuSeconds(dataDir: string): Promise<number> {
  const postmaster = Number((await readFile(`${dataDir}/postmaster.pid`, 'utf8')).split('\n')[0])
  const own = await statOf(postmaster)
  let live = 0
  for (const entry of await readdir('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    const stat = await statOf(pid)
    if (stat?.ppid === postmaster) live += stat.cpuSeconds
  }
  return (own?.cpuSeconds ?? 0) + (own?.reapedChildrenCpuSeconds ?? 0) + live
}
