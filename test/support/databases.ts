/**
 * Which engine this run of the suite tests, and a fresh, empty database of it for each test.
 *
 * `npm test` runs the suite once with `INKWELL_TEST_ENGINE=sqlite` and once with `postgres`
 * (when `TEST_DATABASE_URL` names a reachable server). On PostgreSQL each test file's process
 * creates a database of its own on that server, and every test gets a schema of its own in it.
 * A database per process, not only a schema, because migrations look at every schema of their
 * database (Kysely's introspection), and fail when another run drops one of its schemas under
 * them. The launcher drops a process's database once the process is gone.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestContext } from 'node:test'
import pg from 'pg'
import { processScopedName, withClient, withSearchPath } from '../../support/databases.js'
import type { Engine } from '../../src/db/database.js'

export const engine: Engine = process.env.INKWELL_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite'

/** The prefix of the databases test processes create, `<prefix><pid>_<random>`. */
export const DATABASE_PREFIX = 'inkwell_test_'

let ownDatabase: Promise<{ url: string; pool: pg.Pool }> | undefined

/** This process's own database on the TEST_DATABASE_URL server, created on first use. */
function processDatabase(): Promise<{ url: string; pool: pg.Pool }> {
  const server = process.env.TEST_DATABASE_URL
  if (!server) throw new Error('INKWELL_TEST_ENGINE=postgres needs TEST_DATABASE_URL')
  ownDatabase ??= (async () => {
    const name = processScopedName(DATABASE_PREFIX, randomBytes(6).toString('hex'))
    // template0: template1 may have other sessions, which CREATE DATABASE does not allow.
    await withClient(server, (admin) => admin.query(`create database ${name} template template0`))
    const url = new URL(server)
    url.pathname = `/${name}`
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2, allowExitOnIdle: true })
    pool.on('error', () => {})
    return { url: url.toString(), pool }
  })()
  return ownDatabase
}

/** A DATABASE_URL of this process's own PostgreSQL database, for tools that make their own schema in it. */
export async function processDatabaseUrl(): Promise<string> {
  return (await processDatabase()).url
}

export { withSearchPath }

export interface FreshDatabase {
  /** A DATABASE_URL for it. */
  url: string
  drop(): Promise<void>
}

/**
 * An empty database of the engine under test. For SQLite, `inMemory` gives `sqlite::memory:`
 * (one process only); otherwise it is a file in a temporary folder, which several processes can
 * share.
 */
export async function createFreshDatabase(options: { inMemory?: boolean } = {}): Promise<FreshDatabase> {
  if (engine === 'sqlite') {
    if (options.inMemory) return { url: 'sqlite::memory:', drop: async () => {} }
    const folder = mkdtempSync(join(tmpdir(), 'inkwell-test-db-'))
    return { url: `sqlite:${join(folder, 'app.db')}`, drop: async () => rmSync(folder, { recursive: true, force: true }) }
  }
  const schema = `test_${randomBytes(6).toString('hex')}`
  const { url, pool } = await processDatabase()
  await pool.query(`create schema ${schema}`)
  return {
    url: withSearchPath(url, schema),
    drop: async () => {
      await pool.query(`drop schema if exists ${schema} cascade`)
    },
  }
}

/** A fresh database that is dropped when the test `t` ends (after every other cleanup it registered before). */
export async function freshDatabase(t: TestContext, options: { inMemory?: boolean } = {}): Promise<string> {
  const database = await createFreshDatabase(options)
  t.after(() => database.drop())
  return database.url
}

/**
 * A `skip` value for tests that do not depend on the engine (the browser, the generated client,
 * tests that bring their own database): they run once, in the SQLite half.
 */
export const engineIndependent: string | false =
  engine === 'postgres' ? 'does not depend on the engine, so it runs once, in the SQLite half' : false
