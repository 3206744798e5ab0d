/**
 * Opening a database: the one place that decides which engine runs. Everything above this layer
 * speaks Kysely and nothing else.
 *
 * A third engine is a driver file beside `sqlite.ts` and `postgres.ts`, an entry in `ENGINES`
 * below (which `config.ts` also asks whether a DATABASE_URL is valid), and its column types in
 * `dialect.ts`, which the compiler then asks for.
 */
import { PostgresAdapter, SqliteAdapter, type Kysely } from 'kysely'
import { openPostgres } from './postgres.js'
import type { Database } from './schema.js'
import { openSqlite } from './sqlite.js'

export type Engine = 'sqlite' | 'postgres'

/** PostgreSQL's pool; SQLite has one connection and no timeouts of this kind. */
export interface DatabaseOptions {
  /** Connections this process may open. */
  poolSize: number
  /** How long to wait for a connection, new or from the pool, before failing. */
  connectTimeoutMs: number
  /** How long one statement may run before the server cancels it. */
  statementTimeoutMs: number
}

/** Under the 2 s in which a client should hear that the database is gone. */
export const DATABASE_DEFAULTS: DatabaseOptions = { poolSize: 10, connectTimeoutMs: 1500, statementTimeoutMs: 1000 }

export interface DatabaseHandle {
  db: Kysely<Database>
  /** Resolves when the database answers a trivial query; rejects when it does not. */
  ping(): Promise<void>
  /**
   * Whether an error means the database cannot be reached or cannot take the work right now (so
   * the client should retry later), as opposed to a bug.
   */
  isUnavailable(error: unknown): boolean
  /**
   * Brings the schema up to date; the names of the migrations applied. On PostgreSQL this runs on
   * a connection of its own without the request timeouts: it may wait for another process's
   * migration lock, or build an index on a big table.
   */
  migrate(): Promise<string[]>
  /** Where failures outside any request go, such as an idle connection the server dropped. */
  onBackgroundError(listener: (error: Error) => void): void
  /** PostgreSQL's connection pool, watched by the metrics; null on SQLite, which has none. */
  pool: PoolMonitor | null
  close(): Promise<void>
}

export interface PoolMonitor {
  /** Connections open and idle, requests waiting for one, and the most the pool opens. */
  stats(): { open: number; idle: number; waiting: number; max: number }
  /** `listener` hears how long each checkout waited for its connection, in seconds. */
  onCheckout(listener: (waitSeconds: number) => void): void
}

interface EngineEntry {
  /** Whether a `DATABASE_URL` names a database of this engine. */
  accepts(url: string): boolean
  adapter: abstract new () => unknown
  open(url: string, options: DatabaseOptions): DatabaseHandle
}

const ENGINES: Record<Engine, EngineEntry> = {
  // `sqlite:<path>`, or `sqlite::memory:`.
  sqlite: {
    accepts: (url) => url.startsWith('sqlite:') && url.length > 'sqlite:'.length,
    adapter: SqliteAdapter,
    open: (url) => openSqlite(url.slice('sqlite:'.length)),
  },
  postgres: {
    accepts: (url) => /^postgres(ql)?:\/\/./.test(url) && URL.canParse(url),
    adapter: PostgresAdapter,
    open: openPostgres,
  },
}

/** What a `DATABASE_URL` may be, for the message when it is none of them. */
export const DATABASE_URLS = 'sqlite:<path>, for example sqlite:./data/app.db, or postgres://user@host:5432/database'

/** Whether `url` names a database of an engine Inkwell runs on. */
export function isDatabaseUrl(url: string): boolean {
  return Object.values(ENGINES).some((engine) => engine.accepts(url))
}

/**
 * Opens the database named by a `DATABASE_URL`. SQLite is one embedded file (the options do not
 * apply); PostgreSQL is a connection pool, sized and timed by `options`.
 *
 * @example
 *   const { db, close } = createDatabase('sqlite:./data/app.db')
 *   const shared = createDatabase('postgres://inkwell@db.internal/inkwell', config.database)
 */
export function createDatabase(url: string, options: DatabaseOptions = DATABASE_DEFAULTS): DatabaseHandle {
  for (const engine of Object.values(ENGINES)) {
    if (engine.accepts(url)) return engine.open(url, options)
  }
  throw new Error(`Unsupported DATABASE_URL: ${url}`)
}

/**
 * The engine behind a Kysely instance, for the few things that differ (migrations' column types,
 * where Kysely keeps its migration tables). An engine not listed is an error, never a guess.
 */
export function engineOf(db: Kysely<any>): Engine {
  const adapter = db.getExecutor().adapter
  for (const [name, engine] of Object.entries(ENGINES) as [Engine, (typeof ENGINES)[Engine]][]) {
    if (adapter instanceof engine.adapter) return name
  }
  throw new Error(`No engine of Inkwell's uses the Kysely adapter ${adapter.constructor.name}`)
}
