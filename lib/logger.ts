import { pino, type Logger } from 'pino'

export type { Logger }

/** One JSON-lines logger per process; components get children named after themselves. */
export function createLogger(level: string, name: string): Logger {
  return pino({
    level,
    name,
    // Tokens must never reach log files, whichever component logs the request.
    redact: { paths: ['req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
  })
}
