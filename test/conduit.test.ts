/**
 * The RealWorld (Conduit) dialect, mounted at /conduit: every endpoint of RealWorld's
 * specification as its clients use it (`{"user": …}` envelopes, camelCase, `Authorization: Token`,
 * `{"errors": {"<what>": ["<message>"]}}` with 422 for invalid input), what each write stores or
 * leaves alone when refused, and that Inkwell's own /api is not changed by the dialect beside it.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import type { App } from '../src/app.js'
import type { DatabaseHandle } from '../src/db/database.js'
import {
  assertError,
  assertInvalidToken,
  createTestApp,
  headerItems,
  logIn,
  notFound,
  signUp,
  storedRows,
  validationFailed,
  type TestApp,
} from './helpers.js'

const API = '/conduit/api'
const PASSWORD = 'password123'

interface ConduitUser {
  email: string
  token: string
  username: string
  bio: string | null
  image: string | null
}

interface Profile {
  username: string
  bio: string | null
  image: string | null
  following: boolean
}

interface Article {
  slug: string
  title: string
  description: string
  body: string
  tagList: string[]
  createdAt: string
  updatedAt: string
  favorited: boolean
  favoritesCount: number
  author: Profile
}

type ListedArticle = Omit<Article, 'body'>

interface ArticleList {
  articles: ListedArticle[]
  articlesCount: number
}

interface Comment {
  id: number
  createdAt: string
  updatedAt: string
  body: string
  author: Profile
}

/** A user registered through the dialect, with the token its sign-up answered with. */
interface Member {
  username: string
  email: string
  password: string
  token: string
  /** `{ authorization: 'Token …' }`, the scheme RealWorld's clients send. */
  headers: { authorization: string }
}

const tokenHeader = (token: string) => ({ authorization: `Token ${token}` })

/** The profile of someone who never set a bio or an image, as `following` says the viewer sees it. */
const profileOf = (member: { username: string }, following = false): Profile => ({
  username: member.username,
  bio: null,
  image: null,
  following,
})

/** An article as a list shows it: everything but its body. */
function listed(article: Article, viewer: Partial<Pick<Article, 'favorited'>> & { following?: boolean } = {}): ListedArticle {
  const { body: _body, ...rest } = article
  return {
    ...rest,
    favorited: viewer.favorited ?? false,
    author: { ...article.author, following: viewer.following ?? false },
  }
}

/** Asserts a dialect error: the status, JSON, and exactly `{"errors": errors}`. */
function assertErrors(res: LightMyRequestResponse, status: number, errors: Record<string, string[]>): void {
  assert.equal(res.statusCode, status, res.body)
  assert.match(String(res.headers['content-type']), /^application\/json/)
  assert.deepEqual(res.json(), { errors })
}

/** A 401 for a request that sent no token: RealWorld's body, and a challenge naming its scheme. */
function assertTokenMissing(res: LightMyRequestResponse): void {
  assertErrors(res, 401, { token: ['is missing'] })
  assert.equal(res.headers['www-authenticate'], 'Token')
}

const BLANK = ["can't be blank"]
const TAKEN = ['has already been taken']
const ARTICLE_NOT_FOUND = { article: ['not found'] }
const COMMENT_NOT_FOUND = { comment: ['not found'] }
const PROFILE_NOT_FOUND = { profile: ['not found'] }

/**
 * Every stored row a dialect request can change, ordered: compare one taken before a request with
 * one taken after to show that a refused request changed nothing.
 */
async function stored(database: DatabaseHandle) {
  const { db } = database
  return {
    ...(await storedRows(database)),
    follows: await db.selectFrom('follows').selectAll().orderBy('follower_id').orderBy('followed_id').execute(),
    favorites: await db.selectFrom('favorites').selectAll().orderBy('user_id').orderBy('post_id').execute(),
    post_tags: await db.selectFrom('post_tags').selectAll().orderBy('post_id').orderBy('position').execute(),
    comments: await db.selectFrom('comments').selectAll().orderBy('id').execute(),
  }
}

async function storedPostBySlug(database: DatabaseHandle, slug: string) {
  return database.db.selectFrom('posts').selectAll().where('slug', '=', slug).executeTakeFirst()
}

async function storedTags(database: DatabaseHandle, slug: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('post_tags')
    .innerJoin('posts', 'posts.id', 'post_tags.post_id')
    .select('post_tags.tag')
    .where('posts.slug', '=', slug)
    .orderBy('post_tags.position')
    .execute()
  return rows.map((row) => row.tag)
}

/** Registers `username` through the dialect; fails the test unless it answers 201. */
async function register(app: App, username: string, password = PASSWORD): Promise<Member> {
  const email = `${username}@example.com`
  const res = await app.inject({ method: 'POST', url: `${API}/users`, payload: { user: { username, email, password } } })
  if (res.statusCode !== 201) throw new Error(`registration of ${username} failed: ${res.statusCode} ${res.body}`)
  const { token } = res.json().user as ConduitUser
  return { username, email, password, token, headers: tokenHeader(token) }
}

interface NewArticle {
  title?: string
  description?: string
  body?: string
  tagList?: string[]
}

/**
 * Writes an article as `author` one second after the last thing that happened, so that "newest
 * first" has an order to show; fails the test unless it answers 201.
 */
async function writeArticle(ctx: TestApp, author: Member, fields: NewArticle = {}): Promise<Article> {
  ctx.clock.advance(1000)
  const article = { title: 'How to train your dragon', description: 'Ever wonder how?', body: 'You have to believe', ...fields }
  const res = await ctx.app.inject({ method: 'POST', url: `${API}/articles`, headers: author.headers, payload: { article } })
  if (res.statusCode !== 201) throw new Error(`article failed: ${res.statusCode} ${res.body}`)
  return res.json().article
}

async function follow(app: App, follower: Member, username: string): Promise<void> {
  const res = await app.inject({ method: 'POST', url: `${API}/profiles/${username}/follow`, headers: follower.headers })
  assert.equal(res.statusCode, 200, res.body)
}

async function favorite(app: App, member: Member, slug: string): Promise<Article> {
  const res = await app.inject({ method: 'POST', url: `${API}/articles/${slug}/favorite`, headers: member.headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json().article
}

async function addComment(ctx: TestApp, author: Member, slug: string, body: string): Promise<Comment> {
  ctx.clock.advance(1000)
  const res = await ctx.app.inject({
    method: 'POST',
    url: `${API}/articles/${slug}/comments`,
    headers: author.headers,
    payload: { comment: { body } },
  })
  if (res.statusCode !== 201) throw new Error(`comment failed: ${res.statusCode} ${res.body}`)
  return res.json().comment
}

async function list(app: App, query: string, headers: Record<string, string> = {}): Promise<ArticleList> {
  const res = await app.inject({ method: 'GET', url: `${API}/articles${query}`, headers })
  assert.equal(res.statusCode, 200, res.body)
  return res.json()
}

const now = (ctx: TestApp) => ctx.clock.now().toISOString()

describe('POST /conduit/api/users (registration)', () => {
  it('registers a user: 201 and the user with a token that works at once', async (t) => {
    const ctx = await createTestApp(t)
    const { app, database } = ctx

    const res = await app.inject({
      method: 'POST',
      url: `${API}/users`,
      payload: { user: { username: 'jacob', email: 'jake@jake.jake', password: 'jakejake' } },
    })

    assert.equal(res.statusCode, 201, res.body)
    assert.match(String(res.headers['content-type']), /^application\/json/)
    const { user } = res.json() as { user: ConduitUser }
    assert.ok(typeof user.token === 'string' && user.token.length > 0, res.body)
    assert.deepEqual(res.json(), { user: { email: 'jake@jake.jake', token: user.token, username: 'jacob', bio: null, image: null } })
    const rows = (await storedRows(database)).users
    assert.equal(rows.length, 1)
    assert.equal(rows[0]!.username, 'jacob')
    assert.equal(rows[0]!.email, 'jake@jake.jake')
    const me = await app.inject({ method: 'GET', url: `${API}/user`, headers: tokenHeader(user.token) })
    assert.equal(me.statusCode, 200, me.body)
    assert.equal(me.json().user.username, 'jacob')
  })

  for (const field of ['username', 'email', 'password'] as const) {
    for (const [variant, value] of [
      ['an empty', ''],
      ['a missing', undefined],
      ['a null', null],
    ] as const) {
      it(`refuses ${variant} ${field} with 422 "can't be blank" and stores nothing`, async (t) => {
        const { app, database } = await createTestApp(t)
        const user: Record<string, unknown> = { username: 'jacob', email: 'jake@jake.jake', password: 'jakejake' }
        if (value === undefined) delete user[field]
        else user[field] = value

        const res = await app.inject({ method: 'POST', url: `${API}/users`, payload: { user } })

        assertErrors(res, 422, { [field]: BLANK })
        assert.deepEqual((await storedRows(database)).users, [])
      })
    }
  }

  it('refuses a taken username with 409 "has already been taken" and stores nothing', async (t) => {
    const { app, database } = await createTestApp(t)
    await register(app, 'jacob')
    const before = await stored(database)

    const res = await app.inject({
      method: 'POST',
      url: `${API}/users`,
      payload: { user: { username: 'jacob', email: 'other@example.com', password: PASSWORD } },
    })

    assertErrors(res, 409, { username: TAKEN })
    assert.deepEqual(await stored(database), before)
  })

  it('refuses a taken email with 409 "has already been taken" and stores nothing', async (t) => {
    const { app, database } = await createTestApp(t)
    await register(app, 'jacob')
    const before = await stored(database)

    const res = await app.inject({
      method: 'POST',
      url: `${API}/users`,
      payload: { user: { username: 'other', email: 'jacob@example.com', password: PASSWORD } },
    })

    assertErrors(res, 409, { email: TAKEN })
    assert.deepEqual(await stored(database), before)
  })
})

describe('POST /conduit/api/users/login', () => {
  it('logs in by email and password: 200 and the user with a new, working token', async (t) => {
    const { app, database } = await createTestApp(t)
    const jacob = await register(app, 'jacob')
    const tokensBefore = (await storedRows(database)).tokens.length

    const res = await app.inject({
      method: 'POST',
      url: `${API}/users/login`,
      payload: { user: { email: jacob.email, password: jacob.password } },
    })

    assert.equal(res.statusCode, 200, res.body)
    const { user } = res.json() as { user: ConduitUser }
    assert.deepEqual(res.json(), { user: { email: jacob.email, token: user.token, username: 'jacob', bio: null, image: null } })
    assert.equal((await storedRows(database)).tokens.length, tokensBefore + 1, 'a login stores a token')
    const me = await app.inject({ method: 'GET', url: `${API}/user`, headers: tokenHeader(user.token) })
    assert.equal(me.statusCode, 200, me.body)
  })

  for (const [name, credentials] of [
    ['a wrong password', { email: 'jacob@example.com', password: 'wrongpassword' }],
    ['an unknown email', { email: 'nobody@example.com', password: PASSWORD }],
  ] as const) {
    it(`refuses ${name} with 401 {"credentials": ["invalid"]} and issues no token`, async (t) => {
      const { app, database } = await createTestApp(t)
      await register(app, 'jacob')
      const before = await stored(database)

      const res = await app.inject({ method: 'POST', url: `${API}/users/login`, payload: { user: credentials } })

      assertErrors(res, 401, { credentials: ['invalid'] })
      assert.deepEqual(await stored(database), before)
    })
  }

  for (const field of ['email', 'password'] as const) {
    for (const [variant, value] of [
      ['an empty', ''],
      ['a missing', undefined],
      ['a null', null],
    ] as const) {
      it(`refuses ${variant} ${field} with 422 "can't be blank" and issues no token`, async (t) => {
        const { app, database } = await createTestApp(t)
        await register(app, 'jacob')
        const before = await stored(database)
        const user: Record<string, unknown> = { email: 'jacob@example.com', password: PASSWORD }
        if (value === undefined) delete user[field]
        else user[field] = value

        const res = await app.inject({ method: 'POST', url: `${API}/users/login`, payload: { user } })

        assertErrors(res, 422, { [field]: BLANK })
        assert.deepEqual(await stored(database), before)
      })
    }
  }
})

describe('GET /conduit/api/user', () => {
  for (const scheme of ['Token', 'Bearer']) {
    it(`answers the caller with a token sent as "${scheme} <token>"`, async (t) => {
      const { app } = await createTestApp(t)
      const jacob = await register(app, 'jacob')

      const res = await app.inject({ method: 'GET', url: `${API}/user`, headers: { authorization: `${scheme} ${jacob.token}` } })

      assert.equal(res.statusCode, 200, res.body)
      const { user } = res.json() as { user: ConduitUser }
      assert.deepEqual(res.json(), { user: { email: jacob.email, token: user.token, username: 'jacob', bio: null, image: null } })
      const again = await app.inject({ method: 'GET', url: `${API}/user`, headers: tokenHeader(user.token) })
      assert.equal(again.statusCode, 200, 'the token in the answer works')
    })
  }

  it('refuses a request without a token with 401 {"token": ["is missing"]}', async (t) => {
    const { app } = await createTestApp(t)

    assertTokenMissing(await app.inject({ method: 'GET', url: `${API}/user` }))
  })

  it('refuses a token this server never issued with 401 {"token": ["is invalid"]}', async (t) => {
    const { app } = await createTestApp(t)

    const res = await app.inject({ method: 'GET', url: `${API}/user`, headers: tokenHeader('not-a-token-this-server-issued') })

    assertErrors(res, 401, { token: ['is invalid'] })
    assert.equal(res.headers['www-authenticate'], 'Token error="invalid_token"')
  })

  it("takes a token issued by Inkwell's own /api/tokens: the dialect is another way into the same accounts", async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')

    const res = await app.inject({ method: 'GET', url: `${API}/user`, headers: tokenHeader(ada.token) })

    assert.equal(res.statusCode, 200, res.body)
    assert.equal(res.json().user.username, 'ada')
    assert.equal(res.json().user.email, ada.email)
  })
})

describe('PUT /conduit/api/user', () => {
  const put = (app: App, member: Member, user: Record<string, unknown>) =>
    app.inject({ method: 'PUT', url: `${API}/user`, headers: member.headers, payload: { user } })

  it('changes bio and image: the answer, GET /user and the profile show them', async (t) => {
    const { app } = await createTestApp(t)
    const jacob = await register(app, 'jacob')

    const res = await put(app, jacob, { bio: 'I like to skateboard', image: 'https://i.stack.imgur.com/xHWG8.jpg' })

    assert.equal(res.statusCode, 200, res.body)
    const expected = { email: jacob.email, username: 'jacob', bio: 'I like to skateboard', image: 'https://i.stack.imgur.com/xHWG8.jpg' }
    assert.deepEqual(res.json(), { user: { ...expected, token: res.json().user.token } })
    const me = await app.inject({ method: 'GET', url: `${API}/user`, headers: jacob.headers })
    assert.deepEqual(me.json(), { user: { ...expected, token: me.json().user.token } })
    const profile = await app.inject({ method: 'GET', url: `${API}/profiles/jacob` })
    assert.deepEqual(profile.json(), { profile: { username: 'jacob', bio: expected.bio, image: expected.image, following: false } })
  })

  for (const field of ['bio', 'image'] as const) {
    for (const cleared of ['', null]) {
      it(`stores ${field} ${JSON.stringify(cleared)} as null`, async (t) => {
        const { app, database } = await createTestApp(t)
        const jacob = await register(app, 'jacob')
        assert.equal((await put(app, jacob, { bio: 'Something', image: 'https://example.com/photo.jpg' })).statusCode, 200)

        const res = await put(app, jacob, { [field]: cleared })

        assert.equal(res.statusCode, 200, res.body)
        assert.equal(res.json().user[field], null)
        const other = field === 'bio' ? 'image' : 'bio'
        assert.notEqual(res.json().user[other], null, `${other} is left as it was`)
        const row = (await storedRows(database)).users[0]!
        assert.equal(row[field], null)
        const me = await app.inject({ method: 'GET', url: `${API}/user`, headers: jacob.headers })
        assert.equal(me.json().user[field], null)
      })
    }
  }

  it('accepts the caller\'s own unchanged username and email (they are not "taken" by the caller)', async (t) => {
    const { app, database } = await createTestApp(t)
    const jacob = await register(app, 'jacob')
    const before = (await storedRows(database)).users

    const res = await put(app, jacob, { username: 'jacob', email: jacob.email })

    assert.equal(res.statusCode, 200, res.body)
    assert.equal(res.json().user.username, 'jacob')
    assert.equal(res.json().user.email, jacob.email)
    const after = (await storedRows(database)).users
    assert.deepEqual(
      after.map(({ username, email }) => ({ username, email })),
      before.map(({ username, email }) => ({ username, email })),
    )
  })

  it('changes username and email; the answer carries a token that works', async (t) => {
    const { app } = await createTestApp(t)
    const jacob = await register(app, 'jacob')

    const res = await put(app, jacob, { username: 'jacob2', email: 'jacob2@example.com' })

    assert.equal(res.statusCode, 200, res.body)
    const { user } = res.json() as { user: ConduitUser }
    assert.deepEqual(user, { email: 'jacob2@example.com', token: user.token, username: 'jacob2', bio: null, image: null })
    const me = await app.inject({ method: 'GET', url: `${API}/user`, headers: tokenHeader(user.token) })
    assert.equal(me.json().user.username, 'jacob2')
    const old = await app.inject({ method: 'GET', url: `${API}/profiles/jacob` })
    assertErrors(old, 404, PROFILE_NOT_FOUND)
  })

  it('changes the password without asking for the current one; the next login takes the new one only', async (t) => {
    const { app } = await createTestApp(t)
    const jacob = await register(app, 'jacob')

    const res = await put(app, jacob, { password: 'a-new-password' })

    assert.equal(res.statusCode, 200, res.body)
    const me = await app.inject({ method: 'GET', url: `${API}/user`, headers: tokenHeader(res.json().user.token) })
    assert.equal(me.statusCode, 200, 'the token in the answer works after the change')
    const login = (password: string) =>
      app.inject({ method: 'POST', url: `${API}/users/login`, payload: { user: { email: jacob.email, password } } })
    const withNew = await login('a-new-password')
    assert.equal(withNew.statusCode, 200, withNew.body)
    assertErrors(await login(PASSWORD), 401, { credentials: ['invalid'] })
  })

  for (const [field, value] of [
    ['username', ''],
    ['username', null],
    ['email', ''],
    ['email', null],
    ['password', ''],
    ['password', null],
  ] as const) {
    it(`refuses ${field} ${JSON.stringify(value)} with 422 "can't be blank" and changes nothing`, async (t) => {
      const { app, database } = await createTestApp(t)
      const jacob = await register(app, 'jacob')
      const before = await stored(database)

      const res = await put(app, jacob, { [field]: value })

      assertErrors(res, 422, { [field]: BLANK })
      assert.deepEqual(await stored(database), before)
    })
  }

  it('refuses a password shorter than 8 characters with 422 about the password, and changes nothing', async (t) => {
    const { app, database } = await createTestApp(t)
    const jacob = await register(app, 'jacob')
    const before = await stored(database)

    const res = await put(app, jacob, { password: 'short7c' })

    assert.equal(res.statusCode, 422, res.body)
    assert.deepEqual(Object.keys(res.json().errors), ['password'])
    assert.deepEqual(await stored(database), before)
  })

  for (const field of ['username', 'email'] as const) {
    it(`refuses somebody else's ${field} with 409 "has already been taken" and changes nothing`, async (t) => {
      const { app, database } = await createTestApp(t)
      const jacob = await register(app, 'jacob')
      const ada = await register(app, 'ada')
      const before = await stored(database)

      const res = await put(app, jacob, { [field]: ada[field] })

      assertErrors(res, 409, { [field]: TAKEN })
      assert.deepEqual(await stored(database), before)
    })
  }

  it('refuses a request without a token with 401 {"token": ["is missing"]}', async (t) => {
    const { app, database } = await createTestApp(t)
    await register(app, 'jacob')
    const before = await stored(database)

    const res = await app.inject({ method: 'PUT', url: `${API}/user`, payload: { user: { bio: 'test' } } })

    assertTokenMissing(res)
    assert.deepEqual(await stored(database), before)
  })
})

describe('GET /conduit/api/profiles/:username', () => {
  it('answers anybody with the profile, following false, varying on Authorization', async (t) => {
    const { app } = await createTestApp(t)
    await register(app, 'celeb')

    const res = await app.inject({ method: 'GET', url: `${API}/profiles/celeb` })

    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), { profile: profileOf({ username: 'celeb' }) })
    assert.ok(headerItems(res.headers.vary).includes('authorization'), `Vary: ${res.headers.vary}`)
  })

  it('says whether the caller follows them', async (t) => {
    const { app } = await createTestApp(t)
    const fan = await register(app, 'fan')
    const celeb = await register(app, 'celeb')
    const get = (headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: `${API}/profiles/celeb`, headers })

    assert.deepEqual((await get(fan.headers)).json(), { profile: profileOf(celeb, false) })
    await follow(app, fan, 'celeb')
    assert.deepEqual((await get(fan.headers)).json(), { profile: profileOf(celeb, true) })
    assert.deepEqual((await get()).json(), { profile: profileOf(celeb, false) }, 'anonymous callers follow nobody')
    assert.deepEqual((await get(celeb.headers)).json(), { profile: profileOf(celeb, false) })
  })

  it('answers an unknown username with 404 {"profile": ["not found"]}', async (t) => {
    const { app } = await createTestApp(t)

    assertErrors(await app.inject({ method: 'GET', url: `${API}/profiles/nobody` }), 404, PROFILE_NOT_FOUND)
  })
})

describe('POST and DELETE /conduit/api/profiles/:username/follow', () => {
  it('follows: 200 with the profile (following true), stored once however often it is asked', async (t) => {
    const { app, database } = await createTestApp(t)
    await register(app, 'fan')
    const fan = await register(app, 'fan2')
    const celeb = await register(app, 'celeb')

    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ method: 'POST', url: `${API}/profiles/celeb/follow`, headers: fan.headers })
      assert.equal(res.statusCode, 200, res.body)
      assert.deepEqual(res.json(), { profile: profileOf(celeb, true) })
    }
    const { follows, users } = await stored(database)
    const idOf = (username: string) => users.find((u) => u.username === username)!.id
    assert.deepEqual(
      follows.map(({ follower_id, followed_id }) => ({ follower_id, followed_id })),
      [{ follower_id: idOf('fan2'), followed_id: idOf('celeb') }],
    )
  })

  it('unfollows: 200 with the profile (following false), and nothing stored; again is still 200', async (t) => {
    const { app, database } = await createTestApp(t)
    const fan = await register(app, 'fan')
    const celeb = await register(app, 'celeb')
    await follow(app, fan, 'celeb')

    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ method: 'DELETE', url: `${API}/profiles/celeb/follow`, headers: fan.headers })
      assert.equal(res.statusCode, 200, res.body)
      assert.deepEqual(res.json(), { profile: profileOf(celeb, false) })
    }
    assert.deepEqual((await stored(database)).follows, [])
  })

  for (const method of ['POST', 'DELETE'] as const) {
    it(`${method} needs a token: 401 {"token": ["is missing"]}, checked before the username, nothing stored`, async (t) => {
      const { app, database } = await createTestApp(t)
      const fan = await register(app, 'fan')
      await register(app, 'celeb')
      await follow(app, fan, 'celeb')
      const before = await stored(database)

      assertTokenMissing(await app.inject({ method, url: `${API}/profiles/celeb/follow` }))
      assertTokenMissing(await app.inject({ method, url: `${API}/profiles/nobody/follow` }))
      assert.deepEqual(await stored(database), before)
    })

    it(`${method} of an unknown username is 404 {"profile": ["not found"]}`, async (t) => {
      const { app, database } = await createTestApp(t)
      const fan = await register(app, 'fan')
      const before = await stored(database)

      const res = await app.inject({ method, url: `${API}/profiles/nobody/follow`, headers: fan.headers })

      assertErrors(res, 404, PROFILE_NOT_FOUND)
      assert.deepEqual(await stored(database), before)
    })
  }
})

describe('POST /conduit/api/articles', () => {
  it('creates an article: 201, the article with its tags in the order given, and what is stored', async (t) => {
    const ctx = await createTestApp(t)
    const { app, database } = ctx
    const jake = await register(app, 'jake')
    ctx.clock.advance(1000)

    const res = await app.inject({
      method: 'POST',
      url: `${API}/articles`,
      headers: jake.headers,
      payload: {
        article: {
          title: 'How to train your dragon',
          description: 'Ever wonder how?',
          body: 'You have to believe',
          tagList: ['reactjs', 'angularjs', 'dragons'],
        },
      },
    })

    assert.equal(res.statusCode, 201, res.body)
    const { article } = res.json() as { article: Article }
    assert.match(article.slug, /^[a-z0-9][a-z0-9-]*$/, 'a slug is URL-safe')
    assert.deepEqual(res.json(), {
      article: {
        slug: article.slug,
        title: 'How to train your dragon',
        description: 'Ever wonder how?',
        body: 'You have to believe',
        tagList: ['reactjs', 'angularjs', 'dragons'],
        createdAt: now(ctx),
        updatedAt: now(ctx),
        favorited: false,
        favoritesCount: 0,
        author: profileOf(jake),
      },
    })
    const row = await storedPostBySlug(database, article.slug)
    assert.ok(row, 'stored under its slug')
    assert.equal(row.title, 'How to train your dragon')
    assert.equal(row.description, 'Ever wonder how?')
    assert.equal(row.body, 'You have to believe')
    assert.equal(row.created_at, now(ctx))
    assert.deepEqual(await storedTags(database, article.slug), ['reactjs', 'angularjs', 'dragons'])
  })

  it('creates an article without tagList with no tags', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')

    const article = await writeArticle(ctx, jake)

    assert.deepEqual(article.tagList, [])
    assert.deepEqual(await storedTags(ctx.database, article.slug), [])
  })

  it('gives articles with the same title different slugs, each leading to its own article', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')

    const first = await writeArticle(ctx, jake, { title: 'Dup Title', body: 'first' })
    const second = await writeArticle(ctx, jake, { title: 'Dup Title', body: 'second' })

    assert.notEqual(first.slug, second.slug)
    for (const article of [first, second]) {
      const res = await ctx.app.inject({ method: 'GET', url: `${API}/articles/${article.slug}` })
      assert.deepEqual(res.json(), { article })
    }
  })

  for (const field of ['title', 'description', 'body'] as const) {
    for (const [variant, value] of [
      ['an empty', ''],
      ['a missing', undefined],
    ] as const) {
      it(`refuses ${variant} ${field} with 422 "can't be blank" and stores nothing`, async (t) => {
        const { app, database } = await createTestApp(t)
        const jake = await register(app, 'jake')
        const before = await stored(database)
        const article: Record<string, unknown> = { title: 'A title', description: 'A description', body: 'A body' }
        if (value === undefined) delete article[field]
        else article[field] = value

        const res = await app.inject({ method: 'POST', url: `${API}/articles`, headers: jake.headers, payload: { article } })

        assertErrors(res, 422, { [field]: BLANK })
        assert.deepEqual(await stored(database), before)
      })
    }
  }

  it('needs a token: 401 {"token": ["is missing"]} and nothing stored', async (t) => {
    const { app, database } = await createTestApp(t)
    const before = await stored(database)

    const res = await app.inject({
      method: 'POST',
      url: `${API}/articles`,
      payload: { article: { title: 'No Auth Article', description: 'test', body: 'test' } },
    })

    assertTokenMissing(res)
    assert.deepEqual(await stored(database), before)
  })
})

describe('GET /conduit/api/articles', () => {
  it('lists every article newest first, without bodies, with articlesCount', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    const ada = await register(ctx.app, 'ada')
    const written = [
      await writeArticle(ctx, jake, { title: 'One', tagList: ['dragons'] }),
      await writeArticle(ctx, ada, { title: 'Two' }),
      await writeArticle(ctx, jake, { title: 'Three', tagList: ['dragons', 'training'] }),
    ]

    const res = await ctx.app.inject({ method: 'GET', url: `${API}/articles` })

    assert.equal(res.statusCode, 200, res.body)
    const page = res.json() as ArticleList
    assert.deepEqual(page, { articles: written.toReversed().map((a) => listed(a)), articlesCount: 3 })
    for (const item of page.articles) assert.ok(!('body' in item), 'list items have no body key')
  })

  it('answers an empty list when there are no articles', async (t) => {
    const { app } = await createTestApp(t)

    assert.deepEqual(await list(app, ''), { articles: [], articlesCount: 0 })
  })

  it('filters by tag, author and favorited, alone and together; articlesCount counts the matches', async (t) => {
    const ctx = await createTestApp(t)
    const { app } = ctx
    const jake = await register(app, 'jake')
    const ada = await register(app, 'ada')
    const fan = await register(app, 'fan')
    const a1 = await writeArticle(ctx, jake, { title: 'A1', tagList: ['dragons'] })
    const a2 = await writeArticle(ctx, jake, { title: 'A2', tagList: ['training'] })
    const b1 = await writeArticle(ctx, ada, { title: 'B1', tagList: ['dragons', 'training'] })
    const b2 = await writeArticle(ctx, ada, { title: 'B2' })
    await favorite(app, fan, a1.slug)
    await favorite(app, fan, b1.slug)
    const current = async (article: Article) =>
      ((await app.inject({ method: 'GET', url: `${API}/articles/${article.slug}` })).json() as { article: Article }).article
    const [c1, c2, d1, d2] = [await current(a1), await current(a2), await current(b1), await current(b2)]
    const expect = (...articles: Article[]) => ({ articles: articles.map((a) => listed(a)), articlesCount: articles.length })

    assert.deepEqual(await list(app, '?tag=dragons'), expect(d1, c1))
    assert.deepEqual(await list(app, '?tag=training'), expect(d1, c2))
    assert.deepEqual(await list(app, '?author=jake'), expect(c2, c1))
    assert.deepEqual(await list(app, '?author=ada'), expect(d2, d1))
    assert.deepEqual(await list(app, '?favorited=fan'), expect(d1, c1))
    assert.deepEqual(await list(app, '?author=jake&tag=dragons'), expect(c1))
    assert.deepEqual(await list(app, '?tag=training&favorited=fan'), expect(d1))
    assert.deepEqual(await list(app, '?author=ada&favorited=fan&tag=dragons'), expect(d1))
    assert.deepEqual(await list(app, '?author=jake&favorited=jake'), expect())
    assert.deepEqual(await list(app, '?tag=nothing'), expect(), 'an unused tag matches nothing')
    assert.deepEqual(await list(app, '?author=nobody'), expect(), 'an unknown author matches nothing')
    assert.deepEqual(await list(app, '?favorited=nobody'), expect(), 'an unknown user favorited nothing')
  })

  it('pages with limit and offset; articlesCount is the total on every page', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    const written: Article[] = []
    for (let i = 1; i <= 5; i++) written.push(await writeArticle(ctx, jake, { title: `Page ${i}` }))
    const newestFirst = written.toReversed().map((a) => listed(a))

    assert.deepEqual(await list(ctx.app, '?limit=2'), { articles: newestFirst.slice(0, 2), articlesCount: 5 })
    assert.deepEqual(await list(ctx.app, '?limit=2&offset=2'), { articles: newestFirst.slice(2, 4), articlesCount: 5 })
    assert.deepEqual(await list(ctx.app, '?limit=2&offset=4'), { articles: newestFirst.slice(4), articlesCount: 5 })
    assert.deepEqual(await list(ctx.app, '?offset=5'), { articles: [], articlesCount: 5 })
    assert.deepEqual(await list(ctx.app, '?author=jake&limit=1&offset=1'), { articles: newestFirst.slice(1, 2), articlesCount: 5 })
  })

  it('shows the caller whether they favorited each article and follow each author', async (t) => {
    const ctx = await createTestApp(t)
    const { app } = ctx
    const jake = await register(app, 'jake')
    const ada = await register(app, 'ada')
    const fan = await register(app, 'fan')
    const byJake = await writeArticle(ctx, jake, { title: 'By Jake' })
    const byAda = await writeArticle(ctx, ada, { title: 'By Ada' })
    await follow(app, fan, 'jake')
    const favorited = await favorite(app, fan, byAda.slug)

    const res = await app.inject({ method: 'GET', url: `${API}/articles`, headers: fan.headers })

    assert.deepEqual(res.json(), {
      articles: [listed(favorited, { favorited: true }), listed(byJake, { following: true })],
      articlesCount: 2,
    })
    assert.ok(headerItems(res.headers.vary).includes('authorization'), `Vary: ${res.headers.vary}`)
    const anonymous = await list(app, '')
    assert.deepEqual(anonymous.articles, [listed(favorited), listed(byJake)])
  })
})

describe('GET /conduit/api/articles/:slug', () => {
  it('answers the article with its body, the same as it was created', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    const article = await writeArticle(ctx, jake, { tagList: ['dragons', 'training'] })

    const res = await ctx.app.inject({ method: 'GET', url: `${API}/articles/${article.slug}` })

    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), { article })
  })

  it('answers an unknown slug with 404 {"article": ["not found"]}', async (t) => {
    const { app } = await createTestApp(t)

    assertErrors(await app.inject({ method: 'GET', url: `${API}/articles/unknown-slug` }), 404, ARTICLE_NOT_FOUND)
  })
})

describe('PUT /conduit/api/articles/:slug', () => {
  const update = (app: App, member: Member, slug: string, article: Record<string, unknown>) =>
    app.inject({ method: 'PUT', url: `${API}/articles/${slug}`, headers: member.headers, payload: { article } })

  it('changes what it is given; keeps the slug, createdAt and the tags; moves updatedAt', async (t) => {
    const ctx = await createTestApp(t)
    const { app, database } = ctx
    const jake = await register(app, 'jake')
    const article = await writeArticle(ctx, jake, { tagList: ['dragons', 'training'] })
    ctx.clock.advance(60_000)

    const res = await update(app, jake, article.slug, { title: 'Did you train your dragon?', body: 'Updated body content' })

    assert.equal(res.statusCode, 200, res.body)
    const expected = { ...article, title: 'Did you train your dragon?', body: 'Updated body content', updatedAt: now(ctx) }
    assert.deepEqual(res.json(), { article: expected })
    assert.notEqual(expected.updatedAt, article.updatedAt)
    const again = await app.inject({ method: 'GET', url: `${API}/articles/${article.slug}` })
    assert.deepEqual(again.json(), { article: expected }, 'the change is stored, under the same slug')
    assert.deepEqual(await storedTags(database, article.slug), ['dragons', 'training'])
  })

  it('replaces the tags with a given tagList, and clears them with []', async (t) => {
    const ctx = await createTestApp(t)
    const { app, database } = ctx
    const jake = await register(app, 'jake')
    const article = await writeArticle(ctx, jake, { tagList: ['dragons', 'training'] })

    const replaced = await update(app, jake, article.slug, { tagList: ['zebras', 'dragons'] })
    assert.equal(replaced.statusCode, 200, replaced.body)
    assert.deepEqual(replaced.json().article.tagList, ['zebras', 'dragons'])
    assert.deepEqual(await storedTags(database, article.slug), ['zebras', 'dragons'])

    const cleared = await update(app, jake, article.slug, { tagList: [] })
    assert.equal(cleared.statusCode, 200, cleared.body)
    assert.deepEqual(cleared.json().article.tagList, [])
    const fetched = await app.inject({ method: 'GET', url: `${API}/articles/${article.slug}` })
    assert.deepEqual(fetched.json().article.tagList, [])
    assert.deepEqual(await storedTags(database, article.slug), [])
  })

  for (const [name, changes, errors] of [
    ['tagList null', { tagList: null }, undefined],
    ['an empty title', { title: '' }, { title: BLANK }],
    ['an empty description', { description: '' }, { description: BLANK }],
    ['an empty body', { body: '' }, { body: BLANK }],
  ] as const) {
    it(`refuses ${name} with 422 and changes nothing`, async (t) => {
      const ctx = await createTestApp(t)
      const jake = await register(ctx.app, 'jake')
      const article = await writeArticle(ctx, jake, { tagList: ['dragons'] })
      const before = await stored(ctx.database)

      const res = await update(ctx.app, jake, article.slug, changes)

      if (errors) assertErrors(res, 422, errors)
      else {
        assert.equal(res.statusCode, 422, res.body)
        assert.deepEqual(Object.keys(res.json().errors), ['tagList'])
      }
      assert.deepEqual(await stored(ctx.database), before)
    })
  }

  it('refuses somebody else\'s article with 403 {"article": ["forbidden"]} and changes nothing', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    const other = await register(ctx.app, 'other')
    const article = await writeArticle(ctx, jake)
    const before = await stored(ctx.database)

    const res = await update(ctx.app, other, article.slug, { body: 'hijacked' })

    assertErrors(res, 403, { article: ['forbidden'] })
    assert.deepEqual(await stored(ctx.database), before)
  })

  it('answers an unknown slug with 404 {"article": ["not found"]}', async (t) => {
    const { app } = await createTestApp(t)
    const jake = await register(app, 'jake')

    assertErrors(await update(app, jake, 'unknown-slug', { body: 'test' }), 404, ARTICLE_NOT_FOUND)
  })

  it('checks the token before the slug: 401 {"token": ["is missing"]} for a known and an unknown slug', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    const article = await writeArticle(ctx, jake)
    const before = await stored(ctx.database)

    for (const slug of [article.slug, 'unknown-slug']) {
      const res = await ctx.app.inject({ method: 'PUT', url: `${API}/articles/${slug}`, payload: { article: { body: 'test' } } })
      assertTokenMissing(res)
    }
    assert.deepEqual(await stored(ctx.database), before)
  })
})

describe('DELETE /conduit/api/articles/:slug', () => {
  it('deletes the article with its tags, favorites and comments: 204, then 404', async (t) => {
    const ctx = await createTestApp(t)
    const { app, database } = ctx
    const jake = await register(app, 'jake')
    const fan = await register(app, 'fan')
    const kept = await writeArticle(ctx, jake, { title: 'Kept', tagList: ['kept'] })
    const article = await writeArticle(ctx, jake, { title: 'Gone', tagList: ['dragons'] })
    await favorite(app, fan, article.slug)
    await addComment(ctx, fan, article.slug, 'Nice')
    const before = await stored(database)

    const res = await app.inject({ method: 'DELETE', url: `${API}/articles/${article.slug}`, headers: jake.headers })

    assert.equal(res.statusCode, 204, res.body)
    assert.equal(res.body, '')
    assertErrors(await app.inject({ method: 'GET', url: `${API}/articles/${article.slug}` }), 404, ARTICLE_NOT_FOUND)
    const after = await stored(database)
    const goneId = before.posts.find((p) => p.slug === article.slug)!.id
    assert.deepEqual(after.posts, before.posts.filter((p) => p.id !== goneId))
    assert.deepEqual(after.post_tags, before.post_tags.filter((r) => r.post_id !== goneId))
    assert.deepEqual(after.favorites, [])
    assert.deepEqual(after.comments, [])
    assert.deepEqual(await list(app, ''), { articles: [listed(kept)], articlesCount: 1 })
  })

  it('refuses somebody else\'s article with 403 {"article": ["forbidden"]} and deletes nothing', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    const other = await register(ctx.app, 'other')
    const article = await writeArticle(ctx, jake)
    const before = await stored(ctx.database)

    const res = await ctx.app.inject({ method: 'DELETE', url: `${API}/articles/${article.slug}`, headers: other.headers })

    assertErrors(res, 403, { article: ['forbidden'] })
    assert.deepEqual(await stored(ctx.database), before)
  })

  it('answers an unknown slug with 404 {"article": ["not found"]}', async (t) => {
    const { app } = await createTestApp(t)
    const jake = await register(app, 'jake')

    const res = await app.inject({ method: 'DELETE', url: `${API}/articles/unknown-slug`, headers: jake.headers })

    assertErrors(res, 404, ARTICLE_NOT_FOUND)
  })

  it('checks the token before the slug: 401 {"token": ["is missing"]} for a known and an unknown slug', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    const article = await writeArticle(ctx, jake)
    const before = await stored(ctx.database)

    for (const slug of [article.slug, 'unknown-slug']) {
      assertTokenMissing(await ctx.app.inject({ method: 'DELETE', url: `${API}/articles/${slug}` }))
    }
    assert.deepEqual(await stored(ctx.database), before)
  })
})

describe('GET /conduit/api/articles/feed', () => {
  it('lists only articles by authors the caller follows, newest first, with articlesCount', async (t) => {
    const ctx = await createTestApp(t)
    const { app } = ctx
    const fan = await register(app, 'fan')
    const celeb = await register(app, 'celeb')
    const star = await register(app, 'star')
    const stranger = await register(app, 'stranger')
    await follow(app, fan, 'celeb')
    await follow(app, fan, 'star')
    const c1 = await writeArticle(ctx, celeb, { title: 'C1' })
    await writeArticle(ctx, stranger, { title: 'S1' })
    const s1 = await writeArticle(ctx, star, { title: 'S1 by star' })
    await writeArticle(ctx, fan, { title: 'My own' })
    const c2 = await writeArticle(ctx, celeb, { title: 'C2' })

    const res = await app.inject({ method: 'GET', url: `${API}/articles/feed`, headers: fan.headers })

    assert.equal(res.statusCode, 200, res.body)
    const feed = res.json() as ArticleList
    assert.deepEqual(feed, {
      articles: [c2, s1, c1].map((a) => listed(a, { following: true })),
      articlesCount: 3,
    })
    for (const item of feed.articles) assert.ok(!('body' in item), 'feed items have no body key')
  })

  it('pages with limit and offset; articlesCount is the total on every page', async (t) => {
    const ctx = await createTestApp(t)
    const fan = await register(ctx.app, 'fan')
    const celeb = await register(ctx.app, 'celeb')
    await follow(ctx.app, fan, 'celeb')
    const c1 = await writeArticle(ctx, celeb, { title: 'C1' })
    const c2 = await writeArticle(ctx, celeb, { title: 'C2' })
    const feed = (query: string) => list(ctx.app, `/feed${query}`, fan.headers)

    assert.deepEqual(await feed('?limit=1'), { articles: [listed(c2, { following: true })], articlesCount: 2 })
    assert.deepEqual(await feed('?limit=1&offset=1'), { articles: [listed(c1, { following: true })], articlesCount: 2 })
    assert.deepEqual(await feed('?offset=2'), { articles: [], articlesCount: 2 })
  })

  it('is empty for someone who follows nobody', async (t) => {
    const ctx = await createTestApp(t)
    const fan = await register(ctx.app, 'fan')
    const celeb = await register(ctx.app, 'celeb')
    await writeArticle(ctx, celeb)

    assert.deepEqual(await list(ctx.app, '/feed', fan.headers), { articles: [], articlesCount: 0 })
  })

  it('needs a token: 401 {"token": ["is missing"]}', async (t) => {
    const { app } = await createTestApp(t)

    assertTokenMissing(await app.inject({ method: 'GET', url: `${API}/articles/feed` }))
  })
})

describe('POST and DELETE /conduit/api/articles/:slug/favorite', () => {
  it('favorites: 200 with the article (favorited, favoritesCount), once however often it is asked', async (t) => {
    const ctx = await createTestApp(t)
    const { app, database } = ctx
    const jake = await register(app, 'jake')
    const fan = await register(app, 'fan')
    const article = await writeArticle(ctx, jake)

    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ method: 'POST', url: `${API}/articles/${article.slug}/favorite`, headers: fan.headers })
      assert.equal(res.statusCode, 200, res.body)
      assert.deepEqual(res.json(), { article: { ...article, favorited: true, favoritesCount: 1 } })
    }
    const { favorites, posts } = await stored(database)
    assert.equal(favorites.length, 1)
    assert.equal(posts[0]!.favorites_count, 1)
    const seenByFan = await app.inject({ method: 'GET', url: `${API}/articles/${article.slug}`, headers: fan.headers })
    assert.deepEqual(seenByFan.json(), { article: { ...article, favorited: true, favoritesCount: 1 } })
    const seenByAnybody = await app.inject({ method: 'GET', url: `${API}/articles/${article.slug}` })
    assert.deepEqual(seenByAnybody.json(), { article: { ...article, favorited: false, favoritesCount: 1 } })
  })

  it('counts every user who favorited', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    const fan = await register(ctx.app, 'fan')
    const article = await writeArticle(ctx, jake)
    await favorite(ctx.app, fan, article.slug)

    const byJake = await favorite(ctx.app, jake, article.slug)

    assert.deepEqual(byJake, { ...article, favorited: true, favoritesCount: 2 })
  })

  it('unfavorites: 200 with the article (not favorited, count down), and again is still 200', async (t) => {
    const ctx = await createTestApp(t)
    const { app, database } = ctx
    const jake = await register(app, 'jake')
    const fan = await register(app, 'fan')
    const article = await writeArticle(ctx, jake)
    await favorite(app, fan, article.slug)

    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ method: 'DELETE', url: `${API}/articles/${article.slug}/favorite`, headers: fan.headers })
      assert.equal(res.statusCode, 200, res.body)
      assert.deepEqual(res.json(), { article: { ...article, favorited: false, favoritesCount: 0 } })
    }
    const { favorites, posts } = await stored(database)
    assert.deepEqual(favorites, [])
    assert.equal(posts[0]!.favorites_count, 0)
  })

  for (const method of ['POST', 'DELETE'] as const) {
    it(`${method} of an unknown slug is 404 {"article": ["not found"]}`, async (t) => {
      const { app, database } = await createTestApp(t)
      const fan = await register(app, 'fan')
      const before = await stored(database)

      const res = await app.inject({ method, url: `${API}/articles/unknown-slug/favorite`, headers: fan.headers })

      assertErrors(res, 404, ARTICLE_NOT_FOUND)
      assert.deepEqual(await stored(database), before)
    })

    it(`${method} needs a token: 401 {"token": ["is missing"]} and nothing stored`, async (t) => {
      const ctx = await createTestApp(t)
      const jake = await register(ctx.app, 'jake')
      const article = await writeArticle(ctx, jake)
      await favorite(ctx.app, jake, article.slug)
      const before = await stored(ctx.database)

      assertTokenMissing(await ctx.app.inject({ method, url: `${API}/articles/${article.slug}/favorite` }))
      assert.deepEqual(await stored(ctx.database), before)
    })
  }
})

describe('/conduit/api/articles/:slug/comments', () => {
  it('adds a comment: 201 and the comment by the caller, stored', async (t) => {
    const ctx = await createTestApp(t)
    const { app, database } = ctx
    const jake = await register(app, 'jake')
    const fan = await register(app, 'fan')
    const article = await writeArticle(ctx, jake)
    ctx.clock.advance(1000)

    const res = await app.inject({
      method: 'POST',
      url: `${API}/articles/${article.slug}/comments`,
      headers: fan.headers,
      payload: { comment: { body: 'His name was my name too.' } },
    })

    assert.equal(res.statusCode, 201, res.body)
    const { comment } = res.json() as { comment: Comment }
    assert.ok(Number.isInteger(comment.id), res.body)
    assert.deepEqual(res.json(), {
      comment: { id: comment.id, createdAt: now(ctx), updatedAt: now(ctx), body: 'His name was my name too.', author: profileOf(fan) },
    })
    const rows = (await stored(database)).comments
    assert.equal(rows.length, 1)
    assert.equal(rows[0]!.id, comment.id)
    assert.equal(rows[0]!.body, 'His name was my name too.')
  })

  it('lists the comments oldest first, to anybody, with following for the caller', async (t) => {
    const ctx = await createTestApp(t)
    const { app } = ctx
    const jake = await register(app, 'jake')
    const fan = await register(app, 'fan')
    const article = await writeArticle(ctx, jake)
    const first = await addComment(ctx, jake, article.slug, 'First comment')
    const second = await addComment(ctx, fan, article.slug, 'Second comment')
    const url = `${API}/articles/${article.slug}/comments`

    const anonymous = await app.inject({ method: 'GET', url })
    assert.equal(anonymous.statusCode, 200, anonymous.body)
    assert.deepEqual(anonymous.json(), { comments: [first, second] })

    await follow(app, fan, 'jake')
    const byFan = await app.inject({ method: 'GET', url, headers: fan.headers })
    assert.deepEqual(byFan.json(), { comments: [{ ...first, author: profileOf(jake, true) }, second] })
  })

  it('answers an article without comments with an empty list', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    const article = await writeArticle(ctx, jake)

    const res = await ctx.app.inject({ method: 'GET', url: `${API}/articles/${article.slug}/comments` })

    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), { comments: [] })
  })

  it("deletes a comment by its author: 204; the article's other comments stay", async (t) => {
    const ctx = await createTestApp(t)
    const { app, database } = ctx
    const jake = await register(app, 'jake')
    const article = await writeArticle(ctx, jake)
    const first = await addComment(ctx, jake, article.slug, 'First comment')
    const second = await addComment(ctx, jake, article.slug, 'Second comment')

    const res = await app.inject({ method: 'DELETE', url: `${API}/articles/${article.slug}/comments/${first.id}`, headers: jake.headers })

    assert.equal(res.statusCode, 204, res.body)
    assert.equal(res.body, '')
    const listed = await app.inject({ method: 'GET', url: `${API}/articles/${article.slug}/comments` })
    assert.deepEqual(listed.json(), { comments: [second] })
    assert.deepEqual((await stored(database)).comments.map((c) => c.id), [second.id])
  })

  it('refuses to delete somebody else\'s comment with 403 {"comment": ["forbidden"]} and deletes nothing', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    const other = await register(ctx.app, 'other')
    const article = await writeArticle(ctx, jake)
    const comment = await addComment(ctx, jake, article.slug, "A's comment")
    const before = await stored(ctx.database)

    const res = await ctx.app.inject({
      method: 'DELETE',
      url: `${API}/articles/${article.slug}/comments/${comment.id}`,
      headers: other.headers,
    })

    assertErrors(res, 403, { comment: ['forbidden'] })
    assert.deepEqual(await stored(ctx.database), before)
  })

  it('answers an unknown comment, or one on another article, with 404 {"comment": ["not found"]}', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    const article = await writeArticle(ctx, jake, { title: 'One' })
    const elsewhere = await writeArticle(ctx, jake, { title: 'Two' })
    const comment = await addComment(ctx, jake, elsewhere.slug, 'Elsewhere')
    const before = await stored(ctx.database)

    for (const id of [99999, comment.id]) {
      const res = await ctx.app.inject({ method: 'DELETE', url: `${API}/articles/${article.slug}/comments/${id}`, headers: jake.headers })
      assertErrors(res, 404, COMMENT_NOT_FOUND)
    }
    assert.deepEqual(await stored(ctx.database), before)
  })

  it('answers an unknown article with 404 {"article": ["not found"]} on every comment route', async (t) => {
    const { app, database } = await createTestApp(t)
    const jake = await register(app, 'jake')
    const before = await stored(database)
    const url = `${API}/articles/unknown-slug/comments`

    assertErrors(await app.inject({ method: 'GET', url }), 404, ARTICLE_NOT_FOUND)
    assertErrors(
      await app.inject({ method: 'POST', url, headers: jake.headers, payload: { comment: { body: 'orphan' } } }),
      404,
      ARTICLE_NOT_FOUND,
    )
    assertErrors(await app.inject({ method: 'DELETE', url: `${url}/99999`, headers: jake.headers }), 404, ARTICLE_NOT_FOUND)
    assert.deepEqual(await stored(database), before)
  })

  for (const [variant, comment] of [
    ['an empty', { body: '' }],
    ['a blank', { body: '   ' }],
    ['a missing', {}],
  ] as const) {
    it(`refuses ${variant} body with 422 {"body": ["can't be blank"]} and stores nothing`, async (t) => {
      const ctx = await createTestApp(t)
      const jake = await register(ctx.app, 'jake')
      const article = await writeArticle(ctx, jake)
      const before = await stored(ctx.database)

      const res = await ctx.app.inject({
        method: 'POST',
        url: `${API}/articles/${article.slug}/comments`,
        headers: jake.headers,
        payload: { comment },
      })

      assertErrors(res, 422, { body: BLANK })
      assert.deepEqual(await stored(ctx.database), before)
    })
  }

  it('needs a token to add or delete: 401 {"token": ["is missing"]} and nothing stored', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    const article = await writeArticle(ctx, jake)
    const comment = await addComment(ctx, jake, article.slug, 'Kept')
    const before = await stored(ctx.database)
    const url = `${API}/articles/${article.slug}/comments`

    assertTokenMissing(await ctx.app.inject({ method: 'POST', url, payload: { comment: { body: 'test' } } }))
    assertTokenMissing(await ctx.app.inject({ method: 'DELETE', url: `${url}/${comment.id}` }))
    assert.deepEqual(await stored(ctx.database), before)
  })
})

describe('GET /conduit/api/tags', () => {
  it('answers {"tags": []} when no article has tags', async (t) => {
    const { app } = await createTestApp(t)

    const res = await app.inject({ method: 'GET', url: `${API}/tags` })

    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), { tags: [] })
  })

  it('lists the tags in use, each once; a tag goes with the last article that had it', async (t) => {
    const ctx = await createTestApp(t)
    const jake = await register(ctx.app, 'jake')
    await writeArticle(ctx, jake, { title: 'One', tagList: ['dragons', 'training'] })
    const second = await writeArticle(ctx, jake, { title: 'Two', tagList: ['dragons', 'vikings'] })
    const tags = async () => ((await ctx.app.inject({ method: 'GET', url: `${API}/tags` })).json() as { tags: string[] }).tags

    assert.deepEqual((await tags()).toSorted(), ['dragons', 'training', 'vikings'])
    const deleted = await ctx.app.inject({ method: 'DELETE', url: `${API}/articles/${second.slug}`, headers: jake.headers })
    assert.equal(deleted.statusCode, 204)
    assert.deepEqual((await tags()).toSorted(), ['dragons', 'training'])
  })
})

describe('CORS for the dialect', () => {
  it('grants a preflight from another origin for PUT /conduit/api/user with Authorization and Content-Type', async (t) => {
    const { app } = await createTestApp(t)

    const res = await app.inject({
      method: 'OPTIONS',
      url: `${API}/user`,
      headers: {
        origin: 'http://localhost:4200',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'authorization, content-type',
      },
    })

    assert.equal(res.statusCode, 204, res.body)
    assert.equal(res.headers['access-control-allow-origin'], '*')
    const methods = headerItems(res.headers['access-control-allow-methods']).map((m) => m.toUpperCase())
    assert.ok(methods.includes('PUT'), `Allow-Methods: ${res.headers['access-control-allow-methods']}`)
    const headers = headerItems(res.headers['access-control-allow-headers'])
    assert.ok(headers.includes('authorization'), `Allow-Headers: ${res.headers['access-control-allow-headers']}`)
    assert.ok(headers.includes('content-type'), `Allow-Headers: ${res.headers['access-control-allow-headers']}`)
  })

  it('lets a page on another origin read an answer', async (t) => {
    const { app } = await createTestApp(t)

    const res = await app.inject({ method: 'GET', url: `${API}/tags`, headers: { origin: 'http://localhost:4200' } })

    assert.equal(res.statusCode, 200, res.body)
    assert.equal(res.headers['access-control-allow-origin'], '*')
  })
})

describe('The dialect beside Inkwell', () => {
  it('is absent with CONDUIT_PREFIX=off: its paths are unknown routes, in Inkwell\'s error format, and store nothing', async (t) => {
    const { app, database } = await createTestApp(t, { env: { CONDUIT_PREFIX: 'off' } })

    assertError(await app.inject({ method: 'GET', url: `${API}/tags` }), 404, notFound('Route'))
    const res = await app.inject({
      method: 'POST',
      url: `${API}/users`,
      payload: { user: { username: 'jacob', email: 'jake@jake.jake', password: 'jakejake' } },
    })
    assertError(res, 404, notFound('Route'))
    assert.deepEqual((await storedRows(database)).users, [])
  })

  it('can be mounted elsewhere with CONDUIT_PREFIX', async (t) => {
    const { app } = await createTestApp(t, { env: { CONDUIT_PREFIX: '/realworld' } })

    const moved = await app.inject({ method: 'GET', url: '/realworld/api/tags' })
    assert.equal(moved.statusCode, 200, moved.body)
    assert.deepEqual(moved.json(), { tags: [] })
    assert.equal((await app.inject({ method: 'GET', url: `${API}/tags` })).statusCode, 404)
  })

  it("leaves Inkwell's own /api with its own error format and its own token scheme", async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')

    assertError(await app.inject({ method: 'GET', url: '/api/posts/999' }), 404, notFound('Post'))
    assertInvalidToken(await app.inject({ method: 'GET', url: '/api/profile' }))
    assertInvalidToken(await app.inject({ method: 'GET', url: '/api/profile', headers: tokenHeader(ada.token) }))
    const res = await app.inject({ method: 'POST', url: '/api/users', payload: { username: 'bob', email: 'bob@example.com' } })
    assertError(res, 400, validationFailed({ field: 'password', message: 'is required' }))
  })

  it("lets a token from the dialect's sign-up call Inkwell's own /api as a Bearer token", async (t) => {
    const { app } = await createTestApp(t)
    const jacob = await register(app, 'jacob')

    const res = await app.inject({ method: 'GET', url: '/api/profile', headers: { authorization: `Bearer ${jacob.token}` } })

    assert.equal(res.statusCode, 200, res.body)
    assert.equal(res.json().username, 'jacob')
    const inkwellToken = await logIn(app, { username: 'jacob', password: PASSWORD })
    const me = await app.inject({ method: 'GET', url: `${API}/user`, headers: tokenHeader(inkwellToken) })
    assert.equal(me.json().user.username, 'jacob', 'and the password it was given logs in to /api/tokens')
  })
})
