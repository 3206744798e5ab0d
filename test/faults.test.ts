/**
 * Faults a running server must live through, over a real socket: the database going away and
 * coming back, an exhausted connection pool, a graceful shutdown with a request half sent, and a
 * SIGKILL in the middle of writes.
 */
import assert from 'node:assert/strict'
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chown, mkdtemp, rm } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { promisify } from 'node:util'
import pg from 'pg'
import { call, cleanups, RATE_LIMITS_OFF, readAnswer, signUpOver, waitFor, type Answer } from './support/client.js'
import { engine, engineIndependent, freshDatabase } from './support/databases.js'
import { freePort, startServer, type RunningServer } from './support/server.js'

const run = promisify(execFile)

/** Starts Inkwell and makes sure it is gone when the test ends, however it ends. */
async function inkwell(onEnd: ReturnType<typeof cleanups>, env: Record<string, string>): Promise<RunningServer> {
  const server = await startServer({ ...RATE_LIMITS_OFF, ...env })
  onEnd(() => server.stop('SIGKILL'))
  return server
}

/** What every client of a server whose database cannot serve must see. */
function assertUnavailable(res: Answer, what: string): void {
  assert.equal(res.status, 503, `${what} answers 503, got ${res.status} ${JSON.stringify(res.json)}`)
  assert.match(String(res.headers['retry-after']), /^\d+$/, `${what} says when to retry`)
  const { instance, ...body } = res.json
  assert.match(String(instance), /^\//, `${what}: instance is the request's path`)
  assert.deepEqual(
    body,
    {
      type: 'urn:inkwell:problem:service-unavailable',
      title: 'Service unavailable',
      status: 503,
      detail: 'Service unavailable',
      error: 'Service unavailable',
      code: 'service_unavailable',
      request_id: res.headers['x-request-id'],
    },
    what,
  )
}

/** Rejects if `promise` has not settled within `ms`, so a hang fails the test instead of stalling it. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

describe('the database going away', () => {
  it(
    'answers 503 with Retry-After while PostgreSQL is down, and serves again once it is back, without a restart',
    // It brings its own PostgreSQL.
    { skip: engineIndependent },
    async (t) => {
      const bin = postgresBinaries()
      if (!bin) return t.skip('initdb and pg_ctl not found (neither `pg_config --bindir` nor /usr/lib/postgresql/*/bin)')
      const onEnd = cleanups(t)
      const database = await throwawayPostgres(bin, onEnd)
      const server = await inkwell(onEnd, { DATABASE_URL: database.url })

      const ada = await signUpOver(server.url, 'ada')
      const created = await call(server.url, 'POST', '/api/posts', {
        token: ada.token,
        body: { title: 'Written before the outage', body: 'Still here after it.' },
      })
      assert.equal(created.status, 201)
      const postId: number = created.json.id
      assert.equal((await call(server.url, 'GET', '/readyz')).status, 200)

      await database.stop()

      // Each must fail fast: a client is better served by a quick 503 than by a hang.
      const attempts: [string, string, { token?: string; body?: unknown }][] = [
        ['GET', `/api/posts/${postId}`, {}],
        ['POST', '/api/posts', { token: ada.token, body: { title: 'During the outage', body: 'Never stored.' } }],
        ['GET', '/api/profile', { token: ada.token }],
        ['POST', '/api/tokens', { body: { username: ada.username, password: ada.password } }],
        ['GET', '/readyz', {}],
      ]
      for (const [method, path, options] of attempts) {
        assertUnavailable(await call(server.url, method, path, { ...options, timeoutMs: 2000 }), `${method} ${path}`)
      }
      const alive = await call(server.url, 'GET', '/healthz', { timeoutMs: 2000 })
      assert.equal(alive.status, 200, 'the process itself is fine: /healthz must not make an orchestrator restart it')

      await database.start()
      await waitFor(
        '/readyz to answer 200 again',
        async () => ((await call(server.url, 'GET', '/readyz', { timeoutMs: 2000 })).status === 200 ? true : undefined),
        { timeoutMs: 20_000, intervalMs: 100 },
      )

      const profile = await call(server.url, 'GET', '/api/profile', { token: ada.token })
      assert.equal(profile.status, 200, 'the token issued before the outage still works')
      assert.equal(profile.json.username, 'ada')
      const post = await call(server.url, 'GET', `/api/posts/${postId}`)
      assert.equal(post.status, 200)
      assert.equal(post.json.title, 'Written before the outage')
      const after = await call(server.url, 'POST', '/api/posts', {
        token: ada.token,
        body: { title: 'Written after the outage', body: 'The pool reconnected.' },
      })
      assert.equal(after.status, 201)

      assert.equal(server.logs.filter((line) => /^Server listening/.test(String(line.msg))).length, 1, 'Inkwell never restarted')
      assert.doesNotThrow(() => process.kill(server.pid, 0), 'the same process is still running')
    },
  )

  it(
    'lives through PostgreSQL closing its busy connections (a DBA\'s kill, a fast restart) under load: 503 with Retry-After meanwhile, then 200',
    // It brings its own PostgreSQL, whose connections it may kill without disturbing anybody else.
    { skip: engineIndependent },
    async (t) => {
      const bin = postgresBinaries()
      if (!bin) return t.skip('initdb and pg_ctl not found (neither `pg_config --bindir` nor /usr/lib/postgresql/*/bin)')
      const onEnd = cleanups(t)
      const database = await throwawayPostgres(bin, onEnd)
      const server = await inkwell(onEnd, { DATABASE_URL: database.url })
      const accounts = await Promise.all(['ada', 'bob', 'cyd', 'dee'].map((name) => signUpOver(server.url, name)))

      // Password changes hold a connection across statements (a transaction), which is when a
      // closed connection used to reach no listener; reads, writes and logins fill the pool.
      let stop = false
      const answers = new Map<string, number>()
      const wrong: string[] = []
      const load = async (account: (typeof accounts)[number], loop: number) => {
        let password = account.password
        for (let i = 0; !stop; i++) {
          const kind = (['read', 'write', 'login', 'password'] as const)[(loop + i) % 4]!
          let res: Answer
          try {
            if (kind === 'read') res = await call(server.url, 'GET', '/api/posts?limit=20')
            else if (kind === 'write') {
              res = await call(server.url, 'POST', '/api/posts', { token: account.token, body: { title: `t ${i}`, body: 'b' } })
            } else if (kind === 'login') {
              res = await call(server.url, 'POST', '/api/tokens', { body: { username: account.username, password } })
              if (res.status === 201) account.token = res.json.token
            } else {
              const next = `${account.username}-password-${i}`
              res = await call(server.url, 'PATCH', `/api/users/${account.id}`, {
                token: account.token,
                body: { password: next, current_password: password },
              })
              if (res.status === 200) password = next
            }
          } catch (error) {
            wrong.push(`${kind}: ${(error as Error).message}`)
            break
          }
          answers.set(`${kind} ${res.status}`, (answers.get(`${kind} ${res.status}`) ?? 0) + 1)
          if (res.status === 503) assertUnavailable(res, kind)
          else if (res.status >= 500) wrong.push(`${kind}: ${res.status} ${JSON.stringify(res.json)}`)
        }
      }
      const loops = accounts.flatMap((account, n) => [load(account, n), load(account, n + 1)])

      const admin = new pg.Client({ connectionString: database.url })
      admin.on('error', () => {})
      await admin.connect()
      onEnd(() => admin.end())
      for (let round = 0; round < 15; round++) {
        await new Promise((done) => setTimeout(done, 60))
        await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'inkwell'`)
      }
      await admin.end().catch(() => {})
      await database.restart()
      await new Promise((done) => setTimeout(done, 300))
      stop = true
      await Promise.all(loops)

      t.diagnostic(JSON.stringify(Object.fromEntries(answers)))
      assert.doesNotThrow(() => process.kill(server.pid, 0), `the process is still running; stderr: ${server.stderr()}`)
      assert.deepEqual(wrong, [], 'every request got an answer, and none was a 5xx other than 503')
      await waitFor(
        '/readyz to answer 200 again',
        async () => ((await call(server.url, 'GET', '/readyz', { timeoutMs: 2000 })).status === 200 ? true : undefined),
        { timeoutMs: 20_000, intervalMs: 100 },
      )
      // The loops changed passwords, so a newcomer writes the last post.
      const eve = await signUpOver(server.url, 'eve')
      const after = await call(server.url, 'POST', '/api/posts', {
        token: eve.token,
        body: { title: 'After the kills', body: 'Served by the same process.' },
      })
      assert.equal(after.status, 201)
      assert.equal(server.logs.filter((line) => /^Server listening/.test(String(line.msg))).length, 1, 'Inkwell never restarted')
    },
  )

  it(
    'answers 503 at once when every pooled connection is busy, and 503 for a statement that runs too long',
    { skip: engine !== 'postgres' && 'PostgreSQL only: SQLite has no connection pool' },
    async (t) => {
      const onEnd = cleanups(t)
      const url = await freshDatabase(t)
      const server = await inkwell(onEnd, {
        DATABASE_URL: url,
        DB_POOL_SIZE: '1',
        DB_CONNECT_TIMEOUT: '300ms',
        DB_STATEMENT_TIMEOUT: '1s',
      })

      // Another client of the same schema locks the posts table, so that a request reading posts
      // waits on the lock while holding the pool's only connection.
      const locker = new pg.Client({ connectionString: url })
      locker.on('error', () => {})
      await locker.connect()
      onEnd(() => locker.end())
      await locker.query('begin')
      await locker.query('lock table posts in access exclusive mode')

      const blocked = call(server.url, 'GET', '/api/posts', { timeoutMs: 5000 })
      await waitFor('the listing to wait for the lock', async () => {
        const { rows } = await locker.query<{ waiting: number }>(
          `select count(*)::int as waiting from pg_locks where relation = 'posts'::regclass and not granted`,
        )
        return rows[0]!.waiting > 0 ? true : undefined
      })

      assertUnavailable(await call(server.url, 'GET', '/api/posts/1', { timeoutMs: 2000 }), 'a request finding no free connection')
      assertUnavailable(await call(server.url, 'GET', '/readyz', { timeoutMs: 2000 }), '/readyz finding no free connection')
      assertUnavailable(await blocked, 'the request whose statement outran DB_STATEMENT_TIMEOUT')

      await locker.query('rollback')
      const listed = await call(server.url, 'GET', '/api/posts')
      assert.equal(listed.status, 200)
      assert.deepEqual(listed.json, { posts: [], next_cursor: null })
      assert.equal((await call(server.url, 'GET', '/readyz')).status, 200)
    },
  )
})

describe('graceful shutdown', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal}: refuses new connections, finishes the request in flight, exits 0, and kept the write`, async (t) => {
      const onEnd = cleanups(t)
      const url = await freshDatabase(t)
      const server = await inkwell(onEnd, { DATABASE_URL: url })
      const ada = await signUpOver(server.url, 'ada')

      const post = { title: `Finished after ${signal}`, body: 'The second half of this body was sent after the signal.' }
      const payload = JSON.stringify(post)
      const inFlight = halfSentPost(server.port, ada.token, payload)
      onEnd(() => inFlight.abort())
      await inFlight.headersRead
      inFlight.write(payload.slice(0, 20))

      process.kill(server.pid, signal)
      await waitFor('the "shutting down" log line', () =>
        server.logs.some((line) => line.msg === 'shutting down' && line.signal === signal) ? true : undefined,
      )
      // The line is written just before the listening socket is closed, so give that a moment.
      await waitFor('a new connection to be refused', async () => ((await tryConnect(server.port)) === 'refused' ? true : undefined), {
        timeoutMs: 5000,
      })

      inFlight.write(payload.slice(20))
      const res = await within(10_000, 'the answer to the request in flight', inFlight.response)
      assert.equal(res.status, 201)
      assert.equal(res.json.title, post.title)
      assert.equal(res.json.body, post.body)
      assert.equal(await within(10_000, 'the process to exit', server.exited), 0)

      const restarted = await inkwell(onEnd, { DATABASE_URL: url })
      const stored = await call(restarted.url, 'GET', `/api/posts/${res.json.id}`)
      assert.equal(stored.status, 200)
      assert.equal(stored.json.title, post.title)
    })
  }

  it('cuts off a request that never finishes once SHUTDOWN_GRACE is over, and exits 1', async (t) => {
    const onEnd = cleanups(t)
    const url = await freshDatabase(t)
    const server = await inkwell(onEnd, { DATABASE_URL: url, SHUTDOWN_GRACE: '500ms' })
    const ada = await signUpOver(server.url, 'ada')

    const payload = JSON.stringify({ title: 'Never finished', body: 'The rest of this body never comes.' })
    const inFlight = halfSentPost(server.port, ada.token, payload)
    onEnd(() => inFlight.abort())
    await inFlight.headersRead
    inFlight.write(payload.slice(0, 20))
    const outcome = inFlight.response.then(
      (res) => `answered ${res.status}`,
      (error: NodeJS.ErrnoException) => error.code ?? error.message,
    )

    process.kill(server.pid, 'SIGTERM')
    assert.equal(await within(10_000, 'the process to exit after its grace period', server.exited), 1)
    assert.equal(await outcome, 'ECONNRESET', 'the connection was closed without an answer')
    assert.ok(server.logs.some((line) => /^grace period over/.test(String(line.msg))), 'the log says requests were cut off')
  })
})

describe('crash safety', () => {
  it('keeps every acknowledged post after a SIGKILL in the middle of a stream of writes', async (t) => {
    const onEnd = cleanups(t)
    const url = await freshDatabase(t)
    const server = await inkwell(onEnd, { DATABASE_URL: url })
    const ada = await signUpOver(server.url, 'ada')

    const acknowledged = new Map<number, string>()
    const unexpected: string[] = []
    let inFlight = 0
    let failed = 0
    let killed = false
    let enough!: () => void
    const reachedEnough = new Promise<void>((done) => (enough = done))

    const writer = async (loop: number) => {
      for (let i = 0; !killed; i++) {
        const title = `crash ${loop}-${i}`
        inFlight++
        try {
          const res = await call(server.url, 'POST', '/api/posts', { token: ada.token, body: { title, body: `Body of ${title}.` } })
          if (res.status === 201 && res.json.title === title) {
            acknowledged.set(res.json.id, title)
            if (acknowledged.size >= 60) enough()
          } else {
            unexpected.push(`${res.status} ${JSON.stringify(res.json)}`)
          }
        } catch {
          failed++ // The kill cuts off whatever was in flight; those may or may not be stored.
        } finally {
          inFlight--
        }
      }
    }
    const writers = [0, 1, 2, 3].map(writer)

    await within(30_000, '60 acknowledged posts', reachedEnough)
    const acknowledgedAtKill = acknowledged.size
    const inFlightAtKill = inFlight
    process.kill(server.pid, 'SIGKILL')
    killed = true
    await server.exited
    await Promise.all(writers)
    t.diagnostic(
      `${acknowledged.size} posts acknowledged (${acknowledgedAtKill} before the kill), ` +
        `${inFlightAtKill} requests in flight at the kill, ${failed} failed`,
    )
    assert.deepEqual(unexpected, [], 'before the kill every write succeeded')

    const restarted = await inkwell(onEnd, { DATABASE_URL: url })
    const stored = new Map<number, string>()
    let cursor: string | null = null
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`
      const page = await call(restarted.url, 'GET', `/api/posts?limit=100${query}`)
      assert.equal(page.status, 200)
      for (const post of page.json.posts as { id: number; title: string }[]) stored.set(post.id, post.title)
      cursor = page.json.next_cursor
    } while (cursor !== null)

    const lost = [...acknowledged].filter(([id, title]) => stored.get(id) !== title)
    assert.deepEqual(lost, [], 'every acknowledged post is stored, with its title')
    assert.ok(stored.size <= acknowledged.size + inFlightAtKill, 'nothing is stored that was never sent')
  })
})

/**
 * A POST /api/posts whose headers go out at once and whose body the test sends when it likes.
 * `Expect: 100-continue` makes the server say when it has read the headers, so no sleep is
 * needed to know the request is in the server's hands.
 */
function halfSentPost(port: number, token: string, payload: string) {
  const req = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/posts',
    agent: false,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(payload)),
      expect: '100-continue',
    },
  })
  const response = new Promise<Answer>((resolve, reject) => {
    req.once('error', reject)
    req.once('response', (res) => readAnswer(res, 'the half-sent POST').then(resolve, reject))
  })
  // Settled by the test; this only keeps an early failure from going unhandled meanwhile.
  response.catch(() => {})
  const headersRead = new Promise<void>((resolve, reject) => {
    req.once('continue', () => resolve())
    req.once('error', reject)
  })
  return {
    headersRead,
    response,
    write: (chunk: string) => void req.write(chunk),
    abort: () => void req.destroy(),
  }
}

/** Whether a TCP connection to the port is accepted or refused right now. */
function tryConnect(port: number): Promise<'accepted' | 'refused'> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve('accepted')
    })
    socket.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNREFUSED' ? resolve('refused') : reject(error)))
  })
}

/** The folder holding initdb and pg_ctl, or null when this machine has none. */
function postgresBinaries(): string | null {
  const candidates: string[] = []
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim())
  } catch {
    // no pg_config: look where Debian puts the server
  }
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`))
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null
}

interface ThrowawayPostgres {
  url: string
  /** Stops it the hard way, as a crash or a pulled plug would. */
  stop(): Promise<void>
  start(): Promise<void>
  /** `pg_ctl restart -m fast`: every session is terminated, then the server comes back. */
  restart(): Promise<void>
}

/**
 * A PostgreSQL server of the test's own, in a temporary folder, on a free port of 127.0.0.1, that
 * the test may stop and start at will without disturbing anybody else's.
 */
async function throwawayPostgres(bin: string, onEnd: ReturnType<typeof cleanups>): Promise<ThrowawayPostgres> {
  const folder = await mkdtemp(join(tmpdir(), 'inkwell-pg-'))
  const data = join(folder, 'data')
  // initdb refuses to run as root, so as root the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0
  const tool = (name: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args], { cwd: folder })
      : run(join(bin, name), args, { cwd: folder })
  onEnd(async () => {
    if (existsSync(join(data, 'postmaster.pid'))) await tool('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => {})
    await rm(folder, { recursive: true, force: true })
  })
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
    await chown(folder, id('-u'), id('-g'))
  }

  // --no-sync only skips initdb's final flush of a cluster that is thrown away anyway; the server
  // itself runs with fsync on, as in production.
  await tool('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync'])
  const port = await freePort()
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${folder}`
  const start = async () => {
    await tool('pg_ctl', ['start', '-D', data, '-w', '-t', '30', '-l', join(folder, 'server.log'), '-o', options])
  }
  await start()
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await tool('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w'])
    },
    start,
    restart: async () => {
      await tool('pg_ctl', ['restart', '-D', data, '-m', 'fast', '-w', '-t', '30', '-l', join(folder, 'server.log'), '-o', options])
    },
  }
}
