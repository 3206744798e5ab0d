import { existsSync } from 'node:fs'
import { pino } from 'pino'
import { ConfigError } from '../config.js'

/**
 * Process-level failures, as JSON lines on stderr: a process that cannot start, or one that dies,
 * must be as machine-readable as its request log, and with a hint where the cause is a common
 * one. Synchronous, because the process exits right after.
 */
export const processLog = pino(
  { timestamp: pino.stdTimeFunctions.isoTime, base: { pid: process.pid } },
  pino.destination({ fd: 2, sync: true }),
)

/** A `.env` in the working directory fills in what the real environment leaves unset. */
export function loadEnvFile(path = '.env'): void {
  // process.loadEnvFile never overrides a variable that is already set, so the real environment wins.
  if (existsSync(path)) process.loadEnvFile(path)
}

const DATABASE_UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'])

/** What failed, in one line an operator can act on, for the common causes of a failed start. */
export function describeFailure(error: unknown): { msg: string; hint?: string; problems?: string[] } {
  if (error instanceof ConfigError) return { msg: 'Invalid configuration', problems: error.problems }
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'EADDRINUSE') {
    return { msg: message, hint: 'Another process already listens on that port: stop it, or set PORT to a free port.' }
  }
  if ((code !== undefined && DATABASE_UNREACHABLE.has(code)) || /^(timeout exceeded when trying to connect|Connection terminated)/.test(message)) {
    return { msg: `The database cannot be reached: ${message}`, hint: 'Check DATABASE_URL\'s host and port, and that the database server is running.' }
  }
  if (code === '3D000') return { msg: message, hint: 'The database named in DATABASE_URL does not exist on that server: create it, or fix the name.' }
  if (code === '28P01' || code === '28000') return { msg: message, hint: 'The database refused the user or password in DATABASE_URL.' }
  return { msg: message }
}

/** Logs `error` as the reason the process stops. */
export function logFatal(error: unknown, context: Record<string, unknown> = {}): void {
  const { msg, ...fields } = describeFailure(error)
  processLog.fatal({ ...context, ...fields, ...(!(error instanceof ConfigError) && { err: error }) }, msg)
}

/**
 * Runs a command (the server, migrate, seed, admin): reads `.env` first; any failure is logged as
 * one JSON line and makes the process exit 1.
 */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    loadEnvFile()
    await task()
  } catch (error) {
    logFatal(error)
    process.exitCode = 1
  }
}
