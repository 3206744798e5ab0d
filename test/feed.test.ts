/**
 * GET /api/feed (posts by the users the caller follows), `author.following` on posts, GET
 * /api/posts/by-slug/{slug}, and the offset pages with counts that the service offers the
 * RealWorld adapter. Follows are inserted directly: their routes live elsewhere.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { DatabaseHandle } from '../src/db/database.js'
import { PostService } from '../src/posts/posts.service.js'
import {
  assertError,
  assertInvalidToken,
  BAD_TOKEN,
  createPost,
  createTestApp,
  headerItems,
  notFound,
  signUp,
  validationFailed,
  type PostBody,
  type SignedUp,
} from './helpers.js'

async function follow(database: DatabaseHandle, follower: SignedUp, followed: SignedUp) {
  await database.db.insertInto('follows').values({ follower_id: follower.id, followed_id: followed.id, created_at: '2030-01-01T00:00:00.000Z' }).execute()
}

describe('GET /api/feed', () => {
  it('needs a token', async (t) => {
    const { app } = await createTestApp(t)
    assertInvalidToken(await app.inject({ method: 'GET', url: '/api/feed' }))
    assertInvalidToken(await app.inject({ method: 'GET', url: '/api/feed', headers: BAD_TOKEN }))
  })

  it('lists the posts of the users the caller follows, newest first, with author.following; empty when they follow nobody', async (t) => {
    const { app, database } = await createTestApp(t)
    const [ada, bob, carol, dave] = await Promise.all(['ada', 'bob', 'carol', 'dave'].map((name) => signUp(app, name)))
    assert.deepEqual((await app.inject({ method: 'GET', url: '/api/feed', headers: ada!.headers })).json(), { posts: [], next_cursor: null })

    const written: PostBody[] = []
    for (let i = 0; i < 9; i++) written.push(await createPost(app, [bob, carol, dave, ada][i % 4]!, { title: `P${i}`, body: 'B' }))
    await follow(database, ada!, bob!)
    await follow(database, ada!, carol!)
    await follow(database, bob!, dave!)

    const res = await app.inject({ method: 'GET', url: '/api/feed', headers: ada!.headers })
    assert.equal(res.statusCode, 200, res.body)
    const expected = written
      .filter((post) => post.author.id === bob!.id || post.author.id === carol!.id)
      .reverse()
      .map((post) => ({ ...post, author: { ...post.author, following: true } }))
    assert.deepEqual(res.json(), { posts: expected, next_cursor: null })
    assert.ok(headerItems(res.headers.vary).includes('authorization'))

    // Everywhere a post shows its author, it says whether the caller follows them.
    const list = await app.inject({ method: 'GET', url: '/api/posts?limit=100', headers: ada!.headers })
    for (const post of list.json().posts as PostBody[]) {
      assert.equal(post.author.following, post.author.id === bob!.id || post.author.id === carol!.id)
    }
    const anonymous = await app.inject({ method: 'GET', url: '/api/posts?limit=100' })
    assert.ok((anonymous.json().posts as PostBody[]).every((post) => post.author.following === false))
    const bobsPost = written[0]!
    const asAda = await app.inject({ method: 'GET', url: `/api/posts/${bobsPost.id}`, headers: ada!.headers })
    const asNobody = await app.inject({ method: 'GET', url: `/api/posts/${bobsPost.id}` })
    assert.equal(asAda.json().author.following, true)
    assert.notEqual(asAda.headers.etag, asNobody.headers.etag, 'following is in the ETag')
  })

  it('walks every page down to a deep one, with a Link on each, and refuses a cursor of another list', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const carol = await signUp(app, 'carol')
    await follow(database, ada, bob)
    const written: PostBody[] = []
    for (let i = 0; i < 60; i++) written.push(await createPost(app, i % 3 === 0 ? carol : bob, { title: `P${i}`, body: 'B' }))
    const bobs = written.filter((post) => post.author.id === bob.id).reverse()

    const ids: number[] = []
    let url = '/api/feed?limit=3'
    let pages = 0
    for (;;) {
      const res = await app.inject({ method: 'GET', url, headers: ada.headers })
      assert.equal(res.statusCode, 200, res.body)
      pages++
      const body = res.json()
      ids.push(...body.posts.map((post: PostBody) => post.id))
      if (body.next_cursor === null) {
        assert.equal(res.headers.link, undefined)
        break
      }
      const link = /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link))?.[1]
      assert.ok(link?.startsWith('/api/feed?'), String(res.headers.link))
      url = link!
    }
    assert.equal(pages, 14)
    assert.deepEqual(ids, bobs.map((post) => post.id))

    const postsCursor = (await app.inject({ method: 'GET', url: '/api/posts?limit=1' })).json().next_cursor
    const res = await app.inject({ method: 'GET', url: `/api/feed?cursor=${postsCursor}`, headers: ada.headers })
    assertError(res, 400, validationFailed({ field: 'cursor', message: 'is not a cursor this server issued; start again without one' }))
    assertError(
      await app.inject({ method: 'GET', url: '/api/feed?author_id=1', headers: ada.headers }),
      400,
      validationFailed({ field: 'author_id', message: 'is not a known query parameter' }),
    )
  })
})

describe('GET /api/posts/by-slug/{slug}', () => {
  it('answers the post its slug names, with the ETag its id gives, and 404 for any other slug', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    await database.db.updateTable('users').set({ bio: 'Writes.', image: 'https://example.com/ada.png' }).where('id', '=', ada.id).execute()
    const post = await createPost(app, ada, { title: 'Hello World', body: 'B', tags: ['x'] })
    assert.deepEqual(post.author, { id: ada.id, username: 'ada', bio: 'Writes.', image: 'https://example.com/ada.png', following: false })
    await follow(database, bob, ada)

    const bySlug = await app.inject({ method: 'GET', url: `/api/posts/by-slug/${post.slug}` })
    const byId = await app.inject({ method: 'GET', url: `/api/posts/${post.id}` })
    assert.equal(bySlug.statusCode, 200, bySlug.body)
    assert.deepEqual(bySlug.json(), post)
    assert.equal(bySlug.headers.etag, byId.headers.etag)
    assert.ok(headerItems(bySlug.headers.vary).includes('authorization'))
    const asBob = await app.inject({ method: 'GET', url: `/api/posts/by-slug/${post.slug}`, headers: bob.headers })
    assert.deepEqual(asBob.json(), { ...post, author: { ...post.author, following: true } })
    const notModified = await app.inject({ method: 'GET', url: `/api/posts/by-slug/${post.slug}`, headers: { 'if-none-match': String(bySlug.headers.etag) } })
    assert.equal(notModified.statusCode, 304)

    for (const slug of ['hello-world', `${post.slug}x`, 'x'.repeat(101), post.slug.toUpperCase()]) {
      assertError(await app.inject({ method: 'GET', url: `/api/posts/by-slug/${slug}` }), 404, notFound('Post'))
    }
  })
})

describe('PostService for the RealWorld adapter', () => {
  it('pages lists and feeds by offset with the count of all matches', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const written: PostBody[] = []
    for (let i = 0; i < 30; i++) written.push(await createPost(app, i % 2 ? ada : bob, { title: `P${i}`, body: 'B', tags: i % 3 ? [] : ['Three'] }))
    await follow(database, ada, bob)
    await app.inject({ method: 'PUT', url: `/api/posts/${written[0]!.id}/favorite`, headers: ada.headers })
    const posts = new PostService(clock)
    const db = database.db

    const all = await posts.listWithCount(db, {}, { offset: 5, limit: 10 })
    assert.equal(all.count, 30)
    assert.deepEqual(all.posts.map((post) => post.id), [...written].reverse().slice(5, 15).map((post) => post.id))

    const threes = await posts.listWithCount(db, { tag: 'THREE', authorId: bob.id }, { offset: 0, limit: 100 })
    const expected = written.filter((post, i) => i % 3 === 0 && post.author.id === bob.id).reverse()
    assert.equal(threes.count, expected.length)
    assert.deepEqual(threes.posts.map((post) => post.id), expected.map((post) => post.id))

    const favorited = await posts.listWithCount(db, { favoritedBy: ada.id }, { offset: 0, limit: 20 }, ada.id)
    assert.equal(favorited.count, 1)
    assert.equal(favorited.posts[0]!.favorited, true)
    assert.equal(favorited.posts[0]!.author.following, true)

    const deep = await posts.feedWithCount(db, ada.id, { offset: 14, limit: 10 })
    assert.equal(deep.count, 15)
    assert.deepEqual(deep.posts.map((post) => post.id), [written[0]!.id])
    assert.equal((await posts.feedWithCount(db, bob.id, { offset: 0, limit: 10 })).count, 0)
    assert.equal((await posts.listWithCount(db, { tag: ' ' }, { offset: 0, limit: 10 })).count, 0)

    const bySlug = await posts.getBySlug(db, written[0]!.slug, ada.id)
    assert.deepEqual([bySlug.id, bySlug.favorited, bySlug.favorites_count], [written[0]!.id, true, 1])
  })
})
