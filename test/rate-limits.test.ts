/**
 * Rate limits as a client meets them: RateLimit-* headers on every answer, then 429 with
 * Retry-After and a JSON error, per client IP; stricter for logins and sign-ups; shared through
 * Redis between instances, and still serving when Redis goes away.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { describe, it, type TestContext } from 'node:test'
import { Redis } from 'ioredis'
import type { App } from '../src/app.js'
import { createTestApp, errorBody, signUp } from './helpers.js'
import { freePort } from './support/server.js'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** An address of its own for each test, so that counters shared through Redis never collide. */
const randomIp = () => `10.${[...randomBytes(3)].join('.')}`

const get = (app: App, url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers })

function assertLimited(res: Awaited<ReturnType<typeof get>>, limit: number, windowSeconds = 60) {
  assert.equal(res.statusCode, 429, res.body)
  const body = errorBody(res)
  assert.equal(body.code, 'rate_limited')
  assert.match(body.error, /^Too many requests; retry in /)
  assert.equal(res.headers['ratelimit-limit'], String(limit))
  assert.equal(res.headers['ratelimit-remaining'], '0')
  const retryAfter = Number(res.headers['retry-after'])
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= windowSeconds, `Retry-After: ${res.headers['retry-after']}`)
}

describe('rate limits', () => {
  it('counts down in RateLimit-* headers, then answers 429 with Retry-After and a JSON error', async (t) => {
    const { app } = await createTestApp(t, { env: { RATE_LIMIT: '3/1m' } })
    for (const remaining of ['2', '1', '0']) {
      const res = await get(app, '/api/posts')
      assert.equal(res.statusCode, 200)
      assert.equal(res.headers['ratelimit-limit'], '3')
      assert.equal(res.headers['ratelimit-remaining'], remaining)
      assert.ok(Number(res.headers['ratelimit-reset']) > 0)
    }
    assertLimited(await get(app, '/api/posts'), 3)
    // Every route shares the limit, unknown ones too.
    assertLimited(await get(app, '/api/users'), 3)
    assertLimited(await get(app, '/nowhere'), 3)
  })

  it('is on by default, and never limits the health probes', async (t) => {
    const { app } = await createTestApp(t)
    const res = await get(app, '/api/posts')
    assert.equal(res.headers['ratelimit-limit'], '600')
    const limited = await createTestApp(t, { env: { RATE_LIMIT: '1/1m' } })
    for (let i = 0; i < 3; i++) {
      for (const probe of ['/healthz', '/readyz']) {
        const answer = await get(limited.app, probe)
        assert.equal(answer.statusCode, 200)
        assert.equal(answer.headers['ratelimit-limit'], undefined)
      }
    }
  })

  it('limits logins more strictly, even with the right password, and apart from other routes', async (t) => {
    const { app } = await createTestApp(t, { env: { RATE_LIMIT_LOGIN: '2/1m' } })
    const ada = await signUp(app, 'ada') // one login
    const login = () =>
      app.inject({ method: 'POST', url: '/api/tokens', payload: { username: 'ada', password: ada.password } })
    const wrong = await app.inject({ method: 'POST', url: '/api/tokens', payload: { username: 'ada', password: 'guess-number-1' } })
    assert.equal(wrong.statusCode, 401)
    assertLimited(await login(), 2)
    // The rest of the API is not affected.
    const profile = await get(app, '/api/profile', ada.headers)
    assert.equal(profile.statusCode, 200)
    assert.equal(profile.headers['ratelimit-limit'], '600')
  })

  it('counts logins against the general limit when the login limit is off', async (t) => {
    const { app } = await createTestApp(t, { env: { RATE_LIMIT: '2/1m', RATE_LIMIT_LOGIN: 'off' } })
    const login = () => app.inject({ method: 'POST', url: '/api/tokens', payload: { username: 'nobody', password: 'guess-number-1' } })
    for (const remaining of ['1', '0']) {
      const res = await login()
      assert.equal(res.statusCode, 401, res.body)
      assert.equal(res.headers['ratelimit-limit'], '2')
      assert.equal(res.headers['ratelimit-remaining'], remaining)
    }
    assertLimited(await login(), 2)
    assertLimited(await get(app, '/api/posts'), 2)
  })

  it('limits sign-ups more strictly, and a refused sign-up creates nobody', async (t) => {
    const { app } = await createTestApp(t, { env: { RATE_LIMIT_SIGNUP: '2/1h' } })
    const signUpAs = (username: string) =>
      app.inject({
        method: 'POST',
        url: '/api/users',
        payload: { username, email: `${username}@example.com`, password: 'a decent password' },
      })
    assert.equal((await signUpAs('first')).statusCode, 201)
    assert.equal((await signUpAs('second')).statusCode, 201)
    const refused = await signUpAs('third')
    assertLimited(refused, 2, 3600)
    assert.ok(Number(refused.headers['retry-after']) > 60, 'the hour-long window is reflected in Retry-After')
    const users = (await get(app, '/api/users')).json().users as { username: string }[]
    assert.deepEqual(users.map((u) => u.username), ['second', 'first'])
  })

  it('counts each client IP apart', async (t) => {
    const { app } = await createTestApp(t, { env: { RATE_LIMIT: '1/1m' } })
    const from = (remoteAddress: string) => app.inject({ method: 'GET', url: '/api/posts', remoteAddress })
    assert.equal((await from('192.0.2.1')).statusCode, 200)
    assert.equal((await from('192.0.2.2')).statusCode, 200)
    assert.equal((await from('192.0.2.1')).statusCode, 429)
  })

  it('counts an IPv6 /64 as one client, and an IPv4-mapped address as its IPv4 address', async (t) => {
    const { app } = await createTestApp(t, { env: { RATE_LIMIT: '2/1m' } })
    const from = (remoteAddress: string) => app.inject({ method: 'GET', url: '/api/posts', remoteAddress })
    assert.equal((await from('2001:db8:1:2::1')).statusCode, 200)
    assert.equal((await from('2001:db8:1:2::ffff')).statusCode, 200)
    assert.equal((await from('2001:db8:1:2:aaaa::7')).statusCode, 429, 'another address of the same /64')
    assert.equal((await from('2001:db8:1:3::1')).statusCode, 200, 'the next /64 is somebody else')
    assert.equal((await from('192.0.2.9')).statusCode, 200)
    assert.equal((await from('::ffff:192.0.2.9')).statusCode, 200)
    assert.equal((await from('192.0.2.9')).statusCode, 429)
  })

  it('believes X-Forwarded-For only when TRUST_PROXY says so', async (t) => {
    const forwarded = (app: App, client: string) =>
      app.inject({ method: 'GET', url: '/api/posts', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': client } })

    const untrusting = (await createTestApp(t, { env: { RATE_LIMIT: '1/1m' } })).app
    assert.equal((await forwarded(untrusting, '198.51.100.1')).statusCode, 200)
    // A client cannot escape its limit by making up a new address for every request.
    assert.equal((await forwarded(untrusting, '198.51.100.2')).statusCode, 429)

    const behindProxy = (await createTestApp(t, { env: { RATE_LIMIT: '1/1m', TRUST_PROXY: '127.0.0.1' } })).app
    assert.equal((await forwarded(behindProxy, '198.51.100.1')).statusCode, 200)
    assert.equal((await forwarded(behindProxy, '198.51.100.2')).statusCode, 200)
    assert.equal((await forwarded(behindProxy, '198.51.100.1')).statusCode, 429)
  })

  it('can be switched off', async (t) => {
    const { app } = await createTestApp(t, { env: { RATE_LIMIT: 'off', RATE_LIMIT_LOGIN: 'off', RATE_LIMIT_SIGNUP: 'off' } })
    const res = await get(app, '/api/posts')
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['ratelimit-limit'], undefined)
  })
})

/** Whether a Redis server answers at `url`; the reason it does not, otherwise. */
async function redisProblem(url: string): Promise<string | null> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null })
  redis.on('error', () => {})
  try {
    await redis.connect()
    await redis.ping()
    return null
  } catch (error) {
    return `no Redis at ${url} (${(error as Error).message})`
  } finally {
    redis.disconnect()
  }
}

const noSharedRedis = await redisProblem(REDIS_URL)

/** A Redis server of the test's own on a free port, which the test may stop. */
async function startRedis(t: TestContext): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort()
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await exited
  }
  t.after(stop)
  await new Promise<void>((ready, failed) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) ready()
    })
    child.once('error', failed)
    child.once('exit', () => failed(new Error('redis-server exited before it was ready')))
  })
  return { url: `redis://127.0.0.1:${port}`, stop }
}

describe('rate limits shared through Redis', { skip: noSharedRedis ?? false }, () => {
  it('counts requests to every instance together', async (t) => {
    const env = { RATE_LIMIT: '3/1m', REDIS_URL, TRUST_PROXY: 'true' }
    const a = (await createTestApp(t, { env })).app
    const b = (await createTestApp(t, { env })).app
    const client = { 'x-forwarded-for': randomIp() }
    assert.equal((await get(a, '/api/posts', client)).headers['ratelimit-remaining'], '2')
    assert.equal((await get(b, '/api/posts', client)).headers['ratelimit-remaining'], '1')
    assert.equal((await get(a, '/api/posts', client)).headers['ratelimit-remaining'], '0')
    assertLimited(await get(b, '/api/posts', client), 3)
    // Somebody else is not affected.
    assert.equal((await get(b, '/api/posts', { 'x-forwarded-for': randomIp() })).statusCode, 200)
  })

  it('keeps serving, and limiting per instance, while Redis is away', async (t) => {
    const redis = await startRedis(t)
    const { app } = await createTestApp(t, { env: { RATE_LIMIT: '2/1m', REDIS_URL: redis.url, TRUST_PROXY: 'true' } })
    const client = { 'x-forwarded-for': randomIp() }
    assert.equal((await get(app, '/api/posts', client)).statusCode, 200)

    const inspector = new Redis(redis.url)
    t.after(() => inspector.disconnect())
    const keys = await inspector.keys('inkwell-rate-limit:*')
    assert.ok(keys.some((key) => key.includes(client['x-forwarded-for'])), `counted in Redis: ${keys}`)

    await redis.stop()
    const during = { 'x-forwarded-for': randomIp() }
    const first = await get(app, '/api/posts', during)
    assert.equal(first.statusCode, 200, 'served while Redis is down')
    assert.equal((await get(app, '/api/posts', during)).statusCode, 200)
    assertLimited(await get(app, '/api/posts', during), 2)
  })
})

if (noSharedRedis) {
  describe('rate limits shared through Redis', () => {
    it(`SKIPPED: ${noSharedRedis}; set TEST_REDIS_URL to run these`, { skip: true }, () => {})
  })
}
