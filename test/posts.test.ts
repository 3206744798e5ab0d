/**
 * /api/posts by behaviour: creating, reading, replacing, changing and deleting a post; who may do
 * which (the authorization matrix of issue 2); strict validation; and keyset pagination walks.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import type { App } from '../src/app.js'
import type { DatabaseHandle } from '../src/db/database.js'
import { PostService } from '../src/posts/posts.service.js'
import {
  assertError,
  BAD_TOKEN,
  createPost,
  createTestApp,
  errorBody,
  notFound,
  runAccessMatrix,
  signUp,
  storedRow as storedRowOf,
  storedRows,
  validationFailed as invalid,
  type AccessScenario,
  type PostBody,
  type SignedUp,
} from './helpers.js'

const START = '2030-01-01T00:00:00.000Z'

/** The stored post exactly as the database holds it, for before/after comparisons. */
const storedRow = (database: DatabaseHandle, id: number) => storedRowOf(database, 'posts', id)

async function allRows(database: DatabaseHandle) {
  return (await storedRows(database)).posts
}

const validationFailed = (field: string, message: string) => invalid({ field, message })

const POST_NOT_FOUND = notFound('Post')

interface Page {
  posts: PostBody[]
  next_cursor: string | null
}

/** The target of a `Link: <…>; rel="next"` header, or undefined when there is none. */
function nextLink(res: LightMyRequestResponse): string | undefined {
  const header = res.headers.link
  if (header === undefined) return undefined
  const match = /^<([^>]+)>; rel="next"$/.exec(String(header))
  assert.ok(match, `not a rel="next" link: ${header}`)
  return match[1]
}

/**
 * Follows `next_cursor` from `firstUrl` until it is null, checking on each page that the Link
 * header leads to the same page as the cursor does. `between` runs after each page.
 */
async function walk(
  app: App,
  firstUrl: string,
  between: (page: Page, pageNumber: number) => Promise<void> = async () => {},
): Promise<{ ids: number[]; pages: Page[]; links: string[] }> {
  const ids: number[] = []
  const pages: Page[] = []
  const links: string[] = []
  let url = firstUrl
  for (let pageNumber = 1; ; pageNumber++) {
    assert.ok(pageNumber <= 100, 'the walk does not end')
    const res = await app.inject({ method: 'GET', url })
    assert.equal(res.statusCode, 200, res.body)
    const page = res.json() as Page
    pages.push(page)
    ids.push(...page.posts.map((post) => post.id))
    const link = nextLink(res)
    await between(page, pageNumber)
    if (page.next_cursor === null) {
      assert.equal(link, undefined, 'the last page has no Link header')
      break
    }
    assert.ok(link, `page ${pageNumber} has a next_cursor but no Link header`)
    assert.match(link, /^\/api\/posts\?/)
    const linkUrl = new URL(link, 'http://inkwell.test')
    assert.equal(linkUrl.searchParams.get('cursor'), page.next_cursor, 'the Link carries the next cursor')
    links.push(link)
    const base = new URL(firstUrl, 'http://inkwell.test')
    base.searchParams.set('cursor', page.next_cursor)
    url = `${base.pathname}${base.search}`
    const viaCursor = await app.inject({ method: 'GET', url })
    const viaLink = await app.inject({ method: 'GET', url: link })
    assert.equal(viaLink.statusCode, 200, viaLink.body)
    assert.deepEqual(viaLink.json(), viaCursor.json(), 'the Link leads to the page next_cursor leads to')
  }
  return { ids, pages, links }
}

function assertStrictlyDescending(ids: number[]): void {
  for (let i = 1; i < ids.length; i++) {
    assert.ok(ids[i]! < ids[i - 1]!, `ids not strictly descending at ${i}: ${ids[i - 1]} then ${ids[i]}`)
  }
}

/** A user just signed up, as `PostService.create` takes its author. */
const authorOf = (user: SignedUp) => ({ id: user.id, username: user.username, bio: null, image: null, version: 1 })

/** Writes `count` posts, alternating between `authors`; returns them in the order written. */
async function writePosts(app: App, authors: SignedUp[], count: number): Promise<PostBody[]> {
  const posts: PostBody[] = []
  for (let i = 0; i < count; i++) {
    posts.push(await createPost(app, authors[i % authors.length]!, { title: `Post ${i}`, body: `Body ${i}` }))
  }
  return posts
}

describe('POST /api/posts', () => {
  it('creates a post by the caller: 201, the post, its Location, and the stored row', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')

    const res = await app.inject({
      method: 'POST',
      url: '/api/posts',
      headers: ada.headers,
      payload: { title: 'Hello, Inkwell', body: 'First post.' },
    })

    assert.equal(res.statusCode, 201, res.body)
    assert.match(String(res.headers['content-type']), /^application\/json/)
    const post = res.json() as PostBody
    assert.ok(Number.isInteger(post.id) && post.id > 0)
    assert.match(post.slug, /^hello-inkwell-[a-z0-9]{6}$/)
    assert.deepEqual(post, {
      id: post.id,
      slug: post.slug,
      title: 'Hello, Inkwell',
      description: '',
      body: 'First post.',
      tags: [],
      author: { id: ada.id, username: 'ada', bio: null, image: null, following: false },
      favorites_count: 0,
      favorited: false,
      created_at: START,
      updated_at: START,
    })
    assert.equal(res.headers.location, `/api/posts/${post.id}`)
    const stored = await storedRow(database, post.id)
    assert.equal(stored?.slug, post.slug)
    assert.deepEqual(stored, {
      id: post.id,
      author_id: ada.id,
      title: 'Hello, Inkwell',
      body: 'First post.',
      description: '',
      slug: stored?.slug,
      favorites_count: 0,
      created_at: START,
      updated_at: START,
      version: 1,
    })

    const fetched = await app.inject({ method: 'GET', url: String(res.headers.location) })
    assert.equal(fetched.statusCode, 200)
    assert.deepEqual(fetched.json(), post)
  })

  // A slug's random suffix is one of 2 billion, so two posts titled alike clash after about
  // 50,000 of them (the birthday bound): the benchmark's writes met it as a 500 now and then.
  it('draws the slug again when the one drawn is taken, with or without tags, and stores each post once', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const author = authorOf(await signUp(app, 'ada'))
    const draws = ['taken', 'taken', 'free-1', 'taken', 'taken', 'free-2']
    const posts = new PostService(clock, () => draws.shift()!)

    assert.equal((await posts.create(database.db, author, { title: 'Same', body: 'B' })).slug, 'taken')
    assert.equal((await posts.create(database.db, author, { title: 'Same', body: 'B' })).slug, 'free-1')
    const tagged = await posts.create(database.db, author, { title: 'Same', body: 'B', tags: ['x'] })
    assert.equal(tagged.slug, 'free-2')
    assert.deepEqual(tagged.tags, ['x'])

    const stored = await database.db.selectFrom('posts').select(['slug']).orderBy('id').execute()
    assert.deepEqual(stored.map((row) => row.slug), ['taken', 'free-1', 'free-2'])
    const tags = await database.db.selectFrom('post_tags').select(['post_id', 'tag']).execute()
    assert.deepEqual(tags, [{ post_id: tagged.id, tag: 'x' }])
  })

  it('gives up when every draw is taken rather than trying for ever, and stores nothing', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const author = authorOf(await signUp(app, 'ada'))
    let drawn = 0
    const posts = new PostService(clock, () => (drawn++, 'taken'))
    await posts.create(database.db, author, { title: 'Same', body: 'B' })
    drawn = 0
    await assert.rejects(posts.create(database.db, author, { title: 'Same', body: 'B', tags: ['x'] }))
    assert.equal(drawn, 3)
    assert.equal((await database.db.selectFrom('posts').select('id').execute()).length, 1)
    assert.deepEqual(await database.db.selectFrom('post_tags').selectAll().execute(), [])
  })

  it('accepts a body of exactly 100,000 characters and an empty body', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    for (const body of ['x'.repeat(100_000), '']) {
      const res = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload: { title: 'T', body } })
      assert.equal(res.statusCode, 201, res.body.slice(0, 300))
      assert.equal(res.json().body, body)
      assert.equal((await storedRow(database, res.json().id))?.body, body)
    }
  })

  it('accepts a title of exactly 200 characters', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const title = 't'.repeat(200)
    const res = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload: { title, body: 'b' } })
    assert.equal(res.statusCode, 201, res.body)
    assert.equal(res.json().title, title)
  })
})

/**
 * Bad input, and the one detail each must produce. `routes` says where the rule applies: PATCH is
 * partial, so a missing field is fine there.
 */
const INVALID_INPUT: {
  name: string
  payload: Record<string, unknown>
  detail: { field: string; message: string }
  routes: ('POST' | 'PUT' | 'PATCH')[]
}[] = [
  { name: 'a missing title', payload: { body: 'b' }, detail: { field: 'title', message: 'is required' }, routes: ['POST', 'PUT'] },
  { name: 'a missing body', payload: { title: 't' }, detail: { field: 'body', message: 'is required' }, routes: ['POST', 'PUT'] },
  { name: 'an empty title', payload: { title: '', body: 'b' }, detail: { field: 'title', message: 'must not be empty' }, routes: ['POST', 'PUT', 'PATCH'] },
  { name: 'a blank title', payload: { title: '   ', body: 'b' }, detail: { field: 'title', message: 'must not be blank' }, routes: ['POST', 'PUT', 'PATCH'] },
  {
    name: 'a title of 201 characters',
    payload: { title: 't'.repeat(201), body: 'b' },
    detail: { field: 'title', message: 'must be at most 200 characters' },
    routes: ['POST', 'PUT', 'PATCH'],
  },
  { name: 'a numeric title (no coercion)', payload: { title: 123, body: 'b' }, detail: { field: 'title', message: 'must be a string' }, routes: ['POST', 'PUT', 'PATCH'] },
  { name: 'a null body', payload: { title: 't', body: null }, detail: { field: 'body', message: 'must be a string' }, routes: ['POST', 'PUT', 'PATCH'] },
  {
    name: 'a body of 100,001 characters',
    payload: { title: 't', body: 'x'.repeat(100_001) },
    detail: { field: 'body', message: 'must be at most 100000 characters' },
    routes: ['POST', 'PUT', 'PATCH'],
  },
  { name: 'an unknown field', payload: { title: 't', body: 'b', colour: 'x' }, detail: { field: 'colour', message: 'is not a known field' }, routes: ['POST', 'PUT', 'PATCH'] },
  ...(
    [
      ['id', 99],
      ['author_id', 2],
      ['author', { id: 2, username: 'bob' }],
      ['slug', 'my-own-slug'],
      ['favorites_count', 100],
      ['favorited', true],
      ['created_at', '2020-01-01T00:00:00.000Z'],
      ['updated_at', '2020-01-01T00:00:00.000Z'],
    ] as const
  ).map(([field, value]) => ({
    name: `the read-only field ${field}`,
    payload: { title: 't', body: 'b', [field]: value },
    detail: { field, message: 'is read-only' },
    routes: ['POST', 'PUT', 'PATCH'] as ('POST' | 'PUT' | 'PATCH')[],
  })),
]

describe('validation of post input', () => {
  it('refuses each invalid POST with 400 naming the field, and stores nothing', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    for (const invalid of INVALID_INPUT.filter((c) => c.routes.includes('POST'))) {
      await t.test(`POST with ${invalid.name} is refused`, async () => {
        const res = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload: invalid.payload })
        assertError(res, 400, { error: 'Request validation failed', code: 'validation_failed', details: [invalid.detail] })
        assert.deepEqual(await allRows(database), [])
      })
    }
  })

  for (const method of ['PUT', 'PATCH'] as const) {
    it(`refuses each invalid ${method} with 400 naming the field, and changes nothing`, async (t) => {
      const { app, database } = await createTestApp(t)
      const ada = await signUp(app, 'ada')
      const post = await createPost(app, ada, { title: 'Original', body: 'Original body' })
      const before = await storedRow(database, post.id)
      for (const invalid of INVALID_INPUT.filter((c) => c.routes.includes(method))) {
        await t.test(`${method} with ${invalid.name} is refused`, async () => {
          const res = await app.inject({ method, url: `/api/posts/${post.id}`, headers: ada.headers, payload: invalid.payload })
          assertError(res, 400, { error: 'Request validation failed', code: 'validation_failed', details: [invalid.detail] })
          assert.deepEqual(await storedRow(database, post.id), before)
        })
      }
    })
  }

  it('accepts a body of 100,000 characters and an empty body on PUT and PATCH', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    for (const method of ['PUT', 'PATCH'] as const) {
      for (const body of ['y'.repeat(100_000), '']) {
        const res = await app.inject({ method, url: `/api/posts/${post.id}`, headers: ada.headers, payload: { title: 'T', body } })
        assert.equal(res.statusCode, 200, res.body.slice(0, 300))
        assert.equal(res.json().body, body)
        assert.equal((await storedRow(database, post.id))?.body, body)
      }
    }
  })

  it('refuses an empty PATCH with 400 and changes nothing', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    const before = await storedRow(database, post.id)
    clock.advance(60_000)
    const res = await app.inject({ method: 'PATCH', url: `/api/posts/${post.id}`, headers: ada.headers, payload: {} })
    assert.equal(res.statusCode, 400, res.body)
    const body = errorBody(res)
    assert.equal(body.code, 'validation_failed')
    // About the body as a whole, so it names no field (posts have a field called `body`).
    assert.equal(body.error, 'Request body must contain at least one field')
    assert.equal(body.details, undefined)
    assert.deepEqual(await storedRow(database, post.id), before)
  })
})

describe('GET /api/posts/{id}', () => {
  it('returns the post to anybody', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada, { title: 'Read me', body: 'Please.' })
    const res = await app.inject({ method: 'GET', url: `/api/posts/${post.id}` })
    assert.equal(res.statusCode, 200)
    assert.deepEqual(res.json(), post)
  })

  it('answers 404 "Post not found" for an unknown id and for anything that is not a post id', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    await createPost(app, ada)
    // A post with id 1000, so that "1e3" is only a 404 if it is not read as 1000.
    await database.db
      .insertInto('posts')
      .values({ id: 1000, author_id: ada.id, title: 'Thousand', body: 'b', slug: 'thousand', created_at: START, updated_at: START })
      .execute()
    assert.equal((await app.inject({ method: 'GET', url: '/api/posts/1000' })).statusCode, 200)

    for (const id of ['999', 'abc', '0', '-5', '1e3', '123456789012345678901234567890', '1.0', '01']) {
      await t.test(`GET /api/posts/${id} is 404`, async () => {
        const res = await app.inject({ method: 'GET', url: `/api/posts/${encodeURIComponent(id)}` })
        assertError(res, 404, POST_NOT_FOUND)
      })
    }
  })
})

describe('PUT /api/posts/{id}', () => {
  it('replaces title and body, keeps created_at and moves updated_at to now', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada, { title: 'Old title', body: 'Old body' })
    const slugBefore = (await storedRow(database, post.id))?.slug
    clock.advance(90_000)
    const later = clock.now().toISOString()

    const res = await app.inject({
      method: 'PUT',
      url: `/api/posts/${post.id}`,
      headers: ada.headers,
      payload: { title: 'New title', body: 'New body' },
    })

    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), { ...post, title: 'New title', body: 'New body', created_at: START, updated_at: later })
    assert.deepEqual(await storedRow(database, post.id), {
      id: post.id,
      author_id: ada.id,
      title: 'New title',
      body: 'New body',
      // Chosen once: a new title leaves the post's links as they were.
      description: '',
      slug: slugBefore,
      favorites_count: 0,
      created_at: START,
      updated_at: later,
      version: 2,
    })
  })
})

describe('PATCH /api/posts/{id}', () => {
  it('changes only the title when only the title is sent', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada, { title: 'Old title', body: 'Kept body' })
    const slugBefore = (await storedRow(database, post.id))?.slug
    clock.advance(5_000)
    const later = clock.now().toISOString()

    const res = await app.inject({ method: 'PATCH', url: `/api/posts/${post.id}`, headers: ada.headers, payload: { title: 'New title' } })

    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), { ...post, title: 'New title', created_at: START, updated_at: later })
    assert.deepEqual(await storedRow(database, post.id), {
      id: post.id,
      author_id: ada.id,
      title: 'New title',
      body: 'Kept body',
      // Chosen once: a new title leaves the post's links as they were.
      description: '',
      slug: slugBefore,
      favorites_count: 0,
      created_at: START,
      updated_at: later,
      version: 2,
    })
  })

  it('changes only the body when only the body is sent', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada, { title: 'Kept title', body: 'Old body' })
    const slugBefore = (await storedRow(database, post.id))?.slug
    clock.advance(7_000)
    const later = clock.now().toISOString()

    const res = await app.inject({ method: 'PATCH', url: `/api/posts/${post.id}`, headers: ada.headers, payload: { body: 'New body' } })

    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), { ...post, body: 'New body', created_at: START, updated_at: later })
    assert.deepEqual(await storedRow(database, post.id), {
      id: post.id,
      author_id: ada.id,
      title: 'Kept title',
      body: 'New body',
      // Chosen once: a new title leaves the post's links as they were.
      description: '',
      slug: slugBefore,
      favorites_count: 0,
      created_at: START,
      updated_at: later,
      version: 2,
    })
  })
})

describe('DELETE /api/posts/{id}', () => {
  it('deletes the post: 204 with no body, then 404 and no row', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    const other = await createPost(app, ada, { title: 'Stays', body: 'b' })

    const res = await app.inject({ method: 'DELETE', url: `/api/posts/${post.id}`, headers: ada.headers })

    assert.equal(res.statusCode, 204)
    assert.equal(res.body, '')
    assertError(await app.inject({ method: 'GET', url: `/api/posts/${post.id}` }), 404, POST_NOT_FOUND)
    assert.equal(await storedRow(database, post.id), undefined)
    assert.ok(await storedRow(database, other.id), 'only that post is deleted')
  })
})

type Caller = 'anonymous' | 'bad token' | 'owner' | 'other user'

interface PostFixture {
  database: DatabaseHandle
  target: PostBody
  callers: Record<Caller, Record<string, string>>
}

/**
 * Who may write what: each write route against every kind of caller. Refusals must leave every
 * stored row as it was, byte for byte (the runner checks); successes must store what they say.
 */
function postWriteScenarios(owner: SignedUp, other: SignedUp): AccessScenario<PostFixture>[] {
  const routes: {
    route: string
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'
    /** False for the collection; true when the target is the owner's post. */
    onPost: boolean
    payload?: Record<string, unknown>
    success: number
  }[] = [
    { route: 'POST /api/posts', method: 'POST', onPost: false, payload: { title: 'New', body: 'New body' }, success: 201 },
    { route: 'PUT /api/posts/{id}', method: 'PUT', onPost: true, payload: { title: 'Replaced', body: 'Replaced body' }, success: 200 },
    { route: 'PATCH /api/posts/{id}', method: 'PATCH', onPost: true, payload: { title: 'Changed' }, success: 200 },
    { route: 'DELETE /api/posts/{id}', method: 'DELETE', onPost: true, success: 204 },
  ]
  const userFor: Partial<Record<Caller, SignedUp>> = { owner, 'other user': other }
  return routes.flatMap((route) =>
    (['anonymous', 'bad token', 'owner', 'other user'] as const).map(
      (caller): AccessScenario<PostFixture> => ({
        route: route.route,
        caller,
        request: ({ target }) => ({
          method: route.method,
          url: route.onPost ? `/api/posts/${target.id}` : '/api/posts',
          ...(route.payload ? { payload: route.payload } : {}),
        }),
        status:
          caller === 'anonymous' || caller === 'bad token' ? 401 : caller === 'other user' && route.onPost ? 403 : route.success,
        async then(res, { database, target }, before) {
          if (route.method === 'POST') {
            const created = res.json() as PostBody
            assert.equal(res.headers.location, `/api/posts/${created.id}`)
            assert.equal((await storedRow(database, created.id))?.author_id, userFor[caller]!.id)
            assert.equal((await allRows(database)).length, before.posts.length + 1)
          } else if (route.method === 'DELETE') {
            assert.equal(res.body, '')
            assert.equal(await storedRow(database, target.id), undefined)
          } else {
            const stored = await storedRow(database, target.id)
            assert.equal(stored?.title, route.payload!.title)
            assert.equal(stored?.author_id, owner.id)
          }
        },
      }),
    ),
  )
}

describe('authorization of post writes', () => {
  it('lets only the author change a post, and signed-in users write one', async (t) => {
    const { app, database } = await createTestApp(t)
    const owner = await signUp(app, 'owner')
    const other = await signUp(app, 'other')
    const callers = { anonymous: {}, 'bad token': BAD_TOKEN, owner: owner.headers, 'other user': other.headers }
    await runAccessMatrix(t, {
      app,
      database,
      arrange: async () => ({ database, target: await createPost(app, owner, { title: 'Owned', body: 'Owned body' }), callers }),
      scenarios: postWriteScenarios(owner, other),
    })
  })

  it('answers 404 to PUT, PATCH and DELETE of an unknown post with a valid token', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    const rowsBefore = await allRows(database)
    const unknown = post.id + 1000
    for (const [method, payload] of [
      ['PUT', { title: 'T', body: 'B' }],
      ['PATCH', { title: 'T' }],
      ['DELETE', undefined],
    ] as const) {
      const res = await app.inject({
        method,
        url: `/api/posts/${unknown}`,
        headers: ada.headers,
        ...(payload ? { payload } : {}),
      })
      assertError(res, 404, POST_NOT_FOUND)
    }
    assert.deepEqual(await allRows(database), rowsBefore)
  })
})

describe('GET /api/posts', () => {
  it('lists posts newest first as {posts, next_cursor}, 20 by default', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const written = await writePosts(app, [ada], 21)

    const res = await app.inject({ method: 'GET', url: '/api/posts' })
    assert.equal(res.statusCode, 200, res.body)
    const page = res.json() as Page
    assert.deepEqual(Object.keys(page).sort(), ['next_cursor', 'posts'])
    assert.equal(page.posts.length, 20)
    assert.deepEqual(page.posts, written.slice(1).reverse(), 'the 20 newest, newest first, in the post shape')
    assert.equal(typeof page.next_cursor, 'string')

    const rest = await app.inject({ method: 'GET', url: `/api/posts?cursor=${page.next_cursor}` })
    assert.equal(rest.statusCode, 200, rest.body)
    assert.deepEqual(rest.json(), { posts: [written[0]], next_cursor: null })
    assert.equal(rest.headers.link, undefined)
  })

  it('accepts limit 1 and 100', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const written = await writePosts(app, [ada], 3)

    const one = await app.inject({ method: 'GET', url: '/api/posts?limit=1' })
    assert.equal(one.statusCode, 200, one.body)
    assert.deepEqual(one.json().posts, [written[2]])
    assert.equal(typeof one.json().next_cursor, 'string')

    const hundred = await app.inject({ method: 'GET', url: '/api/posts?limit=100' })
    assert.equal(hundred.statusCode, 200, hundred.body)
    assert.deepEqual(hundred.json(), { posts: [...written].reverse(), next_cursor: null })
    assert.equal(hundred.headers.link, undefined)
  })

  it('refuses a limit outside 1–100 or not an integer with 400 naming limit', async (t) => {
    const { app } = await createTestApp(t)
    const cases: [string, string][] = [
      ['0', 'must be at least 1'],
      ['101', 'must be at most 100'],
      ['-1', 'must be at least 1'],
      ['abc', 'must be an integer'],
      ['1.5', 'must be an integer'],
    ]
    for (const [limit, message] of cases) {
      await t.test(`limit=${limit} is refused`, async () => {
        const res = await app.inject({ method: 'GET', url: `/api/posts?limit=${limit}` })
        assertError(res, 400, validationFailed('limit', message))
      })
    }
    await t.test('an empty limit is refused', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/posts?limit=' })
      assert.equal(res.statusCode, 400, res.body)
      assert.deepEqual(errorBody(res).details?.map((d) => d.field), ['limit'])
    })
  })

  it('refuses a cursor it did not issue for this list with 400 naming cursor', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    await signUp(app, 'bob')
    await writePosts(app, [ada], 3)

    const first = await app.inject({ method: 'GET', url: '/api/posts?limit=1' })
    const cursor = first.json().next_cursor as string
    assert.equal(typeof cursor, 'string')
    assert.equal((await app.inject({ method: 'GET', url: `/api/posts?cursor=${cursor}` })).statusCode, 200)

    const users = await app.inject({ method: 'GET', url: '/api/users?limit=1' })
    assert.equal(users.statusCode, 200, users.body)
    const usersCursor = users.json().next_cursor as string
    assert.equal(typeof usersCursor, 'string', 'two users make a second page of users')

    const b64 = (text: string) => Buffer.from(text).toString('base64url')
    const flipFirst = (text: string) => (text[0] === 'A' ? 'B' : 'A') + text.slice(1)
    const bad: [string, string][] = [
      ['garbage', 'not-a-cursor!!'],
      ['a truncated cursor', cursor.slice(0, -1)],
      ['a cursor with a character appended', `${cursor}A`],
      ['a cursor with its first character changed', flipFirst(cursor)],
      ['a cursor with base64 padding added', `${cursor}=`],
      ['a cursor from the users list', usersCursor],
      ['a cursor for a non-numeric position', b64('posts:abc')],
      ['a cursor for position 0', b64('posts:0')],
      ['a cursor for a negative position', b64('posts:-1')],
      ['an empty cursor', ''],
    ]
    for (const [name, value] of bad) {
      await t.test(`${name} is refused`, async () => {
        const res = await app.inject({ method: 'GET', url: `/api/posts?cursor=${encodeURIComponent(value)}` })
        assert.equal(res.statusCode, 400, res.body)
        const body = errorBody(res)
        assert.equal(body.code, 'validation_failed')
        assert.deepEqual(body.details?.map((d) => d.field), ['cursor'])
      })
    }
  })

  it('refuses an unknown query parameter with 400 naming it', async (t) => {
    const { app } = await createTestApp(t)
    const res = await app.inject({ method: 'GET', url: '/api/posts?sort=asc' })
    assertError(res, 400, validationFailed('sort', 'is not a known query parameter'))
  })

  it('answers an author_id that matches nobody with an empty page', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    await writePosts(app, [ada], 2)
    const res = await app.inject({ method: 'GET', url: `/api/posts?author_id=${ada.id + 100}` })
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), { posts: [], next_cursor: null })
    assert.equal(res.headers.link, undefined)
  })

  it('refuses an author_id that is not an id with 400 naming author_id', async (t) => {
    const { app } = await createTestApp(t)
    for (const [value, message] of [
      ['abc', 'must be an integer'],
      ['0', 'must be at least 1'],
    ] as const) {
      const res = await app.inject({ method: 'GET', url: `/api/posts?author_id=${value}` })
      assertError(res, 400, validationFailed('author_id', message))
    }
  })

  it('drops a deleted user’s posts from the list', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const written = await writePosts(app, [ada, bob], 6)
    const adas = written.filter((post) => post.author.id === ada.id)

    const deleted = await app.inject({ method: 'DELETE', url: `/api/users/${bob.id}`, headers: bob.headers })
    assert.equal(deleted.statusCode, 204, deleted.body)

    const res = await app.inject({ method: 'GET', url: '/api/posts' })
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), { posts: [...adas].reverse(), next_cursor: null })
    const bobs = await app.inject({ method: 'GET', url: `/api/posts?author_id=${bob.id}` })
    assert.deepEqual(bobs.json(), { posts: [], next_cursor: null })
    for (const post of written.filter((p) => p.author.id === bob.id)) {
      assertError(await app.inject({ method: 'GET', url: `/api/posts/${post.id}` }), 404, POST_NOT_FOUND)
    }
    assert.equal((await allRows(database)).length, adas.length)
  })
})

describe('pagination walks over /api/posts', () => {
  it('returns every post exactly once, newest first, with a working Link on each page but the last', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const written = await writePosts(app, [ada, bob], 45)

    const { ids, pages, links } = await walk(app, '/api/posts?limit=10')

    assert.deepEqual(
      pages.map((page) => page.posts.length),
      [10, 10, 10, 10, 5],
    )
    assert.equal(links.length, 4)
    assertStrictlyDescending(ids)
    assert.equal(new Set(ids).size, ids.length, 'no duplicates')
    assert.deepEqual(ids, written.map((post) => post.id).reverse(), 'every post, no gaps')
    assert.deepEqual(pages.flatMap((page) => page.posts), [...written].reverse(), 'each in the post shape')
    for (const link of links) assert.equal(new URL(link, 'http://x').searchParams.get('limit'), '10')
  })

  it('walks one author’s posts only, and the Link keeps the author_id filter', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const written = await writePosts(app, [ada, bob], 45)
    const adas = written.filter((post) => post.author.id === ada.id)
    assert.equal(adas.length, 23)

    const { ids, pages, links } = await walk(app, `/api/posts?author_id=${ada.id}&limit=10`)

    assert.deepEqual(
      pages.map((page) => page.posts.length),
      [10, 10, 3],
    )
    assertStrictlyDescending(ids)
    assert.deepEqual(ids, adas.map((post) => post.id).reverse())
    assert.ok(pages.every((page) => page.posts.every((post) => post.author.id === ada.id)))
    assert.equal(links.length, 2)
    for (const link of links) {
      assert.equal(new URL(link, 'http://x').searchParams.get('author_id'), String(ada.id), `Link drops author_id: ${link}`)
    }
  })

  it('neither repeats nor skips a post when posts are written and deleted during the walk', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const written = await writePosts(app, [ada, bob], 45)
    const byId = new Map(written.map((post) => [post.id, post]))
    const unseenToDelete = written[5]! // among the oldest: on the last page
    let boundary: PostBody | undefined
    const createdDuring: PostBody[] = []

    const { ids } = await walk(app, '/api/posts?limit=10', async (page, pageNumber) => {
      if (pageNumber === 1) {
        createdDuring.push(...(await writePosts(app, [bob, ada], 3)))
        const author = byId.get(unseenToDelete.id)!.author.id === ada.id ? ada : bob
        const res = await app.inject({ method: 'DELETE', url: `/api/posts/${unseenToDelete.id}`, headers: author.headers })
        assert.equal(res.statusCode, 204)
      }
      if (pageNumber === 2) {
        // Delete the very post the next cursor points after: the walk must carry on from there.
        boundary = page.posts.at(-1)!
        const author = boundary.author.id === ada.id ? ada : bob
        const res = await app.inject({ method: 'DELETE', url: `/api/posts/${boundary.id}`, headers: author.headers })
        assert.equal(res.statusCode, 204)
        createdDuring.push(await createPost(app, ada, { title: 'Late', body: 'b' }))
      }
    })

    assert.ok(boundary)
    assertStrictlyDescending(ids)
    assert.equal(new Set(ids).size, ids.length, 'no duplicates')
    const expected = written.map((post) => post.id).filter((id) => id !== unseenToDelete.id)
    for (const id of expected) assert.ok(ids.includes(id), `post ${id}, there from the start, was skipped`)
    assert.ok(!ids.includes(unseenToDelete.id), 'the post deleted before its page came is not listed')
    assert.equal(await storedRow(database, unseenToDelete.id), undefined)
    assert.equal(createdDuring.length, 4)
  })
})
