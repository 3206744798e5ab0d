/**
 * The database: its tables as Kysely types, and the one place that decides which engine runs.
 *
 * Everything above this layer speaks Kysely and nothing else, so adding an engine means adding
 * a case to `createDatabase` and to the few helpers below, not touching a service.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import SQLite from 'better-sqlite3'
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type ColumnType,
  type Generated,
  type PostgresPool,
  type PostgresPoolClient,
  type SqliteDatabase,
  type Transaction,
} from 'kysely'
import pg from 'pg'
import { migrateToLatest } from './migrate.js'

/**
 * Timestamps are written as ISO-8601 UTC strings. Reads are typed wider because an engine with a
 * native timestamp type hands back a Date; `toIsoTimestamp` turns either into the API's form.
 */
export type Timestamp = ColumnType<string | Date, string, string>

export interface UsersTable {
  id: Generated<number>
  username: string
  email: string
  password_hash: string
  created_at: Timestamp
  /** Increases with every update; see migration 0002. */
  version: Generated<number>
}

export interface PostsTable {
  id: Generated<number>
  author_id: number
  title: string
  body: string
  created_at: Timestamp
  updated_at: Timestamp
  /** Increases with every update; see migration 0002. */
  version: Generated<number>
}

export interface TokensTable {
  id: Generated<number>
  user_id: number
  /** SHA-256 of the token, hex. The token itself is never stored. */
  token_hash: string
  created_at: Timestamp
  expires_at: Timestamp
}

export interface ServerSecretsTable {
  name: string
  value: string
}

export interface Database {
  users: UsersTable
  posts: PostsTable
  tokens: TokensTable
  server_secrets: ServerSecretsTable
}

/** What repositories and services take: the database itself or a transaction on it. */
export type Executor = Kysely<Database> | Transaction<Database>

export type Engine = 'sqlite' | 'postgres'

export interface DatabaseHandle {
  db: Kysely<Database>
  engine: Engine
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

export interface PoolOptions {
  /** Connections this process may open. */
  poolSize: number
  /** How long to wait for a connection, new or from the pool, before failing. */
  connectTimeoutMs: number
  /** How long one statement may run before the server cancels it. */
  statementTimeoutMs: number
}

const DEFAULT_POOL: PoolOptions = { poolSize: 10, connectTimeoutMs: 1500, statementTimeoutMs: 1000 }

/**
 * Opens the database named by a `DATABASE_URL`. SQLite is one embedded file (the pool options do
 * not apply); PostgreSQL is a connection pool, sized and timed by `pool`.
 *
 * @example
 *   const { db, close } = createDatabase('sqlite:./data/app.db')
 *   const shared = createDatabase('postgres://inkwell@db.internal/inkwell', { poolSize: 20, ... })
 */
export function createDatabase(url: string, pool: PoolOptions = DEFAULT_POOL): DatabaseHandle {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length))
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, pool)
  throw new Error(`Unsupported DATABASE_URL: ${url}`)
}

async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db)
}

function openSqlite(path: string): DatabaseHandle {
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

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) })
  return {
    db,
    engine: 'sqlite',
    ping: () => ping(db),
    // Locked past the busy timeout by another process, or the disk failing or full: retrying
    // later can succeed, and the request changed nothing.
    isUnavailable: (error) => {
      const code = errorCode(error)
      return code !== undefined && /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|PROTOCOL)/.test(code)
    },
    migrate: () => migrateToLatest(db),
    onBackgroundError: () => {},
    pool: null,
    close: () => db.destroy(),
  }
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
  const statements = new Map<string, SQLite.Statement>()
  return {
    prepare(sql) {
      let statement = statements.get(sql)
      if (statement === undefined) {
        if (statements.size >= MAX_CACHED_STATEMENTS) statements.clear()
        statement = connection.prepare(sql)
        statements.set(sql, statement)
      }
      return statement
    },
    close: () => connection.close(),
  }
}

function openPostgres(url: string, options: PoolOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize,
    // Waiting for a free connection counts too, so an exhausted pool fails fast instead of
    // queueing requests for ever.
    connectionTimeoutMillis: options.connectTimeoutMs,
    // The server cancels a runaway statement; the client gives up a little later still, for a
    // server that stopped answering altogether (a network partition sends no error). With the
    // defaults a client hears 503 within 1.5 s either way.
    statement_timeout: options.statementTimeoutMs,
    query_timeout: options.statementTimeoutMs + 500,
    idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
    // Notices a peer that vanished without closing the connection, for idle pooled connections.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    application_name: 'inkwell',
  })
  // An idle connection that the server closes (a restart, a failover) is dropped from the pool and
  // reported here; without a listener it would crash the process.
  let report: (error: Error) => void = () => {}
  pool.on('error', (error) => report(error))

  let checkedOut: (waitSeconds: number) => void = () => {}
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: discardingBrokenClients(pool, (waitSeconds) => checkedOut(waitSeconds)) }),
  })
  return {
    db,
    engine: 'postgres',
    ping: () => ping(db),
    isUnavailable: isPostgresUnavailable,
    migrate: async () => {
      const migrator = new Kysely<unknown>({
        dialect: new PostgresDialect({
          pool: new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 10_000, application_name: 'inkwell-migrate' }),
        }),
      })
      try {
        return await migrateToLatest(migrator)
      } finally {
        await migrator.destroy()
      }
    },
    onBackgroundError: (listener) => {
      report = listener
    },
    pool: {
      stats: () => ({ open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: options.poolSize }),
      onCheckout: (listener) => {
        checkedOut = listener
      },
    },
    close: () => db.destroy(),
  }
}

/** Connection failures, and the server saying it is shutting down, overloaded or too slow. */
/**
 * The server overloaded or briefly unable to take writes: a statement cancelled by the timeout, a
 * serialization failure or deadlock, a read-only server during a failover.
 */
const POSTGRES_BUSY_STATES = /^(53...|57014|40001|40P01|25006)$/

/** The connection itself is gone: the server shutting down, crashed, or unreachable. */
const POSTGRES_CONNECTION_STATES = /^(08...|57P0[1-3])$/

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

function isPostgresUnavailable(error: unknown): boolean {
  const code = errorCode(error)
  return isBrokenConnection(error) || (code !== undefined && POSTGRES_BUSY_STATES.test(code))
}

function isBrokenConnection(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = errorCode(error)
  if (code !== undefined && (POSTGRES_CONNECTION_STATES.test(code) || CONNECTION_ERRORS.has(code))) return true
  // node-postgres raises these as plain errors, without a code.
  return /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection refused)/i.test(
    error.message,
  )
}

/**
 * The pool as Kysely sees it, except that a client whose connection failed is destroyed on
 * release instead of going back to the pool. A connection that went silent (a failover, a
 * dropped NAT entry) would otherwise be handed out again and again, each time failing only after
 * the read timeout, and the service would never recover on its own.
 */
function discardingBrokenClients(pool: pg.Pool, checkedOut: (waitSeconds: number) => void): PostgresPool {
  return {
    connect: async () => {
      const asked = performance.now()
      const client = await pool.connect()
      checkedOut((performance.now() - asked) / 1000)
      let broken: Error | undefined
      const query = async (sqlText: string, parameters: readonly unknown[]) => {
        try {
          return await client.query(sqlText, [...parameters])
        } catch (error) {
          if (isBrokenConnection(error)) broken = error as Error
          throw error
        }
      }
      return {
        // Kysely's cursor overload is for streaming, which Inkwell does not use.
        query: query as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(broken ?? destroy),
      }
    },
    end: () => pool.end(),
  }
}

function errorCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

/** The name of the unique constraint or index an insert or update broke, if that is what failed. */
export function violatedUniqueConstraint(error: unknown): string | null {
  const code = errorCode(error)
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
    // better-sqlite3 reports "UNIQUE constraint failed: index 'name'" for expression indexes
    // and "UNIQUE constraint failed: table.column" for column constraints.
    const match = /failed: (?:index '([^']+)'|([\w.]+))/.exec((error as Error).message)
    return match?.[1] ?? match?.[2] ?? ''
  }
  // PostgreSQL's unique_violation names the index in `constraint`.
  if (code === '23505') return (error as Error & { constraint?: string }).constraint ?? ''
  return null
}

/**
 * `lower(column)`, as the case-insensitive unique indexes on users are built, so a lookup through
 * it uses them. Every engine lowercases ASCII the same way, and usernames are ASCII.
 */
export function lowerCase(column: 'username' | 'email') {
  return sql<string>`lower(${sql.ref(column)})`
}

/** A stored timestamp in the API's form: ISO-8601, UTC, millisecond precision. */
export function toIsoTimestamp(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString()
}

/**
 * A random secret the server keeps in its own database, created on first use. Every process on
 * the same database gets the same value, whichever of them created it.
 */
export async function serverSecret(db: Kysely<Database>, name: string): Promise<string> {
  const read = () => db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirst()
  const existing = await read()
  if (existing) return existing.value
  await db
    .insertInto('server_secrets')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute()
  return (await read())!.value
}
