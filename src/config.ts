/**
 * The process's configuration, read from the environment once at start.
 *
 * Every variable is validated up front and every problem is reported in one go, so an operator
 * fixes a bad deployment in one round trip instead of one variable at a time.
 */
import { DATABASE_DEFAULTS, DATABASE_URLS, isDatabaseUrl, type DatabaseOptions } from './db/database.js'

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'

/** Requests allowed per client IP within a window; `null` switches the limit off. */
export interface RateLimit {
  max: number
  windowMs: number
}

export interface Config {
  port: number
  host: string
  /** `sqlite:<path>` (or `sqlite::memory:`), or `postgres://…`. */
  databaseUrl: string
  /** PostgreSQL only: connections per process, and how long a request waits for one or for a query. */
  database: DatabaseOptions
  /** Worker processes sharing the port; 1 serves from the main process. */
  webConcurrency: number
  /** How long in-flight requests may take to finish after SIGTERM or SIGINT. */
  shutdownGraceMs: number
  /** Fastify's `trustProxy`: which hops' X-Forwarded-For to believe for the client IP. */
  trustProxy: boolean | number | string[]
  rateLimits: { all: RateLimit | null; logins: RateLimit | null; signUps: RateLimit | null }
  /** Where rate-limit counters are shared between instances; in memory when unset. */
  redisUrl: string | null
  /** `'*'` for any origin, or the exact origins allowed to call the API from a browser. */
  corsOrigins: '*' | string[]
  /** Where the RealWorld (Conduit) dialect is mounted (its `/api/...` under it), or null for not at all. */
  conduitPrefix: string | null
  /** How long a bearer token lives, in seconds. */
  tokenTtlSeconds: number
  /** The largest request body accepted, in bytes. */
  bodyLimitBytes: number
  /** A request must have arrived in full within this (REQUEST_TIMEOUT), its headers within `headersTimeoutMs`. */
  requestTimeoutMs: number
  headersTimeoutMs: number
  /** How many password hashes may wait for a turn before logins and sign-ups get 503. */
  passwordHashQueue: number
  logLevel: LogLevel
  /** `/metrics`: a bearer token scrapes must send, and a port of its own instead of the API's. */
  metrics: { token: string | null; port: number | null }
  /** Mean event-loop delay past which new requests are refused with 503; null never refuses. */
  maxEventLoopDelayMs: number | null
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
    databaseUrl: read('DATABASE_URL', DEFAULT_DATABASE_URL, parseDatabaseUrl),
    database: {
      poolSize: read('DB_POOL_SIZE', DATABASE_DEFAULTS.poolSize, (raw) => parseCount(raw, 1, 1000)),
      connectTimeoutMs: read('DB_CONNECT_TIMEOUT', DATABASE_DEFAULTS.connectTimeoutMs, (raw) => parseMillis(raw, 10, 60_000)),
      statementTimeoutMs: read('DB_STATEMENT_TIMEOUT', DATABASE_DEFAULTS.statementTimeoutMs, (raw) => parseMillis(raw, 10, 3_600_000)),
    },
    webConcurrency: read('WEB_CONCURRENCY', 1, (raw) => parseCount(raw, 1, 256)),
    shutdownGraceMs: read('SHUTDOWN_GRACE', 10_000, (raw) => parseMillis(raw, 0, 3_600_000)),
    trustProxy: read<Config['trustProxy']>('TRUST_PROXY', false, parseTrustProxy),
    rateLimits: {
      all: read('RATE_LIMIT', { max: 600, windowMs: 60_000 }, parseRateLimit),
      logins: read('RATE_LIMIT_LOGIN', { max: 10, windowMs: 60_000 }, parseRateLimit),
      signUps: read('RATE_LIMIT_SIGNUP', { max: 20, windowMs: 3_600_000 }, parseRateLimit),
    },
    redisUrl: read<string | null>('REDIS_URL', null, (raw) =>
      /^rediss?:\/\/./.test(raw) ? raw : invalid('must be redis://[user:password@]host[:port][/db] or rediss://…'),
    ),
    corsOrigins: read<'*' | string[]>('CORS_ORIGINS', '*', parseOrigins),
    conduitPrefix: read<string | null>('CONDUIT_PREFIX', '/conduit', (raw) =>
      raw === 'off'
        ? null
        : /^(\/[A-Za-z0-9._~-]+)+$/.test(raw) && !/^\/(api|docs|openapi\.json|healthz|readyz|metrics)(\/|$)/.test(raw)
          ? raw
          : invalid('must be a path such as /conduit, not under /api or another of Inkwell\'s own paths, or off'),
    ),
    tokenTtlSeconds: read('TOKEN_TTL', 30 * 24 * 3600, parseDuration),
    bodyLimitBytes: read('BODY_LIMIT', 1024 * 1024, parseBytes),
    requestTimeoutMs: read('REQUEST_TIMEOUT', 30_000, (raw) => parseMillis(raw, 10, 3_600_000)),
    headersTimeoutMs: read('HEADERS_TIMEOUT', 10_000, (raw) => parseMillis(raw, 10, 3_600_000)),
    passwordHashQueue: read('PASSWORD_HASH_QUEUE', 32, (raw) => parseCount(raw, 0, 100_000)),
    logLevel: read<LogLevel>('LOG_LEVEL', 'info', (raw) =>
      (LOG_LEVELS as readonly string[]).includes(raw)
        ? (raw as LogLevel)
        : invalid(`must be one of ${LOG_LEVELS.join(', ')}`),
    ),
    metrics: {
      token: read<string | null>('METRICS_TOKEN', null, (raw) => (raw.length >= 16 ? raw : invalid('must be at least 16 characters'))),
      port: read<number | null>('METRICS_PORT', null, (raw) =>
        /^\d+$/.test(raw) && Number(raw) <= 65535 ? Number(raw) : invalid('must be a port number from 0 to 65535'),
      ),
    },
    maxEventLoopDelayMs: read<number | null>('MAX_EVENT_LOOP_DELAY', 1000, (raw) => (raw === 'off' ? null : parseMillis(raw, 10, 60_000))),
  }

  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

/** A URL of an engine `db/database.ts` knows. */
function parseDatabaseUrl(raw: string): string {
  return isDatabaseUrl(raw) ? raw : invalid(`must be ${DATABASE_URLS}`)
}

function parseCount(raw: string, min: number, max: number): number {
  return /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max
    ? Number(raw)
    : invalid(`must be a whole number from ${min} to ${max}`)
}

const MILLIS_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 }

/** Milliseconds as a bare number, or with a unit: `1500ms`, `2s`, `1m`. */
function parseMillis(raw: string, min: number, max: number): number {
  const match = /^(\d+)\s*(ms|s|m)?$/.exec(raw)
  const ms = match ? Number(match[1]) * MILLIS_UNITS[match[2] ?? 'ms']! : -1
  return ms >= min && ms <= max ? ms : invalid(`must be a duration from ${min}ms to ${max / 1000}s: milliseconds, or a number with ms, s or m (2s)`)
}

/** `N/window` such as `600/1m` or `10/30s`, or `off`. */
function parseRateLimit(raw: string): RateLimit | null {
  if (raw === 'off') return null
  const match = /^(\d+)\s*\/\s*(\d+)\s*([smhd])$/.exec(raw)
  const max = match ? Number(match[1]) : 0
  const windowMs = match ? Number(match[2]) * DURATION_UNITS[match[3]!]! * 1000 : 0
  return max >= 1 && windowMs >= 1000 && windowMs <= 86_400_000
    ? { max, windowMs }
    : invalid('must be requests per window like 600/1m, 10/30s or 20/1h (at most 1d), or off')
}

/**
 * `false` (the default: the peer's address is the client), `true` (believe every hop of
 * X-Forwarded-For), a number of proxy hops in front of the server, or the proxies' addresses and
 * CIDR ranges, comma-separated.
 */
function parseTrustProxy(raw: string): Config['trustProxy'] {
  if (raw === 'false') return false
  if (raw === 'true') return true
  if (/^\d+$/.test(raw)) return Number(raw)
  const entries = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')
  const address = /^(?:[\d.]+|[\da-f:]+)(?:\/\d{1,3})?$/i
  return entries.length > 0 && entries.every((entry) => address.test(entry) || entry === 'loopback' || entry === 'uniquelocal' || entry === 'linklocal')
    ? entries
    : invalid('must be false, true, a number of proxy hops, or comma-separated proxy addresses or CIDR ranges')
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
