/**
 * PostgreSQL through node-postgres: a pool sized and timed so that a database that is down,
 * overloaded or silent is a quick 503 rather than a hang, and that heals on its own.
 */
import { Kysely, PostgresDialect, sql, type PostgresPool, type PostgresPoolClient } from 'kysely'
import pg from 'pg'
import type { DatabaseHandle, DatabaseOptions } from './database.js'
import { errorCode } from './errors.js'
import { migrateToLatest } from './migrate.js'
import { runDirectly, type DirectRunner } from './prepared.js'
import type { Database } from './schema.js'

const TIMESTAMPTZ = pg.types.builtins.TIMESTAMPTZ
const timestampAsDate = pg.types.getTypeParser(TIMESTAMPTZ, 'text')
const DOT = 0x2e
const SPACE = 0x20

/**
 * A `timestamptz` as the API writes it (ISO 8601, UTC, milliseconds), so that both engines hand
 * back the same strings. PostgreSQL writes one in the session's time zone, `2026-12-02 12:45:43.28+00`
 * in UTC (fraction trimmed, up to 6 digits); that is rearranged, and any other form (another time
 * zone, a year past 9999) parsed into a Date and written out. pg's own parse to a Date and
 * `toISOString` after it cost about 1 µs per timestamp: 60 of them in a page of 20 posts (issue 14).
 * Digits past the millisecond are cut, as a Date cuts them.
 */
export function isoFromTimestamptz(text: string): string {
  const n = text.length
  if ((n === 22 || (n >= 24 && n <= 29 && text.charCodeAt(19) === DOT)) && text.charCodeAt(10) === SPACE && text.endsWith('+00')) {
    const fraction = n === 22 ? '000' : `${text.slice(20, n - 3)}00`.slice(0, 3)
    return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction}Z`
  }
  return (timestampAsDate(text) as Date).toISOString()
}

/** pg's parsers, with timestamps read as the API writes them. */
export const isoTimestamps: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ && format !== 'binary' ? isoFromTimestamptz : pg.types.getTypeParser(oid, format),
}

export function openPostgres(url: string, options: DatabaseOptions): DatabaseHandle {
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
    types: isoTimestamps,
  })
  // An idle connection that the server closes (a restart, a failover) is dropped from the pool and
  // reported here; without a listener it would crash the process.
  let report: (error: Error) => void = () => {}
  pool.on('error', (error) => report(error))

  let checkedOut: (waitSeconds: number) => void = () => {}
  const clients = discardingBrokenClients(pool, {
    report: (error) => report(error),
    checkedOut: (waitSeconds) => checkedOut(waitSeconds),
  })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: clients }) })
  // A prepared query outside a transaction takes a client, runs, and gives it back, as Kysely's
  // driver does, with the same named statements and broken clients discarded (`run` below).
  runDirectly(db, clients.run)
  return {
    db,
    ping: async () => {
      await sql`select 1`.execute(db)
    },
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

/**
 * The server overloaded or briefly unable to take writes: a statement cancelled by the timeout, a
 * serialization failure or deadlock, a read-only server during a failover.
 */
const POSTGRES_BUSY_STATES = /^(53...|57014|40001|40P01|25006)$/

/** The connection itself is gone: the server shutting down, crashed, or unreachable. */
const POSTGRES_CONNECTION_STATES = /^(08...|57P0[1-3])$/

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

/** Connection failures, and the server saying it is shutting down, overloaded or too slow. */
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

/** Distinct statements named; more than the app has, so the cap only guards against a leak. */
const MAX_NAMED_STATEMENTS = 1000

/**
 * A name for each distinct SQL text, so that node-postgres prepares it once per connection and
 * then only binds and executes it, instead of parsing and planning the same few statements on
 * every request (what the benchmark's `pg` ceiling does too). Names are per process and never
 * reused for another text, which node-postgres requires of a connection's prepared statements.
 */
class StatementNames {
  private readonly names = new Map<string, string>()

  /** What node-postgres is given to run `sqlText` with `values`: by its name, once it has one. */
  query(sqlText: string, values: readonly unknown[]) {
    // node-postgres reads the values and never changes them.
    return { name: this.nameOf(sqlText), text: sqlText, values: values as unknown[] }
  }

  /** The statement's name, or undefined (run unnamed) once the cap is reached. */
  private nameOf(sqlText: string): string | undefined {
    let name = this.names.get(sqlText)
    if (name === undefined && this.names.size < MAX_NAMED_STATEMENTS) {
      name = `inkwell_${this.names.size}`
      this.names.set(sqlText, name)
    }
    return name
  }
}

/**
 * The pool as Kysely sees it, except that a client whose connection failed is destroyed on
 * release instead of going back to the pool. A connection that went silent (a failover, a
 * dropped NAT entry) would otherwise be handed out again and again, each time failing only after
 * the read timeout, and the service would never recover on its own.
 */
function discardingBrokenClients(
  pool: pg.Pool,
  on: { report: (error: Error) => void; checkedOut: (waitSeconds: number) => void },
): PostgresPool & { run: DirectRunner } {
  const { report, checkedOut } = on
  const statements = new StatementNames()
  // The pool listens for errors on idle clients only. A checked-out client whose connection the
  // server closes between statements (pg_terminate_backend, a fast restart, a failover), or right
  // as it connects (the "ready" and the "terminating" messages can arrive in one packet, before
  // whoever asked for the client has it), emits 'error' with nobody listening, which would crash
  // the process. So every client gets a listener the moment the pool hands it out, synchronously
  // in its 'acquire' event, until it is back; the statement in progress, if any, fails on its
  // own, and the client is marked to be destroyed rather than pooled again.
  const failed = new WeakMap<pg.PoolClient, Error>()
  const listeners = new WeakMap<pg.PoolClient, (error: Error) => void>()
  pool.on('acquire', (client) => {
    const onError = (error: Error) => {
      failed.set(client, error)
      report(error)
    }
    listeners.set(client, onError)
    client.on('error', onError)
  })
  // Emitted once the pool listens again (its own listener is attached first).
  pool.on('release', (_error, client) => {
    const onError = listeners.get(client)
    if (onError) client.off('error', onError)
    listeners.delete(client)
  })
  const waitedSince = (asked: number) => checkedOut((performance.now() - asked) / 1000)
  return {
    connect: async () => {
      const asked = performance.now()
      const client = await pool.connect()
      waitedSince(asked)
      let broken: Error | undefined
      const query = async (sqlText: string, parameters: readonly unknown[]) => {
        try {
          return await client.query(statements.query(sqlText, parameters))
        } catch (error) {
          if (isBrokenConnection(error)) broken = error as Error
          throw error
        }
      }
      return {
        // Kysely's cursor overload is for streaming, which Inkwell does not use.
        query: query as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(broken ?? failed.get(client) ?? destroy),
      }
    },
    // The same checkout, statement and release, for the one statement a prepared query outside a
    // transaction runs, in node-postgres's callback style: one promise per query where the
    // promise-returning calls above make half a dozen, and no wrapper per checkout (issue 14).
    run: (sqlText, parameters) =>
      new Promise((resolve, reject) => {
        const asked = performance.now()
        pool.connect((error, client, release) => {
          if (error || !client) return reject(error)
          waitedSince(asked)
          client.query(statements.query(sqlText, parameters), (error: Error | null, result: pg.QueryResult) => {
            release(error && isBrokenConnection(error) ? error : failed.get(client))
            if (error) return reject(error)
            const { command, rowCount, rows } = result
            const changed = command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE'
            resolve({ rows, numAffectedRows: changed && rowCount !== null ? BigInt(rowCount) : undefined })
          })
        })
      }),
    end: () => pool.end(),
  }
}
