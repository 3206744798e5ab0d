/**
 * The admin CLI, run as operators run it (the compiled `admin.js`, and through the container's
 * entry point), against a database that an app in the test also serves, so every effect is
 * checked the way a client would notice it.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { describe, it, type TestContext } from 'node:test'
import { bearer, FakeClock, logIn, signUp } from './helpers.js'
import { engineIndependent, freshDatabase } from './support/databases.js'
import { compiledServer, root } from './support/server.js'
import { buildApp, type App } from '../src/app.js'
import type { Clock } from '../src/clock.js'
import { loadConfig } from '../src/config.js'
import { createDatabase } from '../src/db/database.js'

interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/** `admin.js ...args` (or `inkwell.js admin ...args`) on `url`, with `input` on stdin. */
async function admin(url: string, args: string[], options: { input?: string; viaEntryPoint?: boolean } = {}): Promise<Result> {
  const cli = dirname(await compiledServer())
  const argv = options.viaEntryPoint ? [join(cli, 'cli', 'inkwell.js'), 'admin', ...args] : [join(cli, 'cli', 'admin.js'), ...args]
  const child = spawn(process.execPath, argv, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  child.stdin.end(options.input ?? '')
  const code = await new Promise<number | null>((done) => child.once('exit', done))
  return { code, stdout, stderr }
}

/** An app on the same database as the CLI, to see what the CLI did as a client would. */
async function appOn(t: TestContext, url: string, clock: Clock = { now: () => new Date() }): Promise<App> {
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', RATE_LIMIT: 'off', RATE_LIMIT_LOGIN: 'off', RATE_LIMIT_SIGNUP: 'off' })
  const database = createDatabase(config.databaseUrl, config.database)
  await database.migrate()
  const app = await buildApp({ config, database, clock, logger: false })
  t.after(() => app.close())
  return app
}

const status = async (app: App, method: 'GET' | 'POST', url: string, options: { token?: string; payload?: object } = {}) =>
  (await app.inject({ method, url, ...(options.token && { headers: bearer(options.token) }), ...(options.payload && { payload: options.payload }) }))
    .statusCode

describe('npm run admin', () => {
  it('creates a user with the API\'s validation, refuses a taken name, and lists users', async (t) => {
    const url = await freshDatabase(t)
    const created = await admin(url, ['create-user', 'ada', 'ada@example.com'], { input: 'a fine password\n' })
    assert.equal(created.code, 0, created.stderr)
    assert.match(created.stdout, /^Created user ada \(id \d+, ada@example\.com\)\.\n$/)

    const app = await appOn(t, url)
    assert.equal(await status(app, 'POST', '/api/tokens', { payload: { username: 'ada', password: 'a fine password' } }), 201)

    const taken = await admin(url, ['create-user', 'ADA', 'other@example.com'], { input: 'a fine password\n' })
    assert.equal(taken.code, 1)
    assert.equal(taken.stderr, 'create-user: That username is already taken\n  username: is already taken\n')

    const invalid = await admin(url, ['create-user', 'b', 'not-an-email'], { input: 'short\n' })
    assert.equal(invalid.code, 1)
    assert.equal(
      invalid.stderr,
      'create-user: Invalid input\n  username: must be at least 3 characters\n  email: must be a valid email address\n  password: must be at least 8 characters\n',
    )

    const listed = await admin(url, ['list-users'], { viaEntryPoint: true })
    assert.equal(listed.code, 0, listed.stderr)
    const lines = listed.stdout.trimEnd().split('\n')
    assert.match(lines[0]!, /^id +username +email +created_at$/)
    assert.equal(lines.length, 2, 'only ada was created')
    assert.match(lines[1]!, /^\d+ +ada +ada@example\.com +\d{4}-\d\d-\d\dT/)
  })

  it('sets a password, revoking every token of the user; revokes tokens; deletes only with --yes', async (t) => {
    const url = await freshDatabase(t)
    assert.equal((await admin(url, ['create-user', 'ada', 'ada@example.com'], { input: 'a fine password\n' })).code, 0)
    const app = await appOn(t, url)
    const first = await logIn(app, { username: 'ada', password: 'a fine password' })
    const second = await logIn(app, { username: 'ada', password: 'a fine password' })

    const weak = await admin(url, ['set-password', 'ada'], { input: 'short\n' })
    assert.equal(weak.code, 1)
    assert.equal(weak.stderr, 'set-password: Invalid input\n  password: must be at least 8 characters\n')
    assert.equal(await status(app, 'GET', '/api/profile', { token: first }), 200, 'a refused reset changed nothing')

    const reset = await admin(url, ['set-password', 'ada'], { input: 'a brand new password\n' })
    assert.equal(reset.code, 0, reset.stderr)
    assert.equal(reset.stdout, 'Password of ada changed; 2 tokens revoked.\n')
    assert.equal(await status(app, 'GET', '/api/profile', { token: first }), 401)
    assert.equal(await status(app, 'GET', '/api/profile', { token: second }), 401)
    assert.equal(await status(app, 'POST', '/api/tokens', { payload: { username: 'ada', password: 'a fine password' } }), 401)
    const third = await logIn(app, { username: 'ada', password: 'a brand new password' })

    const revoked = await admin(url, ['revoke-tokens', 'ada'])
    assert.equal(revoked.code, 0, revoked.stderr)
    assert.equal(revoked.stdout, 'Revoked 1 token of ada.\n')
    assert.equal(await status(app, 'GET', '/api/profile', { token: third }), 401)

    const fourth = await logIn(app, { username: 'ada', password: 'a brand new password' })
    const post = await app.inject({ method: 'POST', url: '/api/posts', headers: bearer(fourth), payload: { title: 'T', body: 'B' } })
    const unconfirmed = await admin(url, ['delete-user', 'ada'])
    assert.equal(unconfirmed.code, 2)
    assert.match(unconfirmed.stderr, /add --yes/)
    assert.equal(await status(app, 'GET', '/api/profile', { token: fourth }), 200, 'nothing was deleted')

    const deleted = await admin(url, ['delete-user', 'ada', '--yes'])
    assert.equal(deleted.code, 0, deleted.stderr)
    assert.match(deleted.stdout, /^Deleted user ada \(id \d+\) with their posts and tokens\.\n$/)
    assert.equal(await status(app, 'GET', `/api/posts/${post.json().id}`), 404)
    assert.equal(await status(app, 'POST', '/api/tokens', { payload: { username: 'ada', password: 'a brand new password' } }), 401)

    const gone = await admin(url, ['revoke-tokens', 'ada'])
    assert.equal(gone.code, 1)
    assert.equal(gone.stderr, 'revoke-tokens: User not found\n')
  })

  it('sweeps expired tokens and keeps live ones', async (t) => {
    const url = await freshDatabase(t)
    assert.equal((await admin(url, ['create-user', 'ada', 'ada@example.com'], { input: 'a fine password\n' })).code, 0)
    // Tokens issued a year ago, by an app whose clock says so, have expired by now (30 days).
    const past = await appOn(t, url, new FakeClock(new Date(Date.now() - 365 * 86_400_000).toISOString()))
    await logIn(past, { username: 'ada', password: 'a fine password' })
    await logIn(past, { username: 'ada', password: 'a fine password' })
    // Logging in drops the user's own expired tokens, so the live token is somebody else's.
    const app = await appOn(t, url)
    const bob = await signUp(app, 'bob')
    const live = bob.token

    const swept = await admin(url, ['sweep-tokens'])
    assert.equal(swept.code, 0, swept.stderr)
    assert.equal(swept.stdout, 'Deleted 2 expired tokens.\n')
    assert.equal(await status(app, 'GET', '/api/profile', { token: live }), 200)
    assert.equal((await admin(url, ['sweep-tokens'])).stdout, 'Deleted 0 expired tokens.\n')
  })

  it('explains itself: --help for every command, and exit 2 with the usage on a mistake', { skip: engineIndependent }, async (t) => {
    const url = await freshDatabase(t)
    const help = await admin(url, ['--help'])
    assert.equal(help.code, 0)
    for (const command of ['create-user', 'set-password', 'revoke-tokens', 'delete-user', 'list-users', 'sweep-tokens']) {
      assert.match(help.stdout, new RegExp(`^  ${command}`, 'm'))
      const own = await admin(url, [command, '--help'])
      assert.equal(own.code, 0)
      assert.match(own.stdout, new RegExp(`^Usage: npm run admin -- ${command}`))
    }
    const unknown = await admin(url, ['frobnicate'])
    assert.equal(unknown.code, 2)
    assert.match(unknown.stderr, /^Unknown command "frobnicate"\./)
    const missing = await admin(url, ['create-user', 'ada'])
    assert.equal(missing.code, 2)
    assert.match(missing.stderr, /^create-user takes <username> <email>\./)
    const badOption = await admin(url, ['list-users', '--limit', 'lots'])
    assert.equal(badOption.code, 2)
    assert.match(badOption.stderr, /--limit must be a whole number/)
    assert.equal((await admin(url, [])).code, 2)
  })
})
