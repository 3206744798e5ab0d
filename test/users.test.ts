/**
 * /api/users and /api/profile, by behaviour: signing up, listing, reading, changing and deleting
 * accounts, and who may do which. See issue 2 ("Users").
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import type { App } from '../src/app.js'
import type { DatabaseHandle } from '../src/db/database.js'
import {
  assertError,
  assertInvalidToken,
  BAD_TOKEN,
  bearer,
  conflict,
  createPost,
  createTestApp,
  INVALID_CREDENTIALS,
  logIn,
  notFound,
  runAccessMatrix,
  signUp,
  storedRow,
  storedRows,
  validationFailed,
  type AccessScenario,
  type SignedUp,
} from './helpers.js'
import { RATE_LIMITS_OFF } from './support/client.js'

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

type FieldError = { field: string; message: string }

/** Sign-up without the login `signUp` also does: one Argon2 hash instead of two. */
function register(app: App, username: string, overrides: Record<string, unknown> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/users',
    payload: { username, email: `${username}@example.com`, password: `${username}-password-1`, ...overrides },
  })
}

function assertUserNotFound(res: LightMyRequestResponse): void {
  assertError(res, 404, notFound('User'))
}

async function countRows(database: DatabaseHandle, table: 'users' | 'posts' | 'tokens'): Promise<number> {
  return (await storedRows(database))[table].length
}

const storedUser = (database: DatabaseHandle, id: number) => storedRow(database, 'users', id)

describe('POST /api/users', () => {
  it('creates the user and answers 201 with the own-user shape and a Location', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const res = await app.inject({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'Ada_Lovelace', email: 'ada@example.com', password: 'correct horse battery' },
    })

    assert.equal(res.statusCode, 201, res.body)
    assert.match(String(res.headers['content-type']), /^application\/json/)
    const body = res.json()
    assert.ok(Number.isInteger(body.id) && body.id >= 1, `id ${body.id}`)
    assert.deepEqual(body, {
      id: body.id,
      username: 'Ada_Lovelace',
      email: 'ada@example.com',
      bio: null,
      image: null,
      created_at: clock.now().toISOString(),
    })
    assert.match(body.created_at, ISO_UTC)
    assert.equal(res.headers.location, `/api/users/${body.id}`)
    assert.ok(!/password|hash/i.test(res.body), `no password or hash in ${res.body}`)

    const row = await storedUser(database, body.id)
    assert.ok(row)
    assert.equal(row.username, 'Ada_Lovelace')
    assert.equal(row.email, 'ada@example.com')
  })

  it('stores an Argon2id hash at m=19456, t=2, p=1, never the password', async (t) => {
    const { app, database } = await createTestApp(t)
    const password = 'correct horse battery'
    const res = await register(app, 'ada', { password })
    assert.equal(res.statusCode, 201, res.body)

    const row = await storedUser(database, res.json().id)
    assert.ok(row)
    assert.ok(row.password_hash.startsWith('$argon2id$'), row.password_hash)
    assert.match(row.password_hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    assert.ok(!row.password_hash.includes(password))
    assert.ok(!Object.values(row).some((value) => value === password))
  })

  it('accepts usernames of 3 and 32 characters using letters, digits, _, . and -', async (t) => {
    const { app } = await createTestApp(t)
    for (const username of ['a_b', 'A.b-c_9'.padEnd(32, 'z')]) {
      const res = await register(app, username)
      assert.equal(res.statusCode, 201, `${username}: ${res.body}`)
      assert.equal(res.json().username, username)
    }
  })

  it('accepts a password of exactly 8 and of exactly 128 characters', async (t) => {
    const { app } = await createTestApp(t)
    for (const [username, password] of [
      ['eight', '12345678'],
      ['long', 'p'.repeat(128)],
    ] as const) {
      const res = await register(app, username, { password })
      assert.equal(res.statusCode, 201, `${password.length} characters: ${res.body}`)
      const token = await logIn(app, { username, password })
      assert.equal(token.length, 43)
    }
  })

  describe('refuses invalid input with 400 validation_failed naming the field, and stores nothing', () => {
    const valid = { username: 'ada', email: 'ada@example.com', password: 'correct horse' }
    const cases: { name: string; payload: Record<string, unknown>; details: FieldError[] }[] = [
      {
        name: 'username shorter than 3 characters',
        payload: { ...valid, username: 'ab' },
        details: [{ field: 'username', message: 'must be at least 3 characters' }],
      },
      {
        name: 'username longer than 32 characters',
        payload: { ...valid, username: 'a'.repeat(33) },
        details: [{ field: 'username', message: 'must be at most 32 characters' }],
      },
      {
        name: 'username with a space',
        payload: { ...valid, username: 'ada lovelace' },
        details: [{ field: 'username', message: 'may contain only letters, digits, underscores, dots and hyphens' }],
      },
      {
        name: 'username with punctuation',
        payload: { ...valid, username: 'ada!' },
        details: [{ field: 'username', message: 'may contain only letters, digits, underscores, dots and hyphens' }],
      },
      {
        name: 'username with non-ASCII letters',
        payload: { ...valid, username: 'ädä' },
        details: [{ field: 'username', message: 'may contain only letters, digits, underscores, dots and hyphens' }],
      },
      {
        name: 'email without @',
        payload: { ...valid, email: 'not-an-email' },
        details: [{ field: 'email', message: 'must be a valid email address' }],
      },
      {
        name: 'email without a domain',
        payload: { ...valid, email: 'ada@' },
        details: [{ field: 'email', message: 'must be a valid email address' }],
      },
      {
        name: 'password shorter than 8 characters',
        payload: { ...valid, password: '1234567' },
        details: [{ field: 'password', message: 'must be at least 8 characters' }],
      },
      {
        name: 'password of 129 characters',
        payload: { ...valid, password: 'p'.repeat(129) },
        details: [{ field: 'password', message: 'must be at most 128 characters' }],
      },
      {
        name: 'username as a number',
        payload: { ...valid, username: 123 },
        details: [{ field: 'username', message: 'must be a string' }],
      },
      {
        name: 'email as a boolean',
        payload: { ...valid, email: true },
        details: [{ field: 'email', message: 'must be a string' }],
      },
      {
        name: 'password as a number',
        payload: { ...valid, password: 12345678 },
        details: [{ field: 'password', message: 'must be a string' }],
      },
      {
        name: 'password as null',
        payload: { ...valid, password: null },
        details: [{ field: 'password', message: 'must be a string' }],
      },
      {
        name: 'missing password',
        payload: { username: valid.username, email: valid.email },
        details: [{ field: 'password', message: 'is required' }],
      },
      {
        name: 'every field missing',
        payload: {},
        details: [
          { field: 'username', message: 'is required' },
          { field: 'email', message: 'is required' },
          { field: 'password', message: 'is required' },
        ],
      },
      {
        name: 'an unknown field',
        payload: { ...valid, nickname: 'Ada' },
        details: [{ field: 'nickname', message: 'is not a known field' }],
      },
      {
        name: 'the read-only id',
        payload: { ...valid, id: 7 },
        details: [{ field: 'id', message: 'is read-only' }],
      },
      {
        name: 'the read-only created_at',
        payload: { ...valid, created_at: '2020-01-01T00:00:00.000Z' },
        details: [{ field: 'created_at', message: 'is read-only' }],
      },
    ]
    for (const { name, payload, details } of cases) {
      it(name, async (t) => {
        const { app, database } = await createTestApp(t)
        const res = await app.inject({ method: 'POST', url: '/api/users', payload })
        assertError(res, 400, validationFailed(...details))
        assert.equal(res.headers.location, undefined)
        assert.equal(await countRows(database, 'users'), 0)
      })
    }
  })

  it('refuses a username taken in another case with 409 naming username, and stores nothing', async (t) => {
    const { app, database } = await createTestApp(t)
    assert.equal((await register(app, 'ada')).statusCode, 201)

    const res = await register(app, 'ADA', { email: 'someone.else@example.com' })
    assertError(res, 409, conflict('username'))
    assert.equal(await countRows(database, 'users'), 1)
  })

  it('refuses an email taken in another case with 409 naming email, and stores nothing', async (t) => {
    const { app, database } = await createTestApp(t)
    assert.equal((await register(app, 'ada')).statusCode, 201)

    const res = await register(app, 'bob', { email: 'ADA@Example.COM' })
    assertError(res, 409, conflict('email'))
    assert.equal(await countRows(database, 'users'), 1)
  })

  it('never truncates a password: a 100-character one does not match its first 72 characters', async (t) => {
    const { app } = await createTestApp(t)
    const password = 'x'.repeat(72) + 'only-these-28-tell-it-apart!'
    assert.equal(password.length, 100)
    assert.equal((await register(app, 'ada', { password })).statusCode, 201)

    const prefix = await app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { username: 'ada', password: password.slice(0, 72) },
    })
    assertError(prefix, 401, INVALID_CREDENTIALS)

    const whole = await app.inject({ method: 'POST', url: '/api/tokens', payload: { username: 'ada', password } })
    assert.equal(whole.statusCode, 201, whole.body)
  })
})

describe('GET /api/users', () => {
  it('lists public users only (no email key), newest first, with a null next_cursor on the only page', async (t) => {
    const { app, clock } = await createTestApp(t)
    const created = []
    for (const name of ['ada', 'bob', 'cyd']) {
      created.push((await register(app, name)).json())
      clock.advance(1000)
    }

    const res = await app.inject({ method: 'GET', url: '/api/users' })
    assert.equal(res.statusCode, 200, res.body)
    assert.equal(res.headers.link, undefined)
    const body = res.json()
    assert.deepEqual(Object.keys(body).sort(), ['next_cursor', 'users'])
    assert.equal(body.next_cursor, null)
    assert.deepEqual(
      body.users,
      created.reverse().map((u) => ({ id: u.id, username: u.username, bio: null, image: null, following: false, created_at: u.created_at })),
    )
    for (const user of body.users) assert.ok(!('email' in user), JSON.stringify(user))
    assert.ok(!res.body.includes('@example.com'))
  })

  it('walks 5 users with limit=2 through Link and next_cursor, each user exactly once', async (t) => {
    const { app } = await createTestApp(t)
    const ids: number[] = []
    for (const name of ['usr1', 'usr2', 'usr3', 'usr4', 'usr5']) ids.push((await register(app, name)).json().id)

    const seen: number[] = []
    const pageSizes: number[] = []
    let url: string | undefined = '/api/users?limit=2'
    while (url !== undefined) {
      const res: LightMyRequestResponse = await app.inject({ method: 'GET', url })
      assert.equal(res.statusCode, 200, res.body)
      const body = res.json()
      pageSizes.push(body.users.length)
      seen.push(...body.users.map((u: { id: number }) => u.id))
      const link = res.headers.link
      if (body.next_cursor === null) {
        assert.equal(link, undefined, 'the last page has no Link')
        url = undefined
      } else {
        assert.equal(typeof body.next_cursor, 'string')
        const match = /^<([^>]+)>; rel="next"$/.exec(String(link))
        assert.ok(match, `Link header: ${link}`)
        const next = new URL(match[1]!, 'http://localhost')
        assert.equal(next.pathname, '/api/users')
        assert.equal(next.searchParams.get('cursor'), body.next_cursor)
        assert.equal(next.searchParams.get('limit'), '2')
        url = match[1]!
      }
      assert.ok(pageSizes.length <= 3, 'too many pages')
    }

    assert.deepEqual(pageSizes, [2, 2, 1])
    assert.deepEqual(seen, [...ids].reverse())
  })

  it('follows next_cursor as a query parameter to the same page the Link names', async (t) => {
    const { app } = await createTestApp(t)
    for (const name of ['usr1', 'usr2', 'usr3']) assert.equal((await register(app, name)).statusCode, 201)

    const first = await app.inject({ method: 'GET', url: '/api/users?limit=2' })
    const cursor = first.json().next_cursor as string
    const viaCursor = await app.inject({ method: 'GET', url: `/api/users?limit=2&cursor=${encodeURIComponent(cursor)}` })
    const viaLink = await app.inject({ method: 'GET', url: /^<([^>]+)>/.exec(String(first.headers.link))![1]! })
    assert.equal(viaCursor.statusCode, 200)
    assert.deepEqual(viaCursor.json(), viaLink.json())
    assert.deepEqual(
      viaCursor.json().users.map((u: { username: string }) => u.username),
      ['usr1'],
    )
  })

  describe('refuses a bad limit or cursor with 400 naming it', () => {
    const cases: { query: string; details: FieldError[] }[] = [
      { query: 'limit=0', details: [{ field: 'limit', message: 'must be at least 1' }] },
      { query: 'limit=101', details: [{ field: 'limit', message: 'must be at most 100' }] },
      { query: 'limit=abc', details: [{ field: 'limit', message: 'must be an integer' }] },
      { query: 'limit=1.5', details: [{ field: 'limit', message: 'must be an integer' }] },
      {
        query: 'cursor=not-a-cursor',
        details: [{ field: 'cursor', message: 'is not a cursor this server issued; start again without one' }],
      },
      {
        query: `cursor=${Buffer.from('users:abc').toString('base64url')}`,
        details: [{ field: 'cursor', message: 'is not a cursor this server issued; start again without one' }],
      },
    ]
    for (const { query, details } of cases) {
      it(query, async (t) => {
        const { app } = await createTestApp(t)
        const res = await app.inject({ method: 'GET', url: `/api/users?${query}` })
        assertError(res, 400, validationFailed(...details))
      })
    }
  })

  it('refuses a cursor issued by /api/posts', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    await createPost(app, ada)
    await createPost(app, ada)
    const posts = await app.inject({ method: 'GET', url: '/api/posts?limit=1' })
    const postsCursor = posts.json().next_cursor
    assert.equal(typeof postsCursor, 'string', posts.body)

    const res = await app.inject({ method: 'GET', url: `/api/users?cursor=${encodeURIComponent(postsCursor)}` })
    assertError(res, 400, validationFailed({ field: 'cursor', message: 'is not a cursor this server issued; start again without one' }))
  })
})

describe('GET /api/users/{id}', () => {
  it('shows the public shape, without email, to anonymous callers and to other users', async (t) => {
    const { app, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const createdAt = clock.now().toISOString()
    clock.advance(1000)
    const bob = await signUp(app, 'bob')

    for (const headers of [{}, bob.headers]) {
      const res = await app.inject({ method: 'GET', url: `/api/users/${ada.id}`, headers })
      assert.equal(res.statusCode, 200, res.body)
      assert.deepEqual(res.json(), { id: ada.id, username: 'ada', bio: null, image: null, following: false, created_at: createdAt })
      assert.ok(!('email' in res.json()))
    }
  })

  it('includes the email when the caller is that user', async (t) => {
    const { app, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const res = await app.inject({ method: 'GET', url: `/api/users/${ada.id}`, headers: ada.headers })
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), {
      id: ada.id,
      username: 'ada',
      email: 'ada@example.com',
      bio: null,
      image: null,
      created_at: clock.now().toISOString(),
    })
  })

  for (const id of ['999', 'abc', '1.5', '0', '-1', '99999999999999999999']) {
    it(`answers 404 "User not found" for the id ${id}`, async (t) => {
      const { app } = await createTestApp(t)
      assert.equal((await register(app, 'ada')).statusCode, 201)
      assertUserNotFound(await app.inject({ method: 'GET', url: `/api/users/${id}` }))
    })
  }
})

describe('GET /api/profile', () => {
  it('answers the caller themself, with email', async (t) => {
    const { app, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const res = await app.inject({ method: 'GET', url: '/api/profile', headers: ada.headers })
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), {
      id: ada.id,
      username: 'ada',
      email: 'ada@example.com',
      bio: null,
      image: null,
      created_at: clock.now().toISOString(),
    })
  })
})

describe('PATCH /api/users/{id}', () => {
  it('lets a user change their own username and email, answering 200 with the own user and storing it', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const createdAt = clock.now().toISOString()
    clock.advance(60_000)

    const res = await app.inject({
      method: 'PATCH',
      url: `/api/users/${ada.id}`,
      headers: ada.headers,
      payload: { username: 'countess', email: 'countess@example.org' },
    })
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), {
      id: ada.id,
      username: 'countess',
      email: 'countess@example.org',
      bio: null,
      image: null,
      created_at: createdAt,
    })

    const row = await storedUser(database, ada.id)
    assert.equal(row?.username, 'countess')
    assert.equal(row?.email, 'countess@example.org')
    const profile = await app.inject({ method: 'GET', url: '/api/profile', headers: ada.headers })
    assert.equal(profile.json().username, 'countess')
    // The new username logs in; the token in use keeps working.
    await logIn(app, { username: 'countess', password: ada.password })
  })

  it('lets a user change only the case of their own username', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/users/${ada.id}`,
      headers: ada.headers,
      payload: { username: 'Ada' },
    })
    assert.equal(res.statusCode, 200, res.body)
    assert.equal(res.json().username, 'Ada')
  })

  it('refuses a username another user has, in another case, with 409 and changes nothing', async (t) => {
    const { app, database } = await createTestApp(t)
    await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')

    const res = await app.inject({
      method: 'PATCH',
      url: `/api/users/${bob.id}`,
      headers: bob.headers,
      payload: { username: 'ADA', email: 'bob.new@example.com' },
    })
    assertError(res, 409, conflict('username'))
    const row = await storedUser(database, bob.id)
    assert.equal(row?.username, 'bob')
    assert.equal(row?.email, 'bob@example.com')
  })

  it('refuses an email another user has, in another case, with 409 naming email', async (t) => {
    const { app, database } = await createTestApp(t)
    await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')

    const res = await app.inject({
      method: 'PATCH',
      url: `/api/users/${bob.id}`,
      headers: bob.headers,
      payload: { email: 'Ada@Example.com' },
    })
    assertError(res, 409, conflict('email'))
    assert.equal((await storedUser(database, bob.id))?.email, 'bob@example.com')
  })

  describe('refuses a password change without the right current_password, and changes nothing', () => {
    const cases: { name: string; currentPassword?: string; details: FieldError[] }[] = [
      {
        name: 'current_password missing',
        details: [{ field: 'current_password', message: 'is required to change the password' }],
      },
      {
        name: 'current_password wrong',
        currentPassword: 'not-the-password',
        details: [{ field: 'current_password', message: 'is incorrect' }],
      },
    ]
    for (const { name, currentPassword, details } of cases) {
      it(name, async (t) => {
        const { app, database } = await createTestApp(t)
        const ada = await signUp(app, 'ada')
        const otherToken = await logIn(app, { username: 'ada', password: ada.password })
        const before = await storedUser(database, ada.id)

        const payload: Record<string, string> = { password: 'a-brand-new-password' }
        if (currentPassword !== undefined) payload.current_password = currentPassword
        const res = await app.inject({ method: 'PATCH', url: `/api/users/${ada.id}`, headers: ada.headers, payload })
        assertError(res, 400, validationFailed(...details))

        assert.deepEqual(await storedUser(database, ada.id), before)
        await logIn(app, { username: 'ada', password: ada.password })
        const other = await app.inject({ method: 'GET', url: '/api/profile', headers: bearer(otherToken) })
        assert.equal(other.statusCode, 200, 'the other token was not revoked')
      })
    }
  })

  it('changes the password: keeps the calling token, revokes the others, and only the new password logs in', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const otherToken = await logIn(app, { username: 'ada', password: ada.password })
    const bob = await signUp(app, 'bob')
    const before = await storedUser(database, ada.id)
    const newPassword = 'a-brand-new-password'

    const res = await app.inject({
      method: 'PATCH',
      url: `/api/users/${ada.id}`,
      headers: ada.headers,
      payload: { password: newPassword, current_password: ada.password },
    })
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), {
      id: ada.id,
      username: 'ada',
      email: 'ada@example.com',
      bio: null,
      image: null,
      created_at: before!.created_at,
    })

    const after = await storedUser(database, ada.id)
    assert.notEqual(after?.password_hash, before?.password_hash)
    assert.match(String(after?.password_hash), /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)

    const calling = await app.inject({ method: 'GET', url: '/api/profile', headers: ada.headers })
    assert.equal(calling.statusCode, 200, 'the token that made the change still works')
    assertInvalidToken(await app.inject({ method: 'GET', url: '/api/profile', headers: bearer(otherToken) }))
    const bobStill = await app.inject({ method: 'GET', url: '/api/profile', headers: bob.headers })
    assert.equal(bobStill.statusCode, 200, "another user's token is untouched")

    const old = await app.inject({ method: 'POST', url: '/api/tokens', payload: { username: 'ada', password: ada.password } })
    assertError(old, 401, INVALID_CREDENTIALS)
    await logIn(app, { username: 'ada', password: newPassword })
  })

  it('refuses an empty body with 400', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const before = await storedUser(database, ada.id)
    const res = await app.inject({ method: 'PATCH', url: `/api/users/${ada.id}`, headers: ada.headers, payload: {} })
    assertError(res, 400, { error: 'Request body must contain at least one field', code: 'validation_failed' })
    assert.equal(res.json().details, undefined)
    assert.deepEqual(await storedUser(database, ada.id), before)
  })

  it('refuses read-only and unknown fields with 400 naming them', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const before = await storedUser(database, ada.id)
    for (const [payload, details] of [
      [{ username: 'ada2', id: 99 }, [{ field: 'id', message: 'is read-only' }]],
      [{ created_at: '2020-01-01T00:00:00Z' }, [{ field: 'created_at', message: 'is read-only' }]],
      [{ password_hash: 'x' }, [{ field: 'password_hash', message: 'is not a known field' }]],
      [{ username: 7 }, [{ field: 'username', message: 'must be a string' }]],
    ] as const) {
      const res = await app.inject({ method: 'PATCH', url: `/api/users/${ada.id}`, headers: ada.headers, payload })
      assertError(res, 400, validationFailed(...details))
    }
    assert.deepEqual(await storedUser(database, ada.id), before)
  })

  it('answers 404 for an unknown or impossible id', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    for (const id of ['999', 'abc', '0']) {
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/users/${id}`,
        headers: ada.headers,
        payload: { username: 'whoever' },
      })
      assertUserNotFound(res)
    }
  })
})

describe('PATCH /api/users/{id}: bio and image', () => {
  const patch = (app: App, user: SignedUp, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    app.inject({ method: 'PATCH', url: `/api/users/${user.id}`, headers: { ...user.headers, ...headers }, payload })

  it('sets both, answers them in every representation of the user, and stores them', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const createdAt = clock.now().toISOString()
    const bob = await signUp(app, 'bob')
    const profile = { bio: 'Wrote the first program.', image: 'https://example.com/ada.jpg' }

    const res = await patch(app, ada, profile)
    assert.equal(res.statusCode, 200, res.body)
    const own = { id: ada.id, username: 'ada', email: ada.email, ...profile, created_at: createdAt }
    assert.deepEqual(res.json(), own)

    const row = await storedUser(database, ada.id)
    assert.deepEqual({ bio: row?.bio, image: row?.image }, profile)
    assert.deepEqual((await app.inject({ method: 'GET', url: '/api/profile', headers: ada.headers })).json(), own)
    const seen = { id: ada.id, username: 'ada', ...profile, following: false, created_at: createdAt }
    assert.deepEqual((await app.inject({ method: 'GET', url: `/api/users/${ada.id}`, headers: bob.headers })).json(), seen)
    assert.deepEqual((await app.inject({ method: 'GET', url: '/api/users' })).json().users[1], seen)
    const login = await app.inject({ method: 'POST', url: '/api/tokens', payload: { username: 'ada', password: ada.password } })
    assert.deepEqual(login.json().user, own)
  })

  it('clears either with null, leaving the other as it was', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    assert.equal((await patch(app, ada, { bio: 'Hello', image: 'http://example.com/a.png' })).statusCode, 200)

    const res = await patch(app, ada, { bio: null })
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual({ bio: res.json().bio, image: res.json().image }, { bio: null, image: 'http://example.com/a.png' })
    const row = await storedUser(database, ada.id)
    assert.deepEqual({ bio: row?.bio, image: row?.image }, { bio: null, image: 'http://example.com/a.png' })

    const cleared = await patch(app, ada, { image: null })
    assert.equal(cleared.json().image, null)
    assert.equal((await storedUser(database, ada.id))?.image, null)
  })

  it('accepts the longest bio and image, an empty bio, and a URL scheme in capitals', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const longImage = 'https://example.com/' + 'a'.repeat(2048 - 'https://example.com/'.length)
    for (const profile of [
      { bio: 'é'.repeat(1000), image: longImage },
      { bio: '', image: 'HTTPS://Example.com/Ada.JPG?size=64#top' },
      { image: 'http://127.0.0.1:8080/pic' },
    ]) {
      const res = await patch(app, ada, profile)
      assert.equal(res.statusCode, 200, res.body)
      const row = await storedUser(database, ada.id)
      for (const [field, value] of Object.entries(profile)) assert.equal(row?.[field as 'bio' | 'image'], value, field)
    }
  })

  it('moves the ETag: a conditional write with the tag from before the change is refused', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const before = await app.inject({ method: 'GET', url: '/api/profile', headers: ada.headers })
    const changed = await patch(app, ada, { bio: 'New' }, { 'if-match': String(before.headers.etag) })
    assert.equal(changed.statusCode, 200, changed.body)
    assert.notEqual(changed.headers.etag, before.headers.etag)

    const stale = await patch(app, ada, { image: 'https://example.com/x.png' }, { 'if-match': String(before.headers.etag) })
    assertError(stale, 412, { error: 'The resource has changed since you read it; GET it again and retry', code: 'precondition_failed' })
    assert.equal((await storedUser(database, ada.id))?.image, null)
  })

  describe('refuses a bad bio or image with 400 naming it, and changes nothing', () => {
    const notAWebAddress = { field: 'image', message: 'must be an absolute http or https URL' }
    const cases: { name: string; payload: Record<string, unknown>; details: FieldError[] }[] = [
      { name: 'bio of 1001 characters', payload: { bio: 'b'.repeat(1001) }, details: [{ field: 'bio', message: 'must be at most 1000 characters' }] },
      { name: 'bio as a number', payload: { bio: 7 }, details: [{ field: 'bio', message: 'must be a string' }] },
      { name: 'image of 2049 characters', payload: { image: 'https://example.com/' + 'a'.repeat(2029) }, details: [{ field: 'image', message: 'must be at most 2048 characters' }] },
      { name: 'image as an object', payload: { image: { url: 'https://example.com/a.png' } }, details: [{ field: 'image', message: 'must be a string' }] },
      { name: 'image with another scheme', payload: { image: 'ftp://example.com/a.png' }, details: [notAWebAddress] },
      { name: 'image as javascript:', payload: { image: 'javascript:alert(1)' }, details: [notAWebAddress] },
      { name: 'image as a relative URL', payload: { image: '/images/ada.png' }, details: [notAWebAddress] },
      { name: 'image without a scheme', payload: { image: '//example.com/a.png' }, details: [notAWebAddress] },
      { name: 'image without slashes', payload: { image: 'http:example.com/a.png' }, details: [notAWebAddress] },
      { name: 'image without a host', payload: { image: 'https://' }, details: [notAWebAddress] },
      { name: 'image with a space', payload: { image: 'https://example.com/my picture.png' }, details: [notAWebAddress] },
      { name: 'image with surrounding spaces', payload: { image: ' https://example.com/a.png' }, details: [notAWebAddress] },
      { name: 'image that is no URL', payload: { image: 'https://exa[mple.com/' }, details: [notAWebAddress] },
      { name: 'empty image', payload: { image: '' }, details: [notAWebAddress] },
    ]
    for (const { name, payload, details } of cases) {
      it(name, async (t) => {
        const { app, database } = await createTestApp(t)
        const ada = await signUp(app, 'ada')
        const before = await storedUser(database, ada.id)
        assertError(await patch(app, ada, { username: 'ada2', ...payload }), 400, validationFailed(...details))
        assert.deepEqual(await storedUser(database, ada.id), before)
      })
    }
  })
})

describe('DELETE /api/users/{id}', () => {
  it('deletes the caller with 204 and takes their posts and tokens along, leaving others alone', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const adaPost = await createPost(app, ada)
    const bobPost = await createPost(app, bob)

    const res = await app.inject({ method: 'DELETE', url: `/api/users/${ada.id}`, headers: ada.headers })
    assert.equal(res.statusCode, 204, res.body)
    assert.equal(res.body, '')

    assertUserNotFound(await app.inject({ method: 'GET', url: `/api/users/${ada.id}` }))
    const post = await app.inject({ method: 'GET', url: `/api/posts/${adaPost.id}` })
    assertError(post, 404, notFound('Post'))
    assertInvalidToken(await app.inject({ method: 'GET', url: '/api/profile', headers: ada.headers }))

    assert.equal(await storedUser(database, ada.id), undefined)
    const stored = await storedRows(database)
    assert.deepEqual(stored.posts.filter((post) => post.author_id === ada.id), [])
    assert.deepEqual(stored.tokens.filter((token) => token.user_id === ada.id), [])

    const stillBob = await app.inject({ method: 'GET', url: `/api/posts/${bobPost.id}`, headers: bob.headers })
    assert.equal(stillBob.statusCode, 200)
    assert.equal(await countRows(database, 'users'), 1)
  })

  it('answers 404 for an unknown id', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    assertUserNotFound(await app.inject({ method: 'DELETE', url: '/api/users/999', headers: ada.headers }))
    assert.equal(await countRows(database, 'users'), 1)
  })

})

type Caller = 'anonymous' | 'bad token' | 'self' | 'other user'

interface AccountFixture {
  database: DatabaseHandle
  /** The account every scenario is about; a new one each time, since one scenario deletes it. */
  target: SignedUp
  other: SignedUp
  callers: Record<Caller, Record<string, string>>
}

/**
 * Who may change an account, and read their own: every account route against every kind of
 * caller. A refusal leaves every stored row as it was (the runner checks), including the posts
 * and tokens an account deletion would take along.
 */
function accountScenarios(app: App): AccessScenario<AccountFixture>[] {
  const changes: { name: string; payload(caller: SignedUp | undefined): Record<string, unknown>; check(fixture: AccountFixture): Promise<void> }[] = [
    {
      name: 'username',
      payload: () => ({ username: 'mallory' }),
      check: async ({ database, target }) => assert.equal((await storedUser(database, target.id))?.username, 'mallory'),
    },
    {
      name: 'email',
      payload: () => ({ email: 'mallory@example.com' }),
      check: async ({ database, target }) => assert.equal((await storedUser(database, target.id))?.email, 'mallory@example.com'),
    },
    {
      name: 'bio',
      payload: () => ({ bio: 'Taken over.' }),
      check: async ({ database, target }) => assert.equal((await storedUser(database, target.id))?.bio, 'Taken over.'),
    },
    {
      name: 'image',
      payload: () => ({ image: 'https://example.com/mallory.png' }),
      check: async ({ database, target }) => assert.equal((await storedUser(database, target.id))?.image, 'https://example.com/mallory.png'),
    },
    {
      name: 'password',
      payload: (caller) => ({ password: 'taken-over-1', current_password: caller?.password ?? 'a-guess-at-it' }),
      check: async ({ target }) => {
        await logIn(app, { username: target.username, password: 'taken-over-1' })
      },
    },
  ]
  const callers: Caller[] = ['anonymous', 'bad token', 'self', 'other user']
  const signedIn = (caller: Caller, fixture: AccountFixture) =>
    caller === 'self' ? fixture.target : caller === 'other user' ? fixture.other : undefined
  const refused = (caller: Caller, allowed: number) =>
    caller === 'anonymous' || caller === 'bad token' ? 401 : caller === 'other user' ? 403 : allowed

  return callers.flatMap((caller): AccessScenario<AccountFixture>[] => [
    ...changes.map(
      (change): AccessScenario<AccountFixture> => ({
        route: `PATCH /api/users/{id} (${change.name})`,
        caller,
        request: (fixture) => ({ method: 'PATCH', url: `/api/users/${fixture.target.id}`, payload: change.payload(signedIn(caller, fixture)) }),
        status: refused(caller, 200),
        then: async (res, fixture) => {
          assert.equal(res.json().id, fixture.target.id)
          await change.check(fixture)
        },
      }),
    ),
    {
      route: 'DELETE /api/users/{id}',
      caller,
      request: (fixture) => ({ method: 'DELETE', url: `/api/users/${fixture.target.id}` }),
      status: refused(caller, 204),
      then: async (res, { database, target }, before) => {
        assert.equal(res.body, '')
        const after = await storedRows(database)
        assert.deepEqual(after.users.map((u) => u.id), before.users.map((u) => u.id).filter((id) => id !== target.id))
        assert.deepEqual(after.tokens.filter((token) => token.user_id === target.id), [])
        assert.deepEqual(after.posts.filter((post) => post.author_id === target.id), [])
        assert.equal(after.posts.length, before.posts.length - 1, 'only their post went with them')
      },
    },
    {
      route: 'GET /api/profile',
      caller,
      request: () => ({ method: 'GET', url: '/api/profile' }),
      // Anybody signed in may read their own profile: the "other user" reads theirs.
      status: caller === 'anonymous' || caller === 'bad token' ? 401 : 200,
      then: async (res, fixture) => {
        const own = signedIn(caller, fixture)!
        assert.deepEqual(
          { id: res.json().id, username: res.json().username, email: res.json().email },
          { id: own.id, username: own.username, email: own.email },
        )
      },
    },
  ])
}

describe('authorization of account routes', () => {
  it('lets only the account holder change or delete an account, and refuses callers without a working token', async (t) => {
    // Every scenario signs a new account up: more logins than the login limit allows.
    const { app, database } = await createTestApp(t, { env: RATE_LIMITS_OFF })
    const other = await signUp(app, 'other')
    await createPost(app, other)
    let made = 0
    await runAccessMatrix(t, {
      app,
      database,
      arrange: async () => {
        const target = await signUp(app, `target${++made}`)
        await createPost(app, target)
        return { database, target, other, callers: { anonymous: {}, 'bad token': BAD_TOKEN, self: target.headers, 'other user': other.headers } }
      },
      scenarios: accountScenarios(app),
    })
  })
})
