/**
 * Which engine this run of the suite tests, and a fresh, empty database of it for each test.
 *
 * `npm test` runs the suite once with `INKWELL_TEST_ENGINE=sqlite` and once with `postgres`
 * (when `TEST_DATABASE_URL` names a reachable server). On PostgreSQL every test gets a schema of
 * its own with a name no other run can pick, so two runs at once, or a run after a crashed one,
 * never see each other's rows.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestContext } from 'node:test'
import pg from 'pg'

export type TestEngine = 'sqlite' | 'postgres'

export const engine: TestEngine = process.env.INKWELL_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite'

/** The schema prefix the launcher looks for when it clears up after crashed runs. */
export const SCHEMA_PREFIX = 'inkwell_test_'

let admin: pg.Pool | undefined

function adminPool(): pg.Pool {
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('INKWELL_TEST_ENGINE=postgres needs TEST_DATABASE_URL')
  if (!admin) {
    admin = new pg.Pool({ connectionString: url, max: 2, allowExitOnIdle: true })
    admin.on('error', () => {})
  }
  return admin
}

/** `url` with its connections' search_path set to `schema`. */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url)
  parsed.searchParams.set('options', `-c search_path=${schema}`)
  return parsed.toString()
}

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
  const schema = `${SCHEMA_PREFIX}${process.pid}_${randomBytes(6).toString('hex')}`
  const pool = adminPool()
  await pool.query(`create schema ${schema}`)
  return {
    url: withSearchPath(process.env.TEST_DATABASE_URL!, schema),
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

/** Lets the test process exit: the admin pool would otherwise hold it open. */
export async function closeAdminPool(): Promise<void> {
  await admin?.end()
  admin = undefined
}

/**
 * A `skip` value for tests that do not depend on the engine (the browser, the generated client,
 * tests that bring their own database): they run once, in the SQLite half.
 */
export const engineIndependent: string | false =
  engine === 'postgres' ? 'does not depend on the engine, so it runs once, in the SQLite half' : false
