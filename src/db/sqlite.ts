/** SQLite through better-sqlite3: one embedded file, one connection, compiled statements kept. */
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect, sql, type SqliteDatabase } from 'kysely'
import type { DatabaseHandle } from './database.js'
import { errorCode } from './errors.js'
import { migrateToLatest } from './migrate.js'
import { runDirectly } from './prepared.js'
import type { Database } from './schema.js'

/** Opens (creating it and its folder if need be) the SQLite file at `path`, or `:memory:`. */
export function openSqlite(path: string): DatabaseHandle {
  const inMemory = path === ':memory:'
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true })

  const connection = new SQLite(inMemory ? ':memory:' : path)
  // WAL lets readers run beside the writer; synchronous=FULL makes every acknowledged commit
  // survive a power cut, not just a process crash; the busy timeout turns a second process's
  // lock into a short wait instead of an immediate SQLITE_BUSY error.
  connection.pragma('journal_mode = WAL')
  connection.pragma('synchronous = FULL')
  connection.pragma('foreign_keys = ON')
  connection.pragma('busy_timeout = 5000')

  const statements = withStatementCache(connection)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: statements }) })
  const reads = cachedBySql((text) => rowReader(connection.prepare(text)))
  // While a transaction is open, what it wrote is visible on the one connection before it commits
  // and may yet be rolled back: a query from outside it then waits its turn in Kysely's queue.
  // Otherwise a statement runs whole before anything else can, so running it here changes nothing
  // that any query sees.
  runDirectly(db, (text, parameters) => {
    if (connection.inTransaction) return undefined
    const read = reads(text)
    return read === null ? undefined : { rows: read(parameters) }
  })
  return {
    db,
    ping: async () => {
      await sql`select 1`.execute(db)
    },
    isUnavailable: isSqliteUnavailable,
    migrate: () => migrateToLatest(db),
    onBackgroundError: () => {},
    pool: null,
    close: () => db.destroy(),
  }
}

/**
 * Locked past the busy timeout by another process, or the disk failing or full: retrying later
 * can succeed, and the request changed nothing.
 */
function isSqliteUnavailable(error: unknown): boolean {
  const code = errorCode(error)
  return code !== undefined && /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|PROTOCOL)/.test(code)
}

/** More distinct statements than the app has queries; the cap only guards against a leak. */
const MAX_CACHED_STATEMENTS = 1000

/**
 * Kysely prepares every query afresh, and better-sqlite3 compiles the SQL on each prepare: about
 * a tenth of a simple read's CPU time in the benchmark (BENCHMARKS.md). The app sends the same
 * few SQL strings over and over, so each is compiled once. Sharing a statement is safe because
 * Kysely runs one query at a time on its one connection.
 */
function withStatementCache(connection: SQLite.Database): SqliteDatabase {
  return { prepare: cachedBySql((sql) => connection.prepare(sql)), close: () => connection.close() }
}

/** `make(sql)`, made once per SQL string. */
function cachedBySql<T>(make: (sql: string) => T): (sql: string) => T {
  const made = new Map<string, T>()
  return (sql) => {
    let value = made.get(sql)
    if (value === undefined) {
      if (made.size >= MAX_CACHED_STATEMENTS) made.clear()
      value = make(sql)
      made.set(sql, value)
    }
    return value
  }
}

/**
 * Runs a statement that returns rows and answers them as objects, or null for one that does not
 * (a write without RETURNING, which takes Kysely's way).
 *
 * better-sqlite3 builds each row object a column at a time through V8's API, a property added
 * by the runtime for each column (about 1,000 instructions a column, a tenth of a post by id's;
 * issue 14). Asked for the row as an array instead, it sets elements, which is cheap, and one
 * object literal per statement, compiled once, turns each array into an object whose shape V8
 * knows from the start: the same keys in the same order, so nothing downstream changes.
 */
function rowReader(statement: SQLite.Statement): ((parameters: readonly unknown[]) => unknown[]) | null {
  if (!statement.reader) return null
  const names = statement.columns().map((column) => column.name)
  // Read once: prepared queries name their columns (src/db/prepared.ts), so a migration that
  // another process runs cannot move them under a statement that is kept.
  // Keys are JSON string literals, so no column name can be read as code. A repeated name keeps
  // its last value, and `__proto__` sets the prototype only to an object, exactly as setting the
  // columns one by one does.
  const toObject = new Function('row', `return { ${names.map((name, i) => `${JSON.stringify(name)}: row[${i}]`).join(', ')} }`) as (
    row: unknown[],
  ) => unknown
  statement.raw(true)
  return (parameters) => (statement.all(parameters) as unknown[][]).map(toObject)
}
