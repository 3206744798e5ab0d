/**
 * The process's configuration, read from the environment once at start.
 *
 * Every variable is validated up front and every problem is reported in one go, so an operator
 * fixes a bad deployment in one round trip instead of one variable at a time.
 */

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'

export interface Config {
  port: number
  host: string
  /** `sqlite:<path>` (or `sqlite::memory:`). */
  databaseUrl: string
  /** `'*'` for any origin, or the exact origins allowed to call the API from a browser. */
  corsOrigins: '*' | string[]
  /** How long a bearer token lives, in seconds. */
  tokenTtlSeconds: number
  /** The largest request body accepted, in bytes. */
  bodyLimitBytes: number
  logLevel: LogLevel
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/app.db'

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

type Env = Record<string, string | undefined>

class InvalidValue extends Error {}

function invalid(message: string): never {
  throw new InvalidValue(message)
}

/**
 * Reads and validates the configuration.
 *
 * @example
 *   const config = loadConfig({ PORT: '8080', CORS_ORIGINS: 'http://localhost:3000' })
 * @throws ConfigError naming every variable that is wrong and what it should look like.
 */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = []
  const read = <T>(name: string, fallback: T, parse: (raw: string) => T): T => {
    const raw = env[name]?.trim()
    if (raw === undefined || raw === '') return fallback
    try {
      return parse(raw)
    } catch (error) {
      if (!(error instanceof InvalidValue)) throw error
      problems.push(`${name}: ${error.message} (got ${JSON.stringify(raw)})`)
      return fallback
    }
  }

  const config: Config = {
    // 0 asks the OS for any free port; the log's "Server listening at" line says which.
    port: read('PORT', 5000, (raw) =>
      /^\d+$/.test(raw) && Number(raw) <= 65535 ? Number(raw) : invalid('must be a port number from 0 to 65535'),
    ),
    host: read('HOST', '127.0.0.1', (raw) => raw),
    databaseUrl: read('DATABASE_URL', DEFAULT_DATABASE_URL, (raw) =>
      raw.startsWith('sqlite:') && raw.length > 'sqlite:'.length
        ? raw
        : invalid('must be sqlite:<path to the database file>, for example sqlite:./data/app.db'),
    ),
    corsOrigins: read<'*' | string[]>('CORS_ORIGINS', '*', parseOrigins),
    tokenTtlSeconds: read('TOKEN_TTL', 30 * 24 * 3600, parseDuration),
    bodyLimitBytes: read('BODY_LIMIT', 1024 * 1024, parseBytes),
    logLevel: read<LogLevel>('LOG_LEVEL', 'info', (raw) =>
      (LOG_LEVELS as readonly string[]).includes(raw)
        ? (raw as LogLevel)
        : invalid(`must be one of ${LOG_LEVELS.join(', ')}`),
    ),
  }

  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

/** `'*'`, or a comma-separated list of exact origins such as `http://localhost:3000`. */
function parseOrigins(raw: string): '*' | string[] {
  if (raw === '*') return '*'
  const origins = raw.split(',').map((o) => o.trim()).filter((o) => o !== '')
  for (const origin of origins) {
    let parsed: URL | undefined
    try {
      parsed = new URL(origin)
    } catch {
      parsed = undefined
    }
    // An origin is scheme://host[:port] with nothing after it; browsers send it in exactly that
    // form, so anything else (a trailing slash, a path) would silently never match.
    if (!parsed || parsed.origin !== origin) {
      invalid(
        `must be * or a comma-separated list of origins like http://localhost:3000; ${JSON.stringify(origin)} is not an origin`,
      )
    }
  }
  return origins.length > 0 ? origins : invalid('must name at least one origin')
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 }

/** A token that outlives a year is a password by another name; rotate instead. */
const MAX_TOKEN_TTL_SECONDS = 365 * 86400

/** Seconds as a bare number, or with a unit: `90s`, `15m`, `12h`, `30d`. */
function parseDuration(raw: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(raw)
  const seconds = match ? Number(match[1]) * DURATION_UNITS[match[2] || 's']! : 0
  return seconds >= 1 && seconds <= MAX_TOKEN_TTL_SECONDS
    ? seconds
    : invalid('must be a duration from 1s to 365d: seconds, or a number with s, m, h or d (30d)')
}

const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2 }

/** Bytes as a bare number, or with a unit: `512kb`, `1mb`. */
function parseBytes(raw: string): number {
  const match = /^(\d+)\s*(b|kb|mb)?$/i.exec(raw)
  const bytes = match ? Number(match[1]) * BYTE_UNITS[(match[2] ?? '').toLowerCase()]! : 0
  return bytes >= 1 && Number.isSafeInteger(bytes)
    ? bytes
    : invalid('must be a positive size in bytes, or a number with kb or mb (1mb)')
}
