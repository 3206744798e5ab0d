/**
 * /api/tokens and bearer authentication, by behaviour: logging in, what is stored, every way a
 * token can be wrong, expiry and revocation. See issue 2 ("Tokens").
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import type { LightMyRequestResponse } from 'fastify'
import type { App } from '../src/app.js'
import { assertInvalidToken, bearer, createTestApp, errorBody, logIn, signUp, storedRows, type FakeClock, type SignedUp } from './helpers.js'

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/
const DAY_MS = 24 * 3600 * 1000
const DEFAULT_TTL_MS = 30 * DAY_MS

function login(app: App, payload: Record<string, unknown>, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/tokens', payload, headers })
}

function profile(app: App, headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url: '/api/profile', headers })
}

function withoutRequestId(res: LightMyRequestResponse): Record<string, unknown> {
  const { request_id: _ignored, ...rest } = errorBody(res)
  return rest
}

describe('POST /api/tokens', () => {
  it('issues a Bearer token for the username in any case, expiring 30 days from now', async (t) => {
    const { app, clock } = await createTestApp(t)
    const ada = await signUp(app, 'Ada')
    clock.advance(5 * 60_000)
    const now = clock.now().getTime()

    for (const username of ['Ada', 'ada', 'ADA']) {
      const res = await login(app, { username, password: ada.password })
      assert.equal(res.statusCode, 201, res.body)
      const body = res.json()
      assert.deepEqual(Object.keys(body).sort(), ['expires_at', 'token', 'token_type', 'user'])
      assert.match(body.token, TOKEN_SHAPE)
      assert.equal(body.token_type, 'Bearer')
      assert.equal(body.expires_at, new Date(now + DEFAULT_TTL_MS).toISOString())
      assert.deepEqual(body.user, {
        id: ada.id,
        username: 'Ada',
        email: 'Ada@example.com',
        bio: null,
        image: null,
        created_at: new Date(now - 5 * 60_000).toISOString(),
      })
      const me = await profile(app, bearer(body.token))
      assert.equal(me.statusCode, 200, me.body)
      assert.equal(me.json().id, ada.id)
    }
  })

  it('issues a token for the email in any case', async (t) => {
    const { app, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')

    for (const email of ['ada@example.com', 'ADA@EXAMPLE.COM', 'Ada@Example.com']) {
      const res = await login(app, { email, password: ada.password })
      assert.equal(res.statusCode, 201, res.body)
      const body = res.json()
      assert.match(body.token, TOKEN_SHAPE)
      assert.equal(body.token_type, 'Bearer')
      assert.equal(body.expires_at, new Date(clock.now().getTime() + DEFAULT_TTL_MS).toISOString())
      assert.deepEqual(body.user, {
        id: ada.id,
        username: 'ada',
        email: 'ada@example.com',
        bio: null,
        image: null,
        created_at: clock.now().toISOString(),
      })
    }
  })

  it('sets expires_at from TOKEN_TTL when it is configured', async (t) => {
    const { app, clock } = await createTestApp(t, { env: { TOKEN_TTL: '1h' } })
    const ada = await signUp(app, 'ada')
    const res = await login(app, { username: 'ada', password: ada.password })
    assert.equal(res.statusCode, 201, res.body)
    assert.equal(res.json().expires_at, new Date(clock.now().getTime() + 3600_000).toISOString())
  })

  it('stores only the SHA-256 hex of the token, never the token', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')

    const rows = (await storedRows(database)).tokens
    assert.equal(rows.length, 1)
    const row = rows[0]!
    assert.equal(row.user_id, ada.id)
    assert.equal(row.token_hash, createHash('sha256').update(ada.token).digest('hex'))
    assert.match(row.token_hash, /^[0-9a-f]{64}$/)
    assert.ok(!JSON.stringify(rows).includes(ada.token), 'the token itself is not stored anywhere in the row')
  })

  it('gives a wrong password and an unknown user the same 401 invalid_credentials body', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const tokensBefore = (await storedRows(database)).tokens.length

    const attempts = [
      { username: 'ada', password: 'wrong-password' },
      { username: 'nobody', password: 'wrong-password' },
      { email: 'ada@example.com', password: 'wrong-password' },
      { email: 'nobody@example.com', password: ada.password },
    ]
    const bodies = []
    for (const payload of attempts) {
      const res = await login(app, payload)
      assert.equal(res.statusCode, 401, res.body)
      const body = withoutRequestId(res)
      assert.equal(body.code, 'invalid_credentials')
      assert.equal(body.details, undefined)
      assert.ok(!('token' in body))
      bodies.push(body)
    }
    for (const body of bodies.slice(1)) assert.deepEqual(body, bodies[0])
    assert.equal((await storedRows(database)).tokens.length, tokensBefore)
  })

  describe('refuses malformed credentials with 400 and issues nothing', () => {
    const cases: { name: string; payload: Record<string, unknown>; field: string; message?: string }[] = [
      {
        name: 'both username and email',
        payload: { username: 'ada', email: 'ada@example.com', password: 'ada-password-1' },
        field: 'email',
        message: 'send either username or email, not both',
      },
      {
        name: 'neither username nor email',
        payload: { password: 'ada-password-1' },
        field: 'username',
        message: 'is required, or send email instead',
      },
      { name: 'no password', payload: { username: 'ada' }, field: 'password' },
      { name: 'a password that is not a string', payload: { username: 'ada', password: 12345678 }, field: 'password' },
      { name: 'an unknown field', payload: { username: 'ada', password: 'ada-password-1', remember: true }, field: 'remember' },
    ]
    for (const { name, payload, field, message } of cases) {
      it(name, async (t) => {
        const { app, database } = await createTestApp(t)
        await signUp(app, 'ada')
        const tokensBefore = (await storedRows(database)).tokens.length

        const res = await login(app, payload)
        assert.equal(res.statusCode, 400, res.body)
        const body = errorBody(res)
        assert.equal(body.code, 'validation_failed')
        assert.deepEqual(
          body.details?.map((d) => d.field),
          [field],
        )
        if (message) assert.equal(body.details?.[0]?.message, message)
        assert.equal((await storedRows(database)).tokens.length, tokensBefore)
      })
    }
  })

  it('gives two logins two different tokens that both work', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const second = await logIn(app, { username: 'ada', password: ada.password })

    assert.notEqual(second, ada.token)
    for (const token of [ada.token, second]) {
      const res = await profile(app, bearer(token))
      assert.equal(res.statusCode, 200, res.body)
      assert.equal(res.json().id, ada.id)
    }
    assert.equal((await storedRows(database)).tokens.filter((token) => token.user_id === ada.id).length, 2)
  })
})

describe('Bearer authentication', () => {
  /** Each scenario gives the Authorization header (or none) a request to GET /api/profile carries. */
  const scenarios: {
    name: string
    authorization: (app: App, clock: FakeClock) => Promise<string | undefined>
  }[] = [
    { name: 'no Authorization header', authorization: async () => undefined },
    { name: 'the Basic scheme', authorization: async () => `Basic ${Buffer.from('ada:ada-password-1').toString('base64')}` },
    {
      name: 'the Basic scheme with the real password',
      authorization: async (app) => {
        const ada = await signUp(app, 'ada')
        return `Basic ${Buffer.from(`ada:${ada.password}`).toString('base64')}`
      },
    },
    { name: '"Bearer" with no token', authorization: async () => 'Bearer' },
    { name: '"Bearer " with an empty token', authorization: async () => 'Bearer ' },
    { name: 'a token alone, without a scheme', authorization: async (app) => (await signUp(app, 'ada')).token },
    { name: 'a malformed token', authorization: async () => 'Bearer not-a-token!' },
    { name: 'a token one character short', authorization: async (app) => `Bearer ${(await signUp(app, 'ada')).token.slice(1)}` },
    { name: 'two tokens', authorization: async (app) => `Bearer ${(await signUp(app, 'ada')).token} extra` },
    { name: 'a well-formed but unknown token', authorization: async () => `Bearer ${'A'.repeat(43)}` },
    {
      name: 'an expired token',
      authorization: async (app, clock) => {
        const ada = await signUp(app, 'ada')
        clock.advance(DEFAULT_TTL_MS + 1000)
        return ada.headers.authorization
      },
    },
    {
      name: 'a revoked token',
      authorization: async (app) => {
        const ada = await signUp(app, 'ada')
        const res = await app.inject({ method: 'DELETE', url: '/api/tokens/current', headers: ada.headers })
        assert.equal(res.statusCode, 204, res.body)
        return ada.headers.authorization
      },
    },
  ]
  for (const { name, authorization } of scenarios) {
    it(`refuses ${name} with 401 invalid_token and a Bearer challenge`, async (t) => {
      const { app, clock } = await createTestApp(t)
      const header = await authorization(app, clock)
      const res = await profile(app, header === undefined ? {} : { authorization: header })
      assertInvalidToken(res)
    })
  }

  it('answers a request with no credentials with exactly "WWW-Authenticate: Bearer"', async (t) => {
    const { app } = await createTestApp(t)
    const res = await profile(app)
    assertInvalidToken(res)
    assert.equal(res.headers['www-authenticate'], 'Bearer')
  })

  it('accepts the scheme name in any case', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
      const res = await profile(app, { authorization: `${scheme} ${ada.token}` })
      assert.equal(res.statusCode, 200, `${scheme}: ${res.body}`)
      assert.equal(res.json().id, ada.id)
    }
  })

  it('accepts a token until the instant it expires, and not from then on', async (t) => {
    const { app, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const issuedAt = clock.now().getTime()

    clock.advance(DEFAULT_TTL_MS - 1)
    assert.equal((await profile(app, ada.headers)).statusCode, 200, 'one millisecond before expiry')

    clock.advance(1)
    assert.equal(clock.now().getTime(), issuedAt + DEFAULT_TTL_MS)
    assertInvalidToken(await profile(app, ada.headers))

    clock.advance(DAY_MS)
    assertInvalidToken(await profile(app, ada.headers))
  })

  it('expires a token after TOKEN_TTL when it is configured', async (t) => {
    const { app, clock } = await createTestApp(t, { env: { TOKEN_TTL: '1h' } })
    const ada = await signUp(app, 'ada')

    clock.advance(3600_000 - 1)
    assert.equal((await profile(app, ada.headers)).statusCode, 200)
    clock.advance(1)
    assertInvalidToken(await profile(app, ada.headers))
  })

  it('refuses an invalid token on a public route rather than ignoring it', async (t) => {
    const { app } = await createTestApp(t)
    const anonymous = await app.inject({ method: 'GET', url: '/api/posts' })
    assert.equal(anonymous.statusCode, 200, 'the route is public')

    for (const authorization of [`Bearer ${'A'.repeat(43)}`, 'Bearer not-a-token', 'Basic YWRhOnNlY3JldA==']) {
      assertInvalidToken(await app.inject({ method: 'GET', url: '/api/posts', headers: { authorization } }))
    }
  })

  it('refuses an expired token on a public route', async (t) => {
    const { app, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    clock.advance(DEFAULT_TTL_MS)
    assertInvalidToken(await app.inject({ method: 'GET', url: `/api/users/${ada.id}`, headers: ada.headers }))
  })
})

describe('DELETE /api/tokens/current', () => {
  async function twoSessions(app: App): Promise<{ ada: SignedUp; otherToken: string }> {
    const ada = await signUp(app, 'ada')
    const otherToken = await logIn(app, { username: 'ada', password: ada.password })
    return { ada, otherToken }
  }

  it('revokes the token the request carries with 204, and only that one', async (t) => {
    const { app, database } = await createTestApp(t)
    const { ada, otherToken } = await twoSessions(app)
    const hash = createHash('sha256').update(ada.token).digest('hex')

    const res = await app.inject({ method: 'DELETE', url: '/api/tokens/current', headers: ada.headers })
    assert.equal(res.statusCode, 204, res.body)
    assert.equal(res.body, '')

    const rows = (await storedRows(database)).tokens.filter((token) => token.user_id === ada.id)
    assert.deepEqual(
      rows.map((row) => row.token_hash),
      [createHash('sha256').update(otherToken).digest('hex')],
    )
    assert.ok(!rows.some((row) => row.token_hash === hash))

    const other = await profile(app, bearer(otherToken))
    assert.equal(other.statusCode, 200, 'the same user’s other token still works')
    assert.equal(other.json().id, ada.id)
  })

  it('leaves the revoked token refused everywhere, even after logging in again', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const res = await app.inject({ method: 'DELETE', url: '/api/tokens/current', headers: ada.headers })
    assert.equal(res.statusCode, 204, res.body)
    await logIn(app, { username: 'ada', password: ada.password })

    const requests = [
      { method: 'GET', url: '/api/profile' },
      { method: 'GET', url: '/api/posts' },
      { method: 'GET', url: `/api/users/${ada.id}` },
      { method: 'POST', url: '/api/posts', payload: { title: 'Hi', body: 'there' } },
      { method: 'PATCH', url: `/api/users/${ada.id}`, payload: { username: 'mallory' } },
      { method: 'DELETE', url: '/api/tokens/current' },
    ] as const
    for (const request of requests) {
      const res = await app.inject({ ...request, headers: ada.headers })
      assertInvalidToken(res)
    }
  })

  it('refuses a request without a token with 401 and WWW-Authenticate: Bearer', async (t) => {
    const { app, database } = await createTestApp(t)
    await signUp(app, 'ada')
    const res = await app.inject({ method: 'DELETE', url: '/api/tokens/current' })
    assertInvalidToken(res)
    assert.equal(res.headers['www-authenticate'], 'Bearer')
    assert.equal((await storedRows(database)).tokens.length, 1)
  })
})

describe('token lifetime bounds', () => {
  it('issues tokens that live the longest TOKEN_TTL allowed, a year, and honours them', async (t) => {
    const { app, clock } = await createTestApp(t, { env: { TOKEN_TTL: '365d' } })
    await signUp(app, 'ada')
    const res = await login(app, { username: 'ada', password: 'ada-password-1' })
    assert.equal(res.statusCode, 201)
    assert.equal(res.json().expires_at, new Date(clock.now().getTime() + 365 * 86400_000).toISOString())
    clock.advance(364 * 86400_000)
    const profile = await app.inject({ method: 'GET', url: '/api/profile', headers: bearer(res.json().token) })
    assert.equal(profile.statusCode, 200)
  })
})
