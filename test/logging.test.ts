/**
 * Every line the server process writes is JSON, the ways it fails included: a bad configuration,
 * a port in use, a database it cannot reach or that does not exist, an uncaught exception or an
 * unhandled rejection (logged, then a graceful exit 1). And a `.env` file fills in what the
 * environment leaves unset.
 */
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { call, cleanups, waitFor } from './support/client.js'
import { engine, engineIndependent } from './support/databases.js'
import { compiledServer, freePort, root } from './support/server.js'

type Line = Record<string, any>

interface Run {
  child: ChildProcess
  stdout: Line[]
  stderr: Line[]
  exited: Promise<number | null>
  /** The server's URL once it logs that it listens. */
  listening(): Promise<string>
}

/** The compiled server as a child process; every line it writes must parse as JSON. */
async function runServer(env: Record<string, string>, options: { cwd?: string; nodeArgs?: string[]; unset?: string[] } = {}): Promise<Run> {
  const entry = await compiledServer()
  const environment: Record<string, string | undefined> = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT: 'off', ...env }
  for (const name of options.unset ?? []) delete environment[name]
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), entry], {
    cwd: options.cwd ?? root,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stdout: Line[] = []
  const stderr: Line[] = []
  const collect = (stream: NodeJS.ReadableStream, into: Line[], name: string) => {
    let buffered = ''
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines) {
        try {
          into.push(JSON.parse(line))
        } catch {
          into.push({ NOT_JSON: line, stream: name })
        }
      }
    })
  }
  collect(child.stdout!, stdout, 'stdout')
  collect(child.stderr!, stderr, 'stderr')
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  const listening = () =>
    waitFor('the server to listen', () => {
      const line = stdout.find((entry) => /^Server listening at /.test(String(entry.msg)))
      return line ? String(line.msg).slice('Server listening at '.length) : undefined
    }, { timeoutMs: 20_000 })
  return { child, stdout, stderr, exited, listening }
}

/** Waits for the exit (at most 20 s) and checks that nothing but JSON was written. */
async function exitOf(run: Run): Promise<number | null> {
  const timer = setTimeout(() => run.child.kill('SIGKILL'), 20_000)
  const code = await run.exited
  clearTimeout(timer)
  // The streams' last data events may still be queued behind the exit.
  await new Promise((done) => setImmediate(done))
  const notJson = [...run.stdout, ...run.stderr].filter((line) => 'NOT_JSON' in line)
  assert.deepEqual(notJson, [], 'every line is JSON')
  return code
}

function fatalLine(run: Run): Line {
  const fatal = run.stderr.filter((line) => line.level === 60)
  assert.equal(fatal.length, 1, `one fatal line on stderr: ${JSON.stringify(run.stderr)}`)
  assert.match(String(fatal[0]!.time), /^\d{4}-\d\d-\d\dT/)
  return fatal[0]!
}

describe('the process log', () => {
  it('reports a bad configuration as one JSON line naming every wrong variable, and exits 1', { skip: engineIndependent }, async () => {
    const run = await runServer({ PORT: 'eighty', TOKEN_TTL: 'forever', METRICS_TOKEN: 'short' })
    assert.equal(await exitOf(run), 1)
    const fatal = fatalLine(run)
    assert.equal(fatal.msg, 'Invalid configuration')
    assert.deepEqual(
      (fatal.problems as string[]).map((problem) => problem.split(':')[0]),
      ['PORT', 'TOKEN_TTL', 'METRICS_TOKEN'],
    )
  })

  it('reports a port already in use with a one-line hint, and exits 1', { skip: engineIndependent }, async (t) => {
    const taken = createServer()
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done))
    t.after(() => new Promise((done) => taken.close(done)))
    const port = (taken.address() as { port: number }).port
    const scratch = await mkdtemp(join(tmpdir(), 'inkwell-logging-'))
    t.after(() => rm(scratch, { recursive: true, force: true }))

    const run = await runServer({ PORT: String(port), DATABASE_URL: `sqlite:${join(scratch, 'app.db')}` })
    assert.equal(await exitOf(run), 1)
    const fatal = fatalLine(run)
    assert.match(fatal.msg, /EADDRINUSE/)
    assert.match(fatal.hint, /set PORT to a free port/)
    assert.ok(!fatal.hint.includes('\n'), 'the hint is one line')
  })

  it('reports a database that cannot be reached at start, with a hint, and exits 1', { skip: engineIndependent }, async () => {
    const nobody = await freePort()
    const run = await runServer({ DATABASE_URL: `postgres://postgres@127.0.0.1:${nobody}/inkwell` })
    assert.equal(await exitOf(run), 1)
    const fatal = fatalLine(run)
    assert.match(fatal.msg, /^The database cannot be reached/)
    assert.match(fatal.hint, /DATABASE_URL/)
  })

  it('reports a database name that does not exist, with a hint, and exits 1', { skip: engine === 'sqlite' ? 'needs the PostgreSQL server, so it runs in the PostgreSQL half' : false }, async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!)
    url.pathname = '/inkwell_no_such_database'
    const run = await runServer({ DATABASE_URL: url.toString() })
    assert.equal(await exitOf(run), 1)
    const fatal = fatalLine(run)
    assert.match(fatal.msg, /inkwell_no_such_database/)
    assert.match(fatal.hint, /does not exist/)
  })

  for (const [event, signal] of [['uncaughtException', 'SIGUSR2'], ['unhandledRejection', 'SIGHUP']] as const) {
    it(`logs an ${event} as JSON, shuts down gracefully and exits 1`, { skip: engineIndependent }, async (t) => {
      const scratch = await mkdtemp(join(tmpdir(), 'inkwell-logging-'))
      t.after(() => rm(scratch, { recursive: true, force: true }))
      // A bug planted in the process, set off by a signal once the server is up.
      const bug = join(scratch, 'bug.mjs')
      await writeFile(
        bug,
        `process.on('SIGUSR2', () => { throw new Error('a bug nobody caught') })
process.on('SIGHUP', () => { Promise.reject(new Error('a promise nobody awaited')) })
`,
      )
      const run = await runServer({ DATABASE_URL: `sqlite:${join(scratch, 'app.db')}` }, { nodeArgs: ['--import', bug] })
      t.after(() => run.child.kill('SIGKILL'))
      const url = await run.listening()
      assert.equal((await call(url, 'GET', '/healthz')).status, 200)

      run.child.kill(signal)
      assert.equal(await exitOf(run), 1)
      const fatal = fatalLine(run)
      assert.equal(fatal.event, event)
      assert.equal(fatal.err.message, event === 'uncaughtException' ? 'a bug nobody caught' : 'a promise nobody awaited')
      assert.ok(run.stdout.some((line) => line.msg === 'shutting down' && line.cause === event), 'the graceful shutdown ran')
    })
  }
})

describe('the access log', () => {
  it('writes in chunks yet loses no line: a quiet one within seconds, the rest by the exit a SIGTERM causes', { skip: engineIndependent }, async (t) => {
    const scratch = await mkdtemp(join(tmpdir(), 'inkwell-access-log-'))
    t.after(() => rm(scratch, { recursive: true, force: true }))
    const run = await runServer({ DATABASE_URL: `sqlite:${join(scratch, 'app.db')}` })
    t.after(() => run.child.kill('SIGKILL'))
    const url = await run.listening()
    const answered = (line: Line) => line.msg === 'request'

    // One request on an idle server: its line is far short of a chunk, and still arrives.
    assert.equal((await call(url, 'GET', '/healthz')).status, 200)
    await waitFor('the lone access line', () => run.stdout.some(answered) || undefined, { timeoutMs: 5_000 })

    // A burst, then a signal at once: whatever is still gathered is written on the way out.
    const ids = new Set<string>()
    for (let i = 0; i < 100; i++) {
      const res = await fetch(`${url}/api/posts?limit=1`, { headers: { 'x-request-id': `burst-${i}` } })
      assert.equal(res.status, 200)
      await res.arrayBuffer()
      ids.add(`burst-${i}`)
    }
    run.child.kill('SIGTERM')
    assert.equal(await exitOf(run), 0)
    const logged = new Set(run.stdout.filter(answered).map((line) => String(line.request_id)))
    assert.deepEqual([...ids].filter((id) => !logged.has(id)), [], 'every answered request has its line')
    assert.ok(run.stdout.some((line) => line.msg === 'shutting down'))
  })

  it('loses no line either when the process exits without closing the server first', { skip: engineIndependent }, async (t) => {
    const scratch = await mkdtemp(join(tmpdir(), 'inkwell-access-log-exit-'))
    t.after(() => rm(scratch, { recursive: true, force: true }))
    // A process.exit() from anywhere, in the middle of a stream of requests: no graceful close
    // writes the log out first, only the exit itself.
    const run = await runServer(
      { DATABASE_URL: `sqlite:${join(scratch, 'app.db')}` },
      { nodeArgs: ['--import', 'data:text/javascript,setTimeout(() => process.exit(0), 5000)'] },
    )
    t.after(() => run.child.kill('SIGKILL'))
    const url = await run.listening()
    const answered: string[] = []
    for (let i = 0; run.child.exitCode === null; i++) {
      const res = await fetch(`${url}/api/posts?limit=1`, { headers: { 'x-request-id': `exit-${i}` } }).catch(() => undefined)
      if (res?.status === 200) answered.push(`exit-${i}`)
      await res?.arrayBuffer()
    }
    assert.equal(await exitOf(run), 0)
    assert.ok(answered.length > 10, `requests were answered before the exit: ${answered.length}`)
    const logged = run.stdout.filter((line) => line.msg === 'request').map((line) => String(line.request_id))
    // One request at a time, so their lines are in the order they were answered.
    assert.deepEqual(
      logged.filter((id) => answered.includes(id)),
      answered,
      'every answered request has its line, in order',
    )
  })
})

describe('.env', () => {
  it('is read from the working directory, and the real environment wins over it', { skip: engineIndependent }, async (t) => {
    const onEnd = cleanups(t)
    const scratch = await mkdtemp(join(tmpdir(), 'inkwell-dotenv-'))
    onEnd(() => rm(scratch, { recursive: true, force: true }))
    await writeFile(
      join(scratch, '.env'),
      `# Comments and blank lines are fine.

RATE_LIMIT=1/1m
CORS_ORIGINS=http://from-dotenv.example
DATABASE_URL=sqlite:${join(scratch, 'from-dotenv.db')}
`,
    )
    const run = await runServer(
      { CORS_ORIGINS: 'http://from-the-environment.example' },
      { cwd: scratch, unset: ['RATE_LIMIT', 'DATABASE_URL'] },
    )
    onEnd(async () => {
      run.child.kill('SIGTERM')
      await run.exited
    })
    const url = await run.listening()
    const origin = 'http://from-the-environment.example'
    const first = await fetch(`${url}/api/posts`, { headers: { origin } })
    assert.equal(first.status, 200)
    assert.equal(first.headers.get('access-control-allow-origin'), origin, 'CORS_ORIGINS from the environment, not .env')
    assert.equal((await fetch(`${url}/api/posts`)).status, 429, 'RATE_LIMIT=1/1m from .env')
    assert.ok(run.stdout.some((line) => Array.isArray(line.migrations)), 'DATABASE_URL from .env: a new database was migrated')
  })
})
