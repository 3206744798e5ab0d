/**
 * `npm test`: the whole suite once per engine. Always on SQLite; then on PostgreSQL when
 * `TEST_DATABASE_URL` names a server that answers, and otherwise a plain line saying that half
 * was skipped and why. The server is compiled once and shared by every test that starts it.
 *
 * Arguments are test files to run instead of all of `test/*.test.ts`.
 */
import { spawn } from 'node:child_process'
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { isOrphaned, withClient } from '../support/databases.js'
import type { Engine } from '../src/db/database.js'
import { DATABASE_PREFIX } from './support/databases.js'
import { compiledServer, root } from './support/server.js'

const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(join(root, 'test'))
        .filter((name) => name.endsWith('.test.ts'))
        .sort()
        .map((name) => join('test', name))

function runSuite(engine: Engine, env: Record<string, string>): Promise<boolean> {
  process.stdout.write(`\n=== The suite on ${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} ===\n\n`)
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
    cwd: root,
    env: { ...process.env, ...env, INKWELL_TEST_ENGINE: engine },
    stdio: 'inherit',
  })
  return new Promise((done) => child.once('exit', (code) => done(code === 0)))
}

/** Why PostgreSQL cannot be tested, or null when it can. */
async function postgresProblem(url: string | undefined): Promise<string | null> {
  if (!url) return 'TEST_DATABASE_URL is not set'
  try {
    await dropDatabasesOfEndedProcesses(url)
    return null
  } catch (error) {
    return `${redact(url)} did not answer (${(error as Error).message})`
  }
}

/**
 * Each test process makes a database of its own (test/support/databases.ts); once the process
 * is gone, so is the database: this run's after its suite, a crashed run's at the next start.
 * Another run's live processes keep theirs.
 */
async function dropDatabasesOfEndedProcesses(url: string): Promise<void> {
  await withClient(
    url,
    async (client) => {
      const { rows } = await client.query<{ name: string }>(`select datname as name from pg_database where starts_with(datname, $1)`, [
        DATABASE_PREFIX,
      ])
      for (const { name } of rows) {
        if (isOrphaned(name, DATABASE_PREFIX)) await client.query(`drop database if exists ${name} with (force)`)
      }
    },
    { connectTimeoutMs: 3000 },
  )
}

function redact(url: string): string {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}

const entry = await compiledServer()
const shared = { INKWELL_SERVER_ENTRY: entry }
let passed = true
try {
  passed = (await runSuite('sqlite', shared)) && passed
  const problem = await postgresProblem(process.env.TEST_DATABASE_URL)
  if (problem === null) {
    passed = (await runSuite('postgres', shared)) && passed
    await dropDatabasesOfEndedProcesses(process.env.TEST_DATABASE_URL!)
  } else {
    process.stdout.write(`\n=== PostgreSQL half SKIPPED: ${problem}. Set TEST_DATABASE_URL=postgres://… to run it. ===\n`)
  }
} finally {
  rmSync(join(entry, '..'), { recursive: true, force: true })
}
process.stdout.write(`\n=== ${passed ? 'All suites passed' : 'FAILED'} ===\n`)
process.exitCode = passed ? 0 : 1
