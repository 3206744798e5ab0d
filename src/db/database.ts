/**
 * Opening a database: the one place that decides which engine runs. Everything above this layer
 * speaks Kysely and nothing else.
 *
 * A third engine is a driver file beside `sqlite.ts` and `postgres.ts`, an entry in `ENGINES`
 * below, and its column types in `migrations/dialect.ts`, which the compiler then asks for.
 */
import { PostgresAdapter, SqliteAdapter, type Kysely } from 'kysely'
import { DATABASE_DEFAULTS, type DatabaseOptions } from '../config.js'
import { openPostgres } from './postgres.js'
import type { Database } from './schema.js'
import { openSqlite } from './sqlite.js'

export type Engine = 'sqlite' | 'postgres'

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
  close(): Promise<void>
}

const ENGINES: Record<Engine, { url: RegExp; adapter: abstract new () => unknown; open(url: string, options: DatabaseOptions): DatabaseHandle }> = {
  sqlite: { url: /^sqlite:/, adapter: SqliteAdapter, open: (url) => openSqlite(url.slice('sqlite:'.length)) },
  postgres: { url: /^postgres(ql)?:\/\//, adapter: PostgresAdapter, open: openPostgres },
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
    if (engine.url.test(url)) return engine.open(url, options)
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
