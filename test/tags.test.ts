/**
 * Posts' descriptions and tags: how tags are normalized and stored, replaced or kept on a change,
 * the `tag` filter on GET /api/posts, and GET /api/tags.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { DatabaseHandle } from '../src/db/database.js'
import {
  assertError,
  BAD_TOKEN,
  createPost,
  createTestApp,
  runAccessMatrix,
  signUp,
  validationFailed,
  type AccessScenario,
  type PostBody,
  type SignedUp,
} from './helpers.js'

const START = '2030-01-01T00:00:00.000Z'

/** A post's stored tags, in their stored order. */
async function storedTags(database: DatabaseHandle, postId: number) {
  return database.db.selectFrom('post_tags').selectAll().where('post_id', '=', postId).orderBy('position').execute()
}

describe('tags and description on POST /api/posts', () => {
  it('answers a new post, with or without tags, exactly as a read of it shows it: body and ETag, to its author and to anybody', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    await app.inject({ method: 'PATCH', url: `/api/users/${ada.id}`, headers: ada.headers, payload: { bio: 'Counts.', image: 'https://example.com/ada.png' } })
    for (const payload of [{ title: 'Plain', body: 'b' }, { title: 'Tagged', body: 'b', description: 'd', tags: ['Node JS', 'sql'] }]) {
      const created = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload })
      assert.equal(created.statusCode, 201, created.body)
      for (const headers of [ada.headers, {}]) {
        const read = await app.inject({ method: 'GET', url: String(created.headers.location), headers })
        assert.deepEqual(read.json(), created.json())
        assert.equal(read.headers.etag, created.headers.etag)
      }
    }
  })

  it('normalizes tags (trimmed, lowercased, blanks to one hyphen), keeps the first of duplicates in order, and stores both', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const res = await app.inject({
      method: 'POST',
      url: '/api/posts',
      headers: ada.headers,
      payload: {
        title: 'Tagged',
        body: 'B',
        description: 'What it is about',
        tags: ['  Node   JS ', 'TypeScript', 'node-js', 'a\tb\nc', 'typescript', 'Ünïcode'],
      },
    })
    assert.equal(res.statusCode, 201, res.body)
    const post = res.json() as PostBody
    assert.deepEqual(post, {
      id: post.id,
      slug: post.slug,
      title: 'Tagged',
      description: 'What it is about',
      body: 'B',
      tags: ['node-js', 'typescript', 'a-b-c', 'ünïcode'],
      author: { id: ada.id, username: 'ada', bio: null, image: null, following: false },
      favorites_count: 0,
      favorited: false,
      created_at: START,
      updated_at: START,
    })
    assert.deepEqual(await storedTags(database, post.id), [
      { post_id: post.id, tag: 'node-js', position: 0 },
      { post_id: post.id, tag: 'typescript', position: 1 },
      { post_id: post.id, tag: 'a-b-c', position: 2 },
      { post_id: post.id, tag: 'ünïcode', position: 3 },
    ])
    const stored = await database.db.selectFrom('posts').select('description').where('id', '=', post.id).executeTakeFirst()
    assert.deepEqual(stored, { description: 'What it is about' })
    const read = await app.inject({ method: 'GET', url: `/api/posts/${post.id}` })
    assert.deepEqual(read.json(), post)
  })

  it('accepts 10 tags, a tag of 32 characters once trimmed, and a description of 1,000', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const tags = Array.from({ length: 10 }, (_, i) => `tag${i}`)
    tags[9] = `  ${'x'.repeat(32)}  `
    const description = 'd'.repeat(1000)
    const res = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload: { title: 'T', body: 'B', tags, description } })
    assert.equal(res.statusCode, 201, res.body)
    assert.deepEqual(res.json().tags, [...tags.slice(0, 9), 'x'.repeat(32)])
    assert.equal(res.json().description, description)
    assert.equal((await storedTags(database, res.json().id)).length, 10)
  })

  const INVALID: { name: string; payload: Record<string, unknown>; detail: { field: string; message: string } }[] = [
    { name: 'tags that are not an array', payload: { tags: 'a,b' }, detail: { field: 'tags', message: 'must be an array' } },
    { name: '11 tags', payload: { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, detail: { field: 'tags', message: 'must have at most 10 items' } },
    { name: 'a tag that is not a string', payload: { tags: ['ok', 5] }, detail: { field: 'tags.1', message: 'must be a string' } },
    { name: 'a blank tag', payload: { tags: ['ok', ' \t '] }, detail: { field: 'tags.1', message: 'must not be blank' } },
    { name: 'an empty tag', payload: { tags: [''] }, detail: { field: 'tags.0', message: 'must not be blank' } },
    { name: 'a tag of 33 characters', payload: { tags: ['y'.repeat(33)] }, detail: { field: 'tags.0', message: 'must be at most 32 characters once trimmed' } },
    { name: 'a tag of 101 characters', payload: { tags: ['y'.repeat(101)] }, detail: { field: 'tags.0', message: 'must be at most 100 characters' } },
    { name: 'a description of 1,001 characters', payload: { description: 'd'.repeat(1001) }, detail: { field: 'description', message: 'must be at most 1000 characters' } },
    { name: 'a null description', payload: { description: null }, detail: { field: 'description', message: 'must be a string' } },
  ]

  for (const method of ['POST', 'PUT', 'PATCH'] as const) {
    it(`refuses bad tags and descriptions on ${method} with 400 naming the field, and stores nothing`, async (t) => {
      const { app, database } = await createTestApp(t)
      const ada = await signUp(app, 'ada')
      const post = await createPost(app, ada, { title: 'T', body: 'B', tags: ['kept'] })
      const before = await database.db.selectFrom('posts').selectAll().execute()
      const tagsBefore = await database.db.selectFrom('post_tags').selectAll().execute()
      for (const invalid of INVALID) {
        await t.test(`${method} with ${invalid.name}`, async () => {
          const url = method === 'POST' ? '/api/posts' : `/api/posts/${post.id}`
          const res = await app.inject({ method, url, headers: ada.headers, payload: { title: 'New', body: 'New', ...invalid.payload } })
          assertError(res, 400, validationFailed(invalid.detail))
          assert.deepEqual(await database.db.selectFrom('posts').selectAll().execute(), before)
          assert.deepEqual(await database.db.selectFrom('post_tags').selectAll().execute(), tagsBefore)
        })
      }
    })
  }
})

describe('tags on PUT and PATCH /api/posts/{id}', () => {
  it('replaces the tags when sent, keeps them when not (PUT and PATCH alike), and [] removes them', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada, { title: 'T', body: 'B', description: 'Kept', tags: ['one', 'two'] })

    clock.advance(1000)
    const patched = await app.inject({ method: 'PATCH', url: `/api/posts/${post.id}`, headers: ada.headers, payload: { tags: ['Three', 'one'] } })
    assert.equal(patched.statusCode, 200, patched.body)
    assert.deepEqual(patched.json(), { ...post, tags: ['three', 'one'], updated_at: '2030-01-01T00:00:01.000Z' })
    assert.deepEqual(await storedTags(database, post.id), [
      { post_id: post.id, tag: 'three', position: 0 },
      { post_id: post.id, tag: 'one', position: 1 },
    ])

    const titleOnly = await app.inject({ method: 'PATCH', url: `/api/posts/${post.id}`, headers: ada.headers, payload: { title: 'New' } })
    assert.deepEqual(titleOnly.json().tags, ['three', 'one'])
    assert.equal(titleOnly.json().description, 'Kept')

    const replaced = await app.inject({ method: 'PUT', url: `/api/posts/${post.id}`, headers: ada.headers, payload: { title: 'T2', body: 'B2' } })
    assert.equal(replaced.statusCode, 200, replaced.body)
    assert.deepEqual(replaced.json().tags, ['three', 'one'], 'a PUT without tags keeps them')
    assert.equal(replaced.json().description, 'Kept', 'and the description')

    const withTags = await app.inject({
      method: 'PUT',
      url: `/api/posts/${post.id}`,
      headers: ada.headers,
      payload: { title: 'T3', body: 'B3', description: '', tags: ['four'] },
    })
    assert.deepEqual([withTags.json().tags, withTags.json().description], [['four'], ''])

    const cleared = await app.inject({ method: 'PATCH', url: `/api/posts/${post.id}`, headers: ada.headers, payload: { tags: [] } })
    assert.deepEqual(cleared.json().tags, [])
    assert.deepEqual(await storedTags(database, post.id), [])
    const row = await database.db.selectFrom('posts').select(['version', 'slug']).where('id', '=', post.id).executeTakeFirst()
    assert.deepEqual(row, { version: 6, slug: post.slug }, 'each change is a new version; the slug stays')
  })

  it('changes the ETag when only the tags change', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada, { title: 'T', body: 'B', tags: ['a'] })
    const before = (await app.inject({ method: 'GET', url: `/api/posts/${post.id}` })).headers.etag
    const patched = await app.inject({ method: 'PATCH', url: `/api/posts/${post.id}`, headers: ada.headers, payload: { tags: ['b'] } })
    assert.notEqual(patched.headers.etag, before)
    const stale = await app.inject({ method: 'GET', url: `/api/posts/${post.id}`, headers: { 'if-none-match': String(before) } })
    assert.equal(stale.statusCode, 200)
    assert.deepEqual(stale.json().tags, ['b'])
  })

  it('removes a post’s tags with the post', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada, { title: 'T', body: 'B', tags: ['a', 'b'] })
    const other = await createPost(app, ada, { title: 'T', body: 'B', tags: ['a'] })
    const res = await app.inject({ method: 'DELETE', url: `/api/posts/${post.id}`, headers: ada.headers })
    assert.equal(res.statusCode, 204)
    assert.deepEqual(await database.db.selectFrom('post_tags').selectAll().execute(), [{ post_id: other.id, tag: 'a', position: 0 }])
  })
})

type Caller = 'anonymous' | 'bad token' | 'owner' | 'other user'

interface Fixture {
  database: DatabaseHandle
  target: PostBody
  callers: Record<Caller, Record<string, string>>
}

function taggedWriteScenarios(owner: SignedUp, other: SignedUp): AccessScenario<Fixture>[] {
  const routes = [
    { route: 'POST /api/posts', method: 'POST', onPost: false, payload: { title: 'N', body: 'B', description: 'D', tags: ['New Tag'] }, success: 201 },
    { route: 'PUT /api/posts/{id}', method: 'PUT', onPost: true, payload: { title: 'R', body: 'B', description: 'D', tags: ['New Tag'] }, success: 200 },
    { route: 'PATCH /api/posts/{id}', method: 'PATCH', onPost: true, payload: { tags: ['New Tag'], description: 'D' }, success: 200 },
  ] as const
  const userFor: Partial<Record<Caller, SignedUp>> = { owner, 'other user': other }
  return routes.flatMap((route) =>
    (['anonymous', 'bad token', 'owner', 'other user'] as const).map(
      (caller): AccessScenario<Fixture> => ({
        route: `${route.route} with tags`,
        caller,
        request: ({ target }) => ({ method: route.method, url: route.onPost ? `/api/posts/${target.id}` : '/api/posts', payload: route.payload }),
        status: caller === 'anonymous' || caller === 'bad token' ? 401 : caller === 'other user' && route.onPost ? 403 : route.success,
        async then(res, { database, target }) {
          const post = res.json() as PostBody
          assert.deepEqual([post.tags, post.description], [['new-tag'], 'D'])
          assert.equal(post.author.id, route.onPost ? owner.id : userFor[caller]!.id)
          const id = route.onPost ? target.id : post.id
          assert.deepEqual(await storedTags(database, id), [{ post_id: id, tag: 'new-tag', position: 0 }])
          const row = await database.db.selectFrom('posts').select('description').where('id', '=', id).executeTakeFirst()
          assert.equal(row?.description, 'D')
        },
      }),
    ),
  )
}

describe('authorization of writes with tags', () => {
  it('lets signed-in users tag a new post and only the author retag one; refusals leave tags as they were', async (t) => {
    const { app, database } = await createTestApp(t)
    const owner = await signUp(app, 'owner')
    const other = await signUp(app, 'other')
    const callers = { anonymous: {}, 'bad token': BAD_TOKEN, owner: owner.headers, 'other user': other.headers }
    await runAccessMatrix(t, {
      app,
      database,
      arrange: async () => ({ database, target: await createPost(app, owner, { title: 'Owned', body: 'B', tags: ['old'] }), callers }),
      scenarios: taggedWriteScenarios(owner, other),
    })
  })
})

describe('GET /api/posts?tag=', () => {
  it('lists only the posts with the tag, newest first, walks them, combines with author_id, and matches the tag as typed', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const written: PostBody[] = []
    for (let i = 0; i < 25; i++) {
      const tags = i % 2 === 0 ? ['even', 'Node JS'] : ['odd']
      written.push(await createPost(app, i % 3 === 0 ? bob : ada, { title: `P${i}`, body: 'B', tags }))
    }
    const evens = written.filter((_, i) => i % 2 === 0).reverse()

    const ids: number[] = []
    let url = '/api/posts?tag=even&limit=4'
    for (let page = 0; page < 10; page++) {
      const res = await app.inject({ method: 'GET', url })
      assert.equal(res.statusCode, 200, res.body)
      const body = res.json()
      ids.push(...body.posts.map((post: PostBody) => post.id))
      if (body.next_cursor === null) break
      const link = /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link))?.[1]
      assert.ok(link && new URL(link, 'http://x').searchParams.get('tag') === 'even', 'the Link keeps the tag')
      url = link
    }
    assert.deepEqual(ids, evens.map((post) => post.id))

    const all = await app.inject({ method: 'GET', url: '/api/posts?tag=even&limit=100' })
    assert.deepEqual(all.json(), { posts: evens, next_cursor: null })

    const asTyped = await app.inject({ method: 'GET', url: `/api/posts?tag=${encodeURIComponent('  NODE   js')}&limit=100` })
    assert.deepEqual(asTyped.json().posts, evens)

    const bobs = await app.inject({ method: 'GET', url: `/api/posts?tag=even&author_id=${bob.id}&limit=100` })
    assert.deepEqual(bobs.json().posts, evens.filter((post) => post.author.id === bob.id))
    assert.ok(bobs.json().posts.length > 0)
  })

  it('answers an empty page for a tag nobody used or no post can have, and 400 for an empty one', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    await createPost(app, ada, { title: 'T', body: 'B', tags: ['a'] })
    for (const tag of ['b', '   ', 'z'.repeat(40)]) {
      const res = await app.inject({ method: 'GET', url: `/api/posts?tag=${encodeURIComponent(tag)}` })
      assert.equal(res.statusCode, 200, res.body)
      assert.deepEqual(res.json(), { posts: [], next_cursor: null })
    }
    assertError(await app.inject({ method: 'GET', url: '/api/posts?tag=' }), 400, validationFailed({ field: 'tag', message: 'must not be empty' }))
  })
})

describe('GET /api/tags', () => {
  it('lists tags with their post counts, most used first, ties to the tag on the newest post', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    assert.deepEqual((await app.inject({ method: 'GET', url: '/api/tags' })).json(), { tags: [] })

    await createPost(app, ada, { title: '1', body: 'B', tags: ['common', 'older-tie'] })
    await createPost(app, ada, { title: '2', body: 'B', tags: ['common', 'newer-tie'] })
    const third = await createPost(app, ada, { title: '3', body: 'B', tags: ['common', 'pair'] })
    await createPost(app, ada, { title: '4', body: 'B', tags: ['pair'] })

    const res = await app.inject({ method: 'GET', url: '/api/tags' })
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), {
      tags: [
        { name: 'common', posts_count: 3 },
        { name: 'pair', posts_count: 2 },
        { name: 'newer-tie', posts_count: 1 },
        { name: 'older-tie', posts_count: 1 },
      ],
    })
    assert.deepEqual((await app.inject({ method: 'GET', url: '/api/tags?limit=2' })).json(), {
      tags: [
        { name: 'common', posts_count: 3 },
        { name: 'pair', posts_count: 2 },
      ],
    })

    // A deleted post no longer counts.
    await app.inject({ method: 'DELETE', url: `/api/posts/${third.id}`, headers: ada.headers })
    assert.deepEqual((await app.inject({ method: 'GET', url: '/api/tags?limit=1' })).json(), { tags: [{ name: 'common', posts_count: 2 }] })
  })

  it('takes 20 tags by default and 100 at most', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    for (let i = 0; i < 11; i++) {
      await createPost(app, ada, { title: `${i}`, body: 'B', tags: Array.from({ length: 10 }, (_, j) => `t${i}-${j}`) })
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/tags' })).json().tags.length, 20)
    assert.equal((await app.inject({ method: 'GET', url: '/api/tags?limit=100' })).json().tags.length, 100)
    for (const [limit, message] of [
      ['0', 'must be at least 1'],
      ['101', 'must be at most 100'],
      ['x', 'must be an integer'],
    ]) {
      assertError(await app.inject({ method: 'GET', url: `/api/tags?limit=${limit}` }), 400, validationFailed({ field: 'limit', message: message! }))
    }
    assertError(
      await app.inject({ method: 'GET', url: '/api/tags?sort=name' }),
      400,
      validationFailed({ field: 'sort', message: 'is not a known query parameter' }),
    )
  })
})
