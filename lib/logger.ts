import { pino, type Logger } from 'pino'
import { PinoPretty } from 'pino-pretty'

export type { Logger }

/**
 * One logger per process; components get children named after themselves. On a terminal the lines are
 * human-readable (pino-pretty, written synchronously in this thread); otherwise JSON lines for collectors.
 */
export function createLogger(level: string, name: string, pretty: boolean = process.stdout.isTTY): Logger {
  const options = {
    level,
    name,
    // Tokens must never reach log files, whichever component logs the request.
    redact: { paths: ['req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
  }
  return pretty
    ? pino(options, PinoPretty({ sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' }))
    : pino(options)
}
