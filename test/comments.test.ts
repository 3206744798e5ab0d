/**
 * Comments by behaviour: writing one on a post, reading one and a post's list (oldest first, a
 * keyset walk, whether the reader follows each author), deleting one (its author or the post's
 * author), strict validation, and what goes when a post or a user is deleted.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import type { App } from '../src/app.js'
import { CommentService, MAX_COMMENTS_LISTED } from '../src/comments/comments.service.js'
import type { DatabaseHandle } from '../src/db/database.js'
import {
  assertError,
  BAD_TOKEN,
  createPost,
  createTestApp,
  errorBody,
  FakeClock,
  FORBIDDEN,
  ETAG,
  headerItems,
  notFound,
  runAccessMatrix,
  signUp,
  storedRows,
  validationFailed as invalid,
  type AccessScenario,
  type PostBody,
  type SignedUp,
} from './helpers.js'

const START = '2030-01-01T00:00:00.000Z'

const POST_NOT_FOUND = notFound('Post')
const COMMENT_NOT_FOUND = notFound('Comment')

const validationFailed = (field: string, message: string) => invalid({ field, message })

interface CommentBody {
  id: number
  post_id: number
  body: string
  author: { id: number; username: string; bio: string | null; image: string | null; following: boolean }
  created_at: string
  updated_at: string
}

interface Page {
  comments: CommentBody[]
  next_cursor: string | null
}

/** Comments `author` on `post`; fails the test if that does not succeed. */
async function addComment(app: App, author: SignedUp, post: { id: number }, body = 'A comment'): Promise<CommentBody> {
  const res = await app.inject({ method: 'POST', url: `/api/posts/${post.id}/comments`, headers: author.headers, payload: { body } })
  if (res.statusCode !== 201) throw new Error(`comment failed: ${res.statusCode} ${res.body}`)
  return res.json()
}

/** `follower` follows `followed`, written straight to the table: following is another resource's API. */
async function follow(database: DatabaseHandle, follower: SignedUp, followed: SignedUp): Promise<void> {
  await database.db.insertInto('follows').values({ follower_id: follower.id, followed_id: followed.id, created_at: START }).execute()
}

/** The comment's author as the comment shows them, to a reader who does or does not follow them. */
const authorOf = (user: SignedUp, following = false) => ({ id: user.id, username: user.username, bio: null, image: null, following })

/** The target of a `Link: <…>; rel="next"` header, or undefined when there is none. */
function nextLink(res: LightMyRequestResponse): string | undefined {
  const header = res.headers.link
  if (header === undefined) return undefined
  const match = /^<([^>]+)>; rel="next"$/.exec(String(header))
  assert.ok(match, `not a rel="next" link: ${header}`)
  return match[1]
}

describe('POST /api/posts/{id}/comments', () => {
  it('comments on a post: 201, the comment, its Location and ETag, and the stored row', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const post = await createPost(app, ada)

    const res = await app.inject({
      method: 'POST',
      url: `/api/posts/${post.id}/comments`,
      headers: bob.headers,
      payload: { body: 'Nice post.' },
    })

    assert.equal(res.statusCode, 201, res.body)
    assert.match(String(res.headers['content-type']), /^application\/json/)
    const comment = res.json() as CommentBody
    assert.ok(Number.isInteger(comment.id) && comment.id > 0)
    assert.deepEqual(comment, {
      id: comment.id,
      post_id: post.id,
      body: 'Nice post.',
      author: authorOf(bob),
      created_at: START,
      updated_at: START,
    })
    assert.equal(res.headers.location, `/api/comments/${comment.id}`)
    assert.match(String(res.headers.etag), ETAG)
    assert.deepEqual((await storedRows(database)).comments, [
      { id: comment.id, post_id: post.id, author_id: bob.id, body: 'Nice post.', created_at: START, updated_at: START },
    ])

    const fetched = await app.inject({ method: 'GET', url: String(res.headers.location), headers: bob.headers })
    assert.equal(fetched.statusCode, 200, fetched.body)
    assert.deepEqual(fetched.json(), comment)
    assert.equal(fetched.headers.etag, res.headers.etag, 'the ETag it was created with is the one it is read with')
  })

  it("shows the author's bio and image as their profile has them", async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    await database.db
      .updateTable('users')
      .set({ bio: 'Writes programs.', image: 'https://images.example/ada.png' })
      .where('id', '=', ada.id)
      .execute()

    const comment = await addComment(app, ada, post, 'My own post')

    assert.deepEqual(comment.author, { id: ada.id, username: 'ada', bio: 'Writes programs.', image: 'https://images.example/ada.png', following: false })
    const read = await app.inject({ method: 'GET', url: `/api/comments/${comment.id}` })
    assert.deepEqual(read.json().author, comment.author)
  })

  it('accepts a body of exactly 10,000 characters, and one with surrounding blanks as written', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    for (const body of ['x'.repeat(10_000), '  spaced out  ', 'é'.repeat(10_000)]) {
      const comment = await addComment(app, ada, post, body)
      assert.equal(comment.body, body)
      assert.equal((await storedRows(database)).comments.find((row) => row.id === comment.id)?.body, body)
    }
  })

  it('answers 404 "Post not found" for an unknown or impossible post id, and stores nothing', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    for (const id of [String(post.id + 1000), '0', 'abc', '2147483648']) {
      const res = await app.inject({ method: 'POST', url: `/api/posts/${id}/comments`, headers: ada.headers, payload: { body: 'Hello' } })
      assertError(res, 404, POST_NOT_FOUND)
    }
    assert.deepEqual((await storedRows(database)).comments, [])
  })

  it('answers 404 for a post deleted a moment ago', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/posts/${post.id}`, headers: ada.headers })).statusCode, 204)

    const res = await app.inject({ method: 'POST', url: `/api/posts/${post.id}/comments`, headers: ada.headers, payload: { body: 'Hello' } })

    assertError(res, 404, POST_NOT_FOUND)
    assert.deepEqual((await storedRows(database)).comments, [])
  })

  it('lets anybody with a token comment, and nobody without one', async (t) => {
    const { app, database } = await createTestApp(t)
    const author = await signUp(app, 'author')
    const commenter = await signUp(app, 'commenter')
    const other = await signUp(app, 'other')
    const callers = { anonymous: {}, 'bad token': BAD_TOKEN, 'post author': author.headers, commenter: commenter.headers, 'other user': other.headers }
    const byCaller: Record<string, SignedUp> = { 'post author': author, commenter, 'other user': other }

    const created = (who: string): AccessScenario<Fixture>['then'] => async (res, fixture, before) => {
      const comment = res.json() as CommentBody
      const writer = byCaller[who]!
      assert.deepEqual(comment, {
        id: comment.id,
        post_id: fixture.post.id,
        body: 'Hello there',
        author: authorOf(writer),
        created_at: START,
        updated_at: START,
      })
      assert.equal(res.headers.location, `/api/comments/${comment.id}`)
      const after = await storedRows(database)
      assert.deepEqual(after.comments.slice(0, -1), before.comments, 'the other comments are as they were')
      const row = after.comments.at(-1)!
      assert.deepEqual(
        row,
        { id: comment.id, post_id: fixture.post.id, author_id: writer.id, body: 'Hello there', created_at: START, updated_at: START },
      )
      assert.deepEqual({ ...after, comments: [] }, { ...before, comments: [] }, 'nothing else changed')
    }

    type Fixture = { post: PostBody; callers: typeof callers }
    const request = (fixture: Fixture) => ({
      method: 'POST' as const,
      url: `/api/posts/${fixture.post.id}/comments`,
      payload: { body: 'Hello there' },
    })
    const route = 'POST /api/posts/{id}/comments'
    await runAccessMatrix(t, {
      app,
      database,
      arrange: async () => {
        const post = await createPost(app, author)
        await addComment(app, commenter, post, 'An earlier comment')
        return { post, callers }
      },
      scenarios: [
        { route, caller: 'anonymous', request, status: 401 },
        { route, caller: 'bad token', request, status: 401 },
        { route, caller: 'post author', request, status: 201, then: created('post author') },
        { route, caller: 'commenter', request, status: 201, then: created('commenter') },
        { route, caller: 'other user', request, status: 201, then: created('other user') },
      ],
    })
  })
})

describe('validation of comment input', () => {
  const cases: { name: string; payload: unknown; detail: { field: string; message: string } }[] = [
    { name: 'a missing body', payload: {}, detail: { field: 'body', message: 'is required' } },
    { name: 'an empty body', payload: { body: '' }, detail: { field: 'body', message: 'must not be empty' } },
    { name: 'a blank body', payload: { body: ' \n\t ' }, detail: { field: 'body', message: 'must not be blank' } },
    { name: 'a body of zero-width characters', payload: { body: '\u200B\u200D\uFEFF' }, detail: { field: 'body', message: 'must not be blank' } },
    { name: 'a body of 10,001 characters', payload: { body: 'x'.repeat(10_001) }, detail: { field: 'body', message: 'must be at most 10000 characters' } },
    { name: 'a numeric body (no coercion)', payload: { body: 42 }, detail: { field: 'body', message: 'must be a string' } },
    { name: 'a null body', payload: { body: null }, detail: { field: 'body', message: 'must be a string' } },
    { name: 'an unknown field', payload: { body: 'b', title: 'x' }, detail: { field: 'title', message: 'is not a known field' } },
    ...(
      [
        ['id', 99],
        ['post_id', 2],
        ['author_id', 2],
        ['author', { id: 2, username: 'bob' }],
        ['created_at', '2020-01-01T00:00:00.000Z'],
        ['updated_at', '2020-01-01T00:00:00.000Z'],
      ] as const
    ).map(([field, value]) => ({ name: `the read-only field ${field}`, payload: { body: 'b', [field]: value }, detail: { field, message: 'is read-only' } })),
  ]

  it('refuses each invalid comment with 400 naming the field, and stores nothing', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    for (const bad of cases) {
      await t.test(`a comment with ${bad.name} is refused`, async () => {
        const res = await app.inject({
          method: 'POST',
          url: `/api/posts/${post.id}/comments`,
          headers: ada.headers,
          payload: bad.payload as Record<string, unknown>,
        })
        assertError(res, 400, invalid(bad.detail))
        assert.deepEqual((await storedRows(database)).comments, [])
      })
    }
  })

  it('refuses a body that is not a JSON object', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    const res = await app.inject({
      method: 'POST',
      url: `/api/posts/${post.id}/comments`,
      headers: { ...ada.headers, 'content-type': 'application/json' },
      payload: '"just text"',
    })
    assert.equal(res.statusCode, 400, res.body)
    assert.equal(errorBody(res).code, 'validation_failed')
    assert.deepEqual((await storedRows(database)).comments, [])
  })
})

describe('GET /api/comments/{id}', () => {
  it('answers the comment with an ETag, and 304 to If-None-Match while it is unchanged', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    const comment = await addComment(app, ada, post, 'First!')

    const res = await app.inject({ method: 'GET', url: `/api/comments/${comment.id}` })
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), comment)
    const etag = String(res.headers.etag)
    assert.match(etag, ETAG)

    const again = await app.inject({ method: 'GET', url: `/api/comments/${comment.id}`, headers: { 'if-none-match': etag } })
    assert.equal(again.statusCode, 304)
    assert.equal(again.body, '')
    assert.equal(again.headers.etag, etag)
  })

  it("changes its ETag when the author's profile changes", async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    const comment = await addComment(app, ada, post)
    const before = await app.inject({ method: 'GET', url: `/api/comments/${comment.id}` })

    const renamed = await app.inject({ method: 'PATCH', url: `/api/users/${ada.id}`, headers: ada.headers, payload: { username: 'ada_l' } })
    assert.equal(renamed.statusCode, 200, renamed.body)

    const after = await app.inject({ method: 'GET', url: `/api/comments/${comment.id}`, headers: { 'if-none-match': String(before.headers.etag) } })
    assert.equal(after.statusCode, 200, after.body)
    assert.equal(after.json().author.username, 'ada_l')
    assert.notEqual(after.headers.etag, before.headers.etag)
    assert.equal((await storedRows(database)).comments.length, 1)
  })

  it('says whether the reader follows the author, varies by Authorization, and tags each view apart', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const cy = await signUp(app, 'cyd')
    const post = await createPost(app, ada)
    const comment = await addComment(app, ada, post)
    await follow(database, bob, ada)

    const anonymous = await app.inject({ method: 'GET', url: `/api/comments/${comment.id}` })
    const asFollower = await app.inject({ method: 'GET', url: `/api/comments/${comment.id}`, headers: bob.headers })
    const asOther = await app.inject({ method: 'GET', url: `/api/comments/${comment.id}`, headers: cy.headers })
    const asAuthor = await app.inject({ method: 'GET', url: `/api/comments/${comment.id}`, headers: ada.headers })

    assert.deepEqual(anonymous.json(), { ...comment, author: authorOf(ada, false) })
    assert.deepEqual(asFollower.json(), { ...comment, author: authorOf(ada, true) })
    assert.deepEqual(asOther.json(), { ...comment, author: authorOf(ada, false) })
    assert.deepEqual(asAuthor.json(), { ...comment, author: authorOf(ada, false) })
    for (const res of [anonymous, asFollower, asOther, asAuthor]) {
      assert.deepEqual(headerItems(res.headers.vary), ['authorization', 'origin'])
    }
    assert.notEqual(asFollower.headers.etag, anonymous.headers.etag, 'a view that says following has its own tag')
    assert.equal(asOther.headers.etag, anonymous.headers.etag)

    const revalidated = await app.inject({
      method: 'GET',
      url: `/api/comments/${comment.id}`,
      headers: { ...bob.headers, 'if-none-match': String(anonymous.headers.etag) },
    })
    assert.equal(revalidated.statusCode, 200, "the anonymous view's tag does not stand for the follower's")
  })

  it('answers 404 "Comment not found" for an unknown or impossible id', async (t) => {
    const { app } = await createTestApp(t)
    for (const id of ['1', '999', '0', 'abc', '2147483648']) {
      assertError(await app.inject({ method: 'GET', url: `/api/comments/${id}` }), 404, COMMENT_NOT_FOUND)
    }
  })

  it('refuses a token that does not work, although the route is public', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const comment = await addComment(app, ada, await createPost(app, ada))
    const res = await app.inject({ method: 'GET', url: `/api/comments/${comment.id}`, headers: BAD_TOKEN })
    assertError(res, 401, { error: 'Invalid token', code: 'invalid_token' })
  })
})

describe('GET /api/posts/{id}/comments', () => {
  it("lists a post's comments oldest first as {comments, next_cursor}, 20 by default, and none of another post's", async (t) => {
    const { app, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const post = await createPost(app, ada)
    const elsewhere = await createPost(app, bob)
    const written: CommentBody[] = []
    for (let i = 0; i < 21; i++) {
      clock.advance(1000)
      written.push(await addComment(app, i % 2 ? bob : ada, post, `Comment ${i}`))
      await addComment(app, ada, elsewhere, `Elsewhere ${i}`)
    }

    const res = await app.inject({ method: 'GET', url: `/api/posts/${post.id}/comments` })
    assert.equal(res.statusCode, 200, res.body)
    const page = res.json() as Page
    assert.deepEqual(Object.keys(page).sort(), ['comments', 'next_cursor'])
    assert.deepEqual(page.comments, written.slice(0, 20), 'the 20 oldest, oldest first, in the comment shape')
    assert.equal(typeof page.next_cursor, 'string')
    assert.ok(nextLink(res))

    const rest = await app.inject({ method: 'GET', url: `/api/posts/${post.id}/comments?cursor=${page.next_cursor}` })
    assert.equal(rest.statusCode, 200, rest.body)
    assert.deepEqual(rest.json(), { comments: [written[20]], next_cursor: null })
    assert.equal(rest.headers.link, undefined)
  })

  it('walks every comment once, oldest first, by next_cursor and by Link alike, while comments come and go', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const post = await createPost(app, ada)
    const written: CommentBody[] = []
    for (let i = 0; i < 7; i++) written.push(await addComment(app, i % 2 ? bob : ada, post, `Comment ${i}`))

    const seen: number[] = []
    let url = `/api/posts/${post.id}/comments?limit=3`
    let added: CommentBody | undefined
    for (let pageNumber = 1; ; pageNumber++) {
      assert.ok(pageNumber <= 20, 'the walk does not end')
      const res = await app.inject({ method: 'GET', url })
      assert.equal(res.statusCode, 200, res.body)
      const page = res.json() as Page
      seen.push(...page.comments.map((comment) => comment.id))
      const link = nextLink(res)
      if (pageNumber === 1) {
        // Behind the walk: one already seen goes, one not yet seen goes, a new one arrives.
        const gone = await app.inject({ method: 'DELETE', url: `/api/comments/${written[0]!.id}`, headers: ada.headers })
        assert.equal(gone.statusCode, 204)
        const skipped = await app.inject({ method: 'DELETE', url: `/api/comments/${written[4]!.id}`, headers: ada.headers })
        assert.equal(skipped.statusCode, 204)
        added = await addComment(app, bob, post, 'Late to the party')
      }
      if (page.next_cursor === null) {
        assert.equal(link, undefined, 'the last page has no Link header')
        break
      }
      assert.ok(link, `page ${pageNumber} has a next_cursor but no Link header`)
      const linkUrl = new URL(link, 'http://inkwell.test')
      assert.equal(linkUrl.pathname, `/api/posts/${post.id}/comments`)
      assert.equal(linkUrl.searchParams.get('cursor'), page.next_cursor)
      assert.equal(linkUrl.searchParams.get('limit'), '3')
      url = `/api/posts/${post.id}/comments?limit=3&cursor=${page.next_cursor}`
      const viaLink = await app.inject({ method: 'GET', url: link })
      const viaCursor = await app.inject({ method: 'GET', url })
      assert.equal(viaLink.statusCode, 200, viaLink.body)
      assert.deepEqual(viaLink.json(), viaCursor.json(), 'the Link leads to the page next_cursor leads to')
    }

    const expected = [...written.slice(0, 3), ...written.slice(3).filter((_, i) => i !== 1), added!].map((comment) => comment.id)
    assert.deepEqual(seen, expected, 'each once, oldest first: the deleted unseen one skipped, the new one at the end')
    assert.deepEqual(
      (await storedRows(database)).comments.map((row) => row.id),
      written.filter((_, i) => i !== 0 && i !== 4).map((comment) => comment.id).concat(added!.id),
    )
  })

  it('says for each author whether the reader follows them, and varies by Authorization', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const cy = await signUp(app, 'cyd')
    const post = await createPost(app, ada)
    const byAda = await addComment(app, ada, post, 'From ada')
    const byBob = await addComment(app, bob, post, 'From bob')
    const byCy = await addComment(app, cy, post, 'From cyd')
    await follow(database, cy, ada)
    await follow(database, cy, bob)
    await follow(database, bob, cy)

    const views = {
      anonymous: { headers: {}, following: [false, false, false] },
      cy: { headers: cy.headers, following: [true, true, false] },
      bob: { headers: bob.headers, following: [false, false, true] },
      ada: { headers: ada.headers, following: [false, false, false] },
    }
    for (const [reader, view] of Object.entries(views)) {
      const res = await app.inject({ method: 'GET', url: `/api/posts/${post.id}/comments`, headers: view.headers })
      assert.equal(res.statusCode, 200, res.body)
      assert.deepEqual(
        res.json(),
        {
          comments: [
            { ...byAda, author: authorOf(ada, view.following[0]) },
            { ...byBob, author: authorOf(bob, view.following[1]) },
            { ...byCy, author: authorOf(cy, view.following[2]) },
          ],
          next_cursor: null,
        },
        reader,
      )
      assert.deepEqual(headerItems(res.headers.vary), ['authorization', 'origin'], reader)
    }
  })

  it('answers an empty page for a post without comments', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    const res = await app.inject({ method: 'GET', url: `/api/posts/${post.id}/comments` })
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), { comments: [], next_cursor: null })
    assert.equal(res.headers.link, undefined)
  })

  it('answers 404 "Post not found" for an unknown or impossible post id', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    await addComment(app, ada, post)
    for (const id of [String(post.id + 1000), '0', 'abc']) {
      assertError(await app.inject({ method: 'GET', url: `/api/posts/${id}/comments` }), 404, POST_NOT_FOUND)
    }
  })

  it('refuses a limit outside 1–100, and a cursor it did not issue for this list', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    await createPost(app, ada)
    await addComment(app, ada, post)
    const url = `/api/posts/${post.id}/comments`

    assertError(await app.inject({ method: 'GET', url: `${url}?limit=0` }), 400, validationFailed('limit', 'must be at least 1'))
    assertError(await app.inject({ method: 'GET', url: `${url}?limit=101` }), 400, validationFailed('limit', 'must be at most 100'))
    const postsCursor = (await app.inject({ method: 'GET', url: '/api/posts?limit=1' })).json().next_cursor as string
    assert.equal(typeof postsCursor, 'string')
    const refused = await app.inject({ method: 'GET', url: `${url}?cursor=${postsCursor}` })
    assertError(refused, 400, validationFailed('cursor', 'is not a cursor this server issued; start again without one'))
    assertError(
      await app.inject({ method: 'GET', url: `${url}?order=desc` }),
      400,
      validationFailed('order', 'is not a known query parameter'),
    )
  })
})

describe('DELETE /api/comments/{id}', () => {
  it('lets the comment author and the post author delete it, refuses anybody else', async (t) => {
    const { app, database } = await createTestApp(t)
    const postAuthor = await signUp(app, 'author')
    const commenter = await signUp(app, 'commenter')
    const other = await signUp(app, 'other')
    const callers = {
      anonymous: {},
      'bad token': BAD_TOKEN,
      'comment author': commenter.headers,
      'post author': postAuthor.headers,
      'other user': other.headers,
    }
    type Fixture = { comment: CommentBody; neighbour: CommentBody; callers: typeof callers }

    const deleted: AccessScenario<Fixture>['then'] = async (res, fixture, before) => {
      assert.equal(res.body, '')
      const after = await storedRows(database)
      assert.deepEqual(
        after.comments,
        before.comments.filter((row) => row.id !== fixture.comment.id),
        'that comment is gone, the others are as they were',
      )
      assert.ok(after.comments.some((row) => row.id === fixture.neighbour.id))
      assert.deepEqual({ ...after, comments: [] }, { ...before, comments: [] }, 'nothing else changed')
      assertError(await app.inject({ method: 'GET', url: `/api/comments/${fixture.comment.id}` }), 404, COMMENT_NOT_FOUND)
    }
    const request = (fixture: Fixture) => ({ method: 'DELETE' as const, url: `/api/comments/${fixture.comment.id}` })
    const route = 'DELETE /api/comments/{id}'
    await runAccessMatrix(t, {
      app,
      database,
      arrange: async () => {
        const post = await createPost(app, postAuthor)
        const comment = await addComment(app, commenter, post, 'Delete me')
        // The other user's own comment on the same post does not make them a moderator of it.
        const neighbour = await addComment(app, other, post, 'Keep me')
        return { comment, neighbour, callers }
      },
      scenarios: [
        { route, caller: 'anonymous', request, status: 401 },
        { route, caller: 'bad token', request, status: 401 },
        { route, caller: 'comment author', request, status: 204, then: deleted },
        { route, caller: 'post author', request, status: 204, then: deleted },
        { route, caller: 'other user', request, status: 403, error: FORBIDDEN },
      ],
    })
  })

  it('does not let a commenter delete the post author\'s comments on it', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const post = await createPost(app, ada)
    await addComment(app, bob, post, 'From bob')
    const byAda = await addComment(app, ada, post, 'From ada')
    const before = (await storedRows(database)).comments

    assertError(await app.inject({ method: 'DELETE', url: `/api/comments/${byAda.id}`, headers: bob.headers }), 403, FORBIDDEN)
    assert.deepEqual((await storedRows(database)).comments, before)
  })

  it('answers 404 "Comment not found" for an unknown, impossible or already deleted id', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    const comment = await addComment(app, ada, post)
    const kept = await addComment(app, ada, post, 'Kept')
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/comments/${comment.id}`, headers: ada.headers })).statusCode, 204)

    for (const id of [String(comment.id), '999', '0', 'abc']) {
      assertError(await app.inject({ method: 'DELETE', url: `/api/comments/${id}`, headers: ada.headers }), 404, COMMENT_NOT_FOUND)
    }
    assert.deepEqual((await storedRows(database)).comments.map((row) => row.id), [kept.id])
  })
})

describe('what goes with a post or a user', () => {
  it('deleting a post deletes its comments, and no other post\'s', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const doomed = await createPost(app, ada)
    const kept = await createPost(app, ada)
    await addComment(app, bob, doomed, 'On the doomed post')
    await addComment(app, ada, doomed, 'Also on it')
    const survivor = await addComment(app, bob, kept, 'On the other post')

    assert.equal((await app.inject({ method: 'DELETE', url: `/api/posts/${doomed.id}`, headers: ada.headers })).statusCode, 204)

    assert.deepEqual((await storedRows(database)).comments, [
      { id: survivor.id, post_id: kept.id, author_id: bob.id, body: 'On the other post', created_at: START, updated_at: START },
    ])
    assertError(await app.inject({ method: 'GET', url: `/api/posts/${doomed.id}/comments` }), 404, POST_NOT_FOUND)
  })

  it("deleting a user deletes their comments and the comments on their posts, and nobody else's", async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const cy = await signUp(app, 'cyd')
    const adasPost = await createPost(app, ada)
    const bobsPost = await createPost(app, bob)
    await addComment(app, ada, adasPost, 'ada on her own post')
    await addComment(app, cy, adasPost, 'cy on ada’s post')
    await addComment(app, ada, bobsPost, 'ada on bob’s post')
    const cyOnBob = await addComment(app, cy, bobsPost, 'cy on bob’s post')
    const bobOnBob = await addComment(app, bob, bobsPost, 'bob on his own post')

    const res = await app.inject({ method: 'DELETE', url: `/api/users/${ada.id}`, headers: ada.headers })
    assert.equal(res.statusCode, 204, res.body)

    assert.deepEqual((await storedRows(database)).comments, [
      { id: cyOnBob.id, post_id: bobsPost.id, author_id: cy.id, body: 'cy on bob’s post', created_at: START, updated_at: START },
      { id: bobOnBob.id, post_id: bobsPost.id, author_id: bob.id, body: 'bob on his own post', created_at: START, updated_at: START },
    ])
    const page = await app.inject({ method: 'GET', url: `/api/posts/${bobsPost.id}/comments` })
    assert.deepEqual(page.json().comments.map((comment: CommentBody) => comment.id), [cyOnBob.id, bobOnBob.id])
  })
})

/** What the RealWorld adapter calls, beside the routes: the whole list, and deleting by post and comment. */
describe('CommentService for clients that name the post', () => {
  it('listAll gives every comment of a post, oldest first, with following for the viewer', async (t) => {
    const clock = new FakeClock()
    const { app, database } = await createTestApp(t, { clock })
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const post = await createPost(app, ada)
    const other = await createPost(app, ada)
    const byAda = await addComment(app, ada, post, 'one')
    await addComment(app, ada, other, 'elsewhere')
    const byBob = await addComment(app, bob, post, 'two')
    await follow(database, ada, bob)
    const service = new CommentService(clock)

    const asAda = await service.listAll(database.db, post.id, ada.id)
    assert.deepEqual(
      asAda.map((comment) => [comment.id, comment.body, comment.author.following]),
      [
        [byAda.id, 'one', false],
        [byBob.id, 'two', true],
      ],
    )
    assert.deepEqual((await service.listAll(database.db, post.id, undefined)).map((comment) => comment.author.following), [false, false])
    await assert.rejects(service.listAll(database.db, post.id + 1000, undefined), { code: 'not_found', message: 'Post not found' })
    assert.deepEqual(await service.listAll(database.db, (await createPost(app, bob)).id, undefined), [])
  })

  it(`listAll stops at the newest ${MAX_COMMENTS_LISTED}, still oldest first`, async (t) => {
    const clock = new FakeClock()
    const { app, database } = await createTestApp(t, { clock })
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    const rows = Array.from({ length: MAX_COMMENTS_LISTED + 2 }, (_, i) => ({
      post_id: post.id,
      author_id: ada.id,
      body: `Comment ${i}`,
      created_at: START,
      updated_at: START,
    }))
    // In slices: SQLite allows 32,766 variables in one statement, PostgreSQL 65,535.
    for (let i = 0; i < rows.length; i += 100) await database.db.insertInto('comments').values(rows.slice(i, i + 100)).execute()

    const all = await new CommentService(clock).listAll(database.db, post.id, undefined)

    assert.equal(all.length, MAX_COMMENTS_LISTED)
    assert.deepEqual(
      all.map((comment) => comment.body),
      rows.slice(2).map((row) => row.body),
    )
  })

  it('deleteFromPost deletes a comment only through the post it is on, for its author or the post author', async (t) => {
    const clock = new FakeClock()
    const { app, database } = await createTestApp(t, { clock })
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const cy = await signUp(app, 'cyd')
    const post = await createPost(app, ada)
    const other = await createPost(app, ada)
    const byBob = await addComment(app, bob, post, 'bob')
    const byCy = await addComment(app, cy, post, 'cy')
    const service = new CommentService(clock)
    const ids = async () => (await storedRows(database)).comments.map((row) => row.id)

    await assert.rejects(service.deleteFromPost(database.db, bob, other.id, byBob.id), { code: 'not_found', message: 'Comment not found' })
    await assert.rejects(service.deleteFromPost(database.db, bob, post.id, byBob.id + 1000), { code: 'not_found', message: 'Comment not found' })
    await assert.rejects(service.deleteFromPost(database.db, cy, post.id, byBob.id), { code: 'forbidden' })
    assert.deepEqual(await ids(), [byBob.id, byCy.id])

    await service.deleteFromPost(database.db, bob, post.id, byBob.id)
    assert.deepEqual(await ids(), [byCy.id])
    await service.deleteFromPost(database.db, ada, post.id, byCy.id)
    assert.deepEqual(await ids(), [])
  })

  it('create and get answer what the routes answer', async (t) => {
    const clock = new FakeClock()
    const { app, database } = await createTestApp(t, { clock })
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const post = await createPost(app, ada)
    await follow(database, ada, bob)
    const service = new CommentService(clock)

    const created = await service.create(database.db, bob, post.id, { body: 'Through the service' })
    assert.deepEqual(
      { ...created, author: { ...created.author, version: undefined } },
      {
        id: created.id,
        post_id: post.id,
        body: 'Through the service',
        author: { ...authorOf(bob), version: undefined },
        created_at: START,
        updated_at: START,
      },
    )
    assert.equal((await service.get(database.db, created.id, ada.id)).author.following, true)
    assert.equal((await service.get(database.db, created.id, undefined)).author.following, false)
    await assert.rejects(service.create(database.db, bob, post.id + 1000, { body: 'x' }), { code: 'not_found', message: 'Post not found' })
    await assert.rejects(service.get(database.db, created.id + 1000, undefined), { code: 'not_found', message: 'Comment not found' })
  })
})
