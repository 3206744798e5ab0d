/**
 * The process, over a real socket: built and started as `npm start` does (compile, then run the
 * compiled server), on a fresh SQLite path, driven by curl through the README's own walk-through.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { promisify } from 'node:util'
import { engine, freshDatabase } from './support/databases.js'
import { compiledServer, root, startServer } from './support/server.js'

const run = promisify(execFile)

/** The shell block between the walk-through markers in README.md. */
async function readmeWalkthrough(): Promise<string> {
  const readme = await readFile(join(root, 'README.md'), 'utf8')
  const section = /<!-- walkthrough:start -->\s*```sh\n([\s\S]*?)```\s*<!-- walkthrough:end -->/.exec(readme)
  assert.ok(section, 'README.md has a walk-through block between its markers')
  return section[1]!
}

describe('the server process', () => {
  let scratch: string
  let entry: string

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'inkwell-server-test-'))
    entry = await compiledServer()
  })

  after(async () => {
    await rm(scratch, { recursive: true, force: true })
  })

  it('creates and migrates its database on first start, serves, and exits 0 on SIGTERM', async (t) => {
    const databasePath = join(scratch, 'fresh', 'nested', 'app.db')
    const server = await startServer({ DATABASE_URL: engine === 'sqlite' ? `sqlite:${databasePath}` : await freshDatabase(t) })
    try {
      if (engine === 'sqlite') assert.ok(existsSync(databasePath), 'the SQLite folders and file exist')
      const res = await fetch(`${server.url}/readyz`, { headers: { 'x-request-id': 'socket-test-1' } })
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('x-request-id'), 'socket-test-1')
      assert.deepEqual(await res.json(), { status: 'ready' })
      assert.ok(server.logs.some((line) => Array.isArray(line.migrations)), 'it logged the migrations it applied')
    } finally {
      assert.equal(await server.stop('SIGTERM'), 0)
    }
    assert.ok(server.logs.some((line) => line.msg === 'shutting down' && line.signal === 'SIGTERM'))
  })

  it('keeps its data across a restart', async (t) => {
    const databaseUrl = await freshDatabase(t)
    const first = await startServer({ DATABASE_URL: databaseUrl })
    const created = await fetch(`${first.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'persisted', email: 'persisted@example.com', password: 'a fine password' }),
    })
    assert.equal(created.status, 201)
    assert.equal(await first.stop('SIGINT'), 0)

    const second = await startServer({ DATABASE_URL: databaseUrl })
    try {
      const res = await fetch(`${second.url}/api/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'persisted', password: 'a fine password' }),
      })
      assert.equal(res.status, 201)
    } finally {
      await second.stop()
    }
  })

  it("runs the README's walk-through by copy and paste, with the statuses the README promises", async (t) => {
    const server = await startServer({ DATABASE_URL: await freshDatabase(t) })
    let output: string
    try {
      const script = (await readmeWalkthrough()).replace(/^API=http:\/\/127\.0\.0\.1:5000$/m, `API=${server.url}`)
      assert.ok(script.includes(`API=${server.url}`), 'the walk-through sets API on a line of its own')
      ;({ stdout: output } = await run('bash', ['-euo', 'pipefail', '-c', script], { cwd: scratch }))
    } finally {
      await server.stop()
    }

    const statuses = [...output.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]))
    // sign up, profile, list, patch, delete without token, delete as bob, bad input, delete,
    // get deleted, log out, profile with the revoked token
    assert.deepEqual(statuses, [201, 200, 200, 200, 401, 403, 400, 204, 404, 204, 401])
    assert.match(output, /^location: \/api\/users\/1\r?$/im)
    assert.match(output, /"code":"forbidden"/)
    assert.match(output, /"error":"Post not found"/)

    // The error body the README shows for the bad-input step is the one the server sends.
    const readme = await readFile(join(root, 'README.md'), 'utf8')
    const documented = JSON.parse(/The bad-input step answers:\s*```json\n([\s\S]*?)```/.exec(readme)![1]!.replace('"0b6f3c0e-…"', '"x"'))
    const sent = JSON.parse(/^(\{.*"code":"validation_failed".*)$/m.exec(output)![1]!)
    assert.deepEqual({ ...sent, request_id: 'x' }, documented)
  })

  it('logs one JSON line per request, and never a password or a token', async (t) => {
    const server = await startServer({ DATABASE_URL: await freshDatabase(t) })
    const password = 'a very secret passphrase'
    let token: string
    try {
      const json = { 'content-type': 'application/json' }
      await fetch(`${server.url}/api/users`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username: 'logger', email: 'logger@example.com', password }),
      })
      const login = await fetch(`${server.url}/api/tokens`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username: 'logger', password }),
      })
      token = ((await login.json()) as { token: string }).token
      await fetch(`${server.url}/api/profile`, { headers: { authorization: `Bearer ${token}` } })
      await fetch(`${server.url}/api/profile`, { headers: { authorization: `Bearer ${token}x` } })
    } finally {
      await server.stop()
    }

    const requests = server.logs.filter((line) => line.msg === 'request')
    assert.deepEqual(
      requests.map((line) => [line.method, line.route, line.status]),
      [
        ['POST', '/api/users', 201],
        ['POST', '/api/tokens', 201],
        ['GET', '/api/profile', 200],
        ['GET', '/api/profile', 401],
      ],
    )
    for (const line of requests) {
      assert.equal(typeof line.request_id, 'string')
      assert.equal(typeof line.ms, 'number')
      assert.match(String(line.time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    }
    const everything = JSON.stringify(server.logs)
    assert.ok(!everything.includes(password), 'the password is not logged')
    assert.ok(!everything.includes(token), 'the token is not logged')
  })

  it('refuses to start on a bad configuration, naming every variable that is wrong', async () => {
    const result = await run(process.execPath, [entry], {
      cwd: root,
      env: { ...process.env, PORT: 'eighty', TOKEN_TTL: 'forever', CORS_ORIGINS: 'localhost:3000' },
    }).then(
      () => assert.fail('the server started'),
      (error: { code: number; stderr: string }) => error,
    )
    assert.equal(result.code, 1)
    assert.match(result.stderr, /Invalid configuration/)
    for (const variable of ['PORT', 'TOKEN_TTL', 'CORS_ORIGINS']) assert.match(result.stderr, new RegExp(`${variable}: `))
  })
})
