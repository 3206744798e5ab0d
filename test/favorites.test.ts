/**
 * Favorites: PUT and DELETE /api/posts/{id}/favorite (idempotent, counted once per user, also
 * when requests race), what each caller sees (`favorited`, ETag, Vary), the `favorited_by`
 * filter, and what happens to favorites when their post or their user goes.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { DatabaseHandle } from '../src/db/database.js'
import { PostService } from '../src/posts/posts.service.js'
import {
  assertError,
  BAD_TOKEN,
  createPost,
  createTestApp,
  headerItems,
  notFound,
  runAccessMatrix,
  signUp,
  type AccessScenario,
  type PostBody,
} from './helpers.js'

const START = '2030-01-01T00:00:00.000Z'

async function storedFavorites(database: DatabaseHandle) {
  return database.db.selectFrom('favorites').selectAll().orderBy('user_id').orderBy('post_id').execute()
}

async function storedCount(database: DatabaseHandle, postId: number) {
  return (await database.db.selectFrom('posts').select('favorites_count').where('id', '=', postId).executeTakeFirst())?.favorites_count
}

describe('PUT and DELETE /api/posts/{id}/favorite', () => {
  it('favorites once however often it is sent, and unfavorites likewise, answering the post as the caller sees it', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const post = await createPost(app, ada, { title: 'T', body: 'B', tags: ['x'] })
    clock.advance(5000)

    const first = await app.inject({ method: 'PUT', url: `/api/posts/${post.id}/favorite`, headers: bob.headers })
    assert.equal(first.statusCode, 200, first.body)
    assert.deepEqual(first.json(), { ...post, favorites_count: 1, favorited: true })
    assert.deepEqual(await storedFavorites(database), [{ user_id: bob.id, post_id: post.id, created_at: '2030-01-01T00:00:05.000Z' }])
    assert.equal(await storedCount(database, post.id), 1)

    clock.advance(5000)
    const again = await app.inject({ method: 'PUT', url: `/api/posts/${post.id}/favorite`, headers: bob.headers })
    assert.equal(again.statusCode, 200)
    assert.deepEqual(again.json(), first.json())
    assert.equal(again.headers.etag, first.headers.etag)
    assert.deepEqual(await storedFavorites(database), [{ user_id: bob.id, post_id: post.id, created_at: '2030-01-01T00:00:05.000Z' }])
    assert.equal(await storedCount(database, post.id), 1)

    const byAuthor = await app.inject({ method: 'PUT', url: `/api/posts/${post.id}/favorite`, headers: ada.headers })
    assert.deepEqual(byAuthor.json(), { ...post, favorites_count: 2, favorited: true }, 'an author may favorite their own post')

    const removed = await app.inject({ method: 'DELETE', url: `/api/posts/${post.id}/favorite`, headers: bob.headers })
    assert.equal(removed.statusCode, 200, removed.body)
    assert.deepEqual(removed.json(), { ...post, favorites_count: 1, favorited: false })
    const removedAgain = await app.inject({ method: 'DELETE', url: `/api/posts/${post.id}/favorite`, headers: bob.headers })
    assert.deepEqual(removedAgain.json(), removed.json())
    assert.deepEqual(await storedFavorites(database), [{ user_id: ada.id, post_id: post.id, created_at: '2030-01-01T00:00:10.000Z' }])
    assert.equal(await storedCount(database, post.id), 1)
    const row = await database.db.selectFrom('posts').select(['version', 'updated_at']).where('id', '=', post.id).executeTakeFirst()
    assert.deepEqual(row, { version: 1, updated_at: START }, 'a favorite is not an edit')
  })

  it('answers 404 "Post not found" for an unknown post or an id that is none, and stores nothing', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    for (const method of ['PUT', 'DELETE'] as const) {
      for (const id of [String(post.id + 100), 'abc', '0']) {
        assertError(await app.inject({ method, url: `/api/posts/${id}/favorite`, headers: ada.headers }), 404, notFound('Post'))
      }
    }
    assert.deepEqual(await storedFavorites(database), [])
  })

  it('counts two users who favorite at once twice, and one user who does it twice at once once', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const fans = await Promise.all(Array.from({ length: 8 }, (_, i) => signUp(app, `fan${i}`)))
    const post = await createPost(app, ada)

    const many = await Promise.all(fans.map((fan) => app.inject({ method: 'PUT', url: `/api/posts/${post.id}/favorite`, headers: fan.headers })))
    assert.deepEqual(many.map((res) => res.statusCode), fans.map(() => 200))
    assert.equal(await storedCount(database, post.id), 8)
    assert.equal((await storedFavorites(database)).length, 8)

    const other = await createPost(app, ada)
    const same = await Promise.all(Array.from({ length: 8 }, () => app.inject({ method: 'PUT', url: `/api/posts/${other.id}/favorite`, headers: fans[0]!.headers })))
    assert.deepEqual(same.map((res) => res.statusCode), same.map(() => 200))
    assert.ok(same.every((res) => res.json().favorited === true))
    assert.equal(await storedCount(database, other.id), 1)

    const undo = await Promise.all([
      ...fans.map((fan) => app.inject({ method: 'DELETE', url: `/api/posts/${post.id}/favorite`, headers: fan.headers })),
      ...fans.map((fan) => app.inject({ method: 'DELETE', url: `/api/posts/${post.id}/favorite`, headers: fan.headers })),
    ])
    assert.ok(undo.every((res) => res.statusCode === 200))
    assert.equal(await storedCount(database, post.id), 0)
    assert.deepEqual(
      (await storedFavorites(database)).map((row) => row.post_id),
      [other.id],
    )
  })
})

type Caller = 'anonymous' | 'bad token' | 'owner' | 'other user'

interface Fixture {
  database: DatabaseHandle
  target: PostBody
  callers: Record<Caller, Record<string, string>>
}

describe('authorization of favorites', () => {
  it('lets any signed-in user favorite and unfavorite any post, the author too', async (t) => {
    const { app, database } = await createTestApp(t)
    const owner = await signUp(app, 'owner')
    const other = await signUp(app, 'other')
    const callers = { anonymous: {}, 'bad token': BAD_TOKEN, owner: owner.headers, 'other user': other.headers }
    const userOf = { owner, 'other user': other } as const
    const scenarios: AccessScenario<Fixture>[] = (['PUT', 'DELETE'] as const).flatMap((method) =>
      (['anonymous', 'bad token', 'owner', 'other user'] as const).map(
        (caller): AccessScenario<Fixture> => ({
          route: `${method} /api/posts/{id}/favorite`,
          caller,
          request: ({ target }) => ({ method, url: `/api/posts/${target.id}/favorite` }),
          status: caller === 'anonymous' || caller === 'bad token' ? 401 : 200,
          async then(res, { database, target }) {
            const user = userOf[caller as 'owner' | 'other user']
            // The fixture has the owner already a fan, so DELETE by the owner takes one off.
            const fans = new Set([owner.id])
            if (method === 'PUT') fans.add(user.id)
            else fans.delete(user.id)
            assert.deepEqual(res.json(), { ...target, favorites_count: fans.size, favorited: method === 'PUT' })
            assert.deepEqual(
              (await storedFavorites(database)).filter((row) => row.post_id === target.id).map((row) => row.user_id),
              [...fans].sort((a, b) => a - b),
            )
            assert.equal(await storedCount(database, target.id), fans.size)
          },
        }),
      ),
    )
    await runAccessMatrix(t, {
      app,
      database,
      async arrange() {
        const post = await createPost(app, owner, { title: 'Owned', body: 'B' })
        const favored = await app.inject({ method: 'PUT', url: `/api/posts/${post.id}/favorite`, headers: owner.headers })
        const target = { ...(favored.json() as PostBody), favorited: false, favorites_count: 0 }
        return { database, target, callers }
      },
      scenarios,
    })
  })
})

describe('what each caller sees of a favorited post', () => {
  it('shows favorited to its fan only, the count to all, varies on Authorization, and moves the ETag with both', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const post = await createPost(app, ada)
    const read = (headers = {}) => app.inject({ method: 'GET', url: `/api/posts/${post.id}`, headers })

    const anonymousBefore = await read()
    assert.ok(headerItems(anonymousBefore.headers.vary).includes('authorization'))
    assert.ok(headerItems(anonymousBefore.headers.vary).includes('origin'))
    await app.inject({ method: 'PUT', url: `/api/posts/${post.id}/favorite`, headers: bob.headers })

    const anonymous = await read()
    const asBob = await read(bob.headers)
    const asAda = await read(ada.headers)
    assert.deepEqual(anonymous.json(), { ...post, favorites_count: 1, favorited: false })
    assert.deepEqual(asAda.json(), anonymous.json())
    assert.deepEqual(asBob.json(), { ...post, favorites_count: 1, favorited: true })
    assert.notEqual(anonymous.headers.etag, anonymousBefore.headers.etag, 'the count is in the ETag')
    assert.notEqual(asBob.headers.etag, anonymous.headers.etag, 'so is favorited')
    assert.equal(asAda.headers.etag, anonymous.headers.etag, 'the same representation, the same ETag')
    const revalidated = await read({ ...bob.headers, 'if-none-match': String(anonymous.headers.etag) })
    assert.equal(revalidated.statusCode, 200, "another caller's copy is not bob's")
    assert.equal((await read({ ...bob.headers, 'if-none-match': String(asBob.headers.etag) })).statusCode, 304)

    const list = await app.inject({ method: 'GET', url: '/api/posts', headers: bob.headers })
    assert.deepEqual(list.json().posts, [asBob.json()])
    assert.ok(headerItems(list.headers.vary).includes('authorization'))
  })

  it('refuses an If-Match write by the author made before somebody favorited the post (the representation changed)', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const post = await createPost(app, ada)
    const etag = String((await app.inject({ method: 'GET', url: `/api/posts/${post.id}`, headers: ada.headers })).headers.etag)
    await app.inject({ method: 'PUT', url: `/api/posts/${post.id}/favorite`, headers: bob.headers })
    const res = await app.inject({ method: 'PATCH', url: `/api/posts/${post.id}`, headers: { ...ada.headers, 'if-match': etag }, payload: { title: 'New' } })
    assert.equal(res.statusCode, 412, res.body)
    const fresh = String((await app.inject({ method: 'GET', url: `/api/posts/${post.id}`, headers: ada.headers })).headers.etag)
    const retried = await app.inject({ method: 'PATCH', url: `/api/posts/${post.id}`, headers: { ...ada.headers, 'if-match': fresh }, payload: { title: 'New' } })
    assert.equal(retried.statusCode, 200, retried.body)
    assert.equal(await storedCount(database, post.id), 1)
  })
})

describe('GET /api/posts?favorited_by=', () => {
  it('lists the posts a user favorited, newest first, in pages, combined with tag and author_id', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const fan = await signUp(app, 'fan')
    const written: PostBody[] = []
    for (let i = 0; i < 12; i++) written.push(await createPost(app, i % 2 ? ada : bob, { title: `P${i}`, body: 'B', tags: i % 4 === 0 ? ['four'] : [] }))
    const liked = written.filter((_, i) => i % 3 !== 1)
    for (const post of liked) await app.inject({ method: 'PUT', url: `/api/posts/${post.id}/favorite`, headers: fan.headers })

    const ids: number[] = []
    let url = `/api/posts?favorited_by=${fan.id}&limit=3`
    for (;;) {
      const res = await app.inject({ method: 'GET', url })
      assert.equal(res.statusCode, 200, res.body)
      ids.push(...res.json().posts.map((post: PostBody) => post.id))
      if (res.json().next_cursor === null) break
      url = `/api/posts?favorited_by=${fan.id}&limit=3&cursor=${res.json().next_cursor}`
    }
    assert.deepEqual(ids, liked.map((post) => post.id).reverse())

    const anonymous = await app.inject({ method: 'GET', url: `/api/posts?favorited_by=${fan.id}&limit=100` })
    assert.ok(anonymous.json().posts.every((post: PostBody) => post.favorited === false && post.favorites_count === 1))
    const asFan = await app.inject({ method: 'GET', url: `/api/posts?favorited_by=${fan.id}&limit=100`, headers: fan.headers })
    assert.ok(asFan.json().posts.every((post: PostBody) => post.favorited === true))

    const combined = await app.inject({ method: 'GET', url: `/api/posts?favorited_by=${fan.id}&tag=four&author_id=${bob.id}&limit=100` })
    const expected = liked.filter((post) => post.tags.includes('four') && post.author.id === bob.id).reverse()
    assert.ok(expected.length > 0)
    assert.deepEqual(combined.json().posts.map((post: PostBody) => post.id), expected.map((post) => post.id))

    const nobody = await app.inject({ method: 'GET', url: `/api/posts?favorited_by=${ada.id}` })
    assert.deepEqual(nobody.json(), { posts: [], next_cursor: null })
    assertError(
      await app.inject({ method: 'GET', url: '/api/posts?favorited_by=abc' }),
      400,
      { error: 'Request validation failed', code: 'validation_failed', details: [{ field: 'favorited_by', message: 'must be an integer' }] },
    )
  })
})

describe('favorites when their post or their user goes', () => {
  it('deleting a post removes its favorites', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const post = await createPost(app, ada)
    const kept = await createPost(app, ada)
    for (const id of [post.id, kept.id]) await app.inject({ method: 'PUT', url: `/api/posts/${id}/favorite`, headers: bob.headers })
    await app.inject({ method: 'DELETE', url: `/api/posts/${post.id}`, headers: ada.headers })
    assert.deepEqual((await storedFavorites(database)).map((row) => [row.user_id, row.post_id]), [[bob.id, kept.id]])
  })

  it("a fan who deletes their account leaves the posts' counts and favorited flags as if they never had", async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const carol = await signUp(app, 'carol')
    const post = await createPost(app, ada)
    for (const fan of [bob, carol]) await app.inject({ method: 'PUT', url: `/api/posts/${post.id}/favorite`, headers: fan.headers })

    const deleted = await app.inject({ method: 'DELETE', url: `/api/users/${bob.id}`, headers: bob.headers })

    assert.equal(deleted.statusCode, 204)
    const seen = (await app.inject({ method: 'GET', url: `/api/posts/${post.id}`, headers: carol.headers })).json()
    assert.equal(seen.favorites_count, 1)
    assert.equal(seen.favorited, true)
    assert.equal(await storedCount(database, post.id), 1)
    assert.deepEqual((await storedFavorites(database)).map((row) => row.user_id), [carol.id])
  })

  it('a conditional account deletion that loses its race takes nothing off the counts', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const post = await createPost(app, ada)
    await app.inject({ method: 'PUT', url: `/api/posts/${post.id}/favorite`, headers: bob.headers })
    const etag = String((await app.inject({ method: 'GET', url: `/api/users/${bob.id}`, headers: bob.headers })).headers.etag)
    await app.inject({ method: 'PATCH', url: `/api/users/${bob.id}`, headers: bob.headers, payload: { bio: 'Changed meanwhile' } })

    const refused = await app.inject({ method: 'DELETE', url: `/api/users/${bob.id}`, headers: { ...bob.headers, 'if-match': etag } })

    assert.equal(refused.statusCode, 412)
    assert.equal(await storedCount(database, post.id), 1)
    assert.deepEqual((await storedFavorites(database)).map((row) => row.user_id), [bob.id])
  })

  it('forgetFavoritesOf, in the transaction that deletes a user, keeps every count equal to its favorites', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const carol = await signUp(app, 'carol')
    const first = await createPost(app, ada)
    const second = await createPost(app, ada)
    for (const fan of [bob, carol]) {
      for (const post of [first, second]) await app.inject({ method: 'PUT', url: `/api/posts/${post.id}/favorite`, headers: fan.headers })
    }
    const posts = new PostService(clock)
    const forgotten = await database.db.transaction().execute(async (trx) => {
      const count = await posts.forgetFavoritesOf(trx, bob.id)
      await trx.deleteFrom('users').where('id', '=', bob.id).execute()
      return count
    })
    assert.equal(forgotten, 2)
    for (const post of [first, second]) assert.equal(await storedCount(database, post.id), 1)
    assert.deepEqual((await storedFavorites(database)).map((row) => row.user_id), [carol.id, carol.id])
    const counted = await database.db
      .selectFrom('posts')
      .select((eb) => ['id', 'favorites_count', eb.selectFrom('favorites').whereRef('favorites.post_id', '=', 'posts.id').select(eb.fn.countAll().as('n')).as('rows')])
      .execute()
    for (const row of counted) assert.equal(Number(row.rows), row.favorites_count)
  })
})
