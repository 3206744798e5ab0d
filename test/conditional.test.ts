/**
 * ETags and conditional requests: revalidating with If-None-Match (304), and refusing a write
 * based on an old copy with If-Match (412, nothing changed).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPost, createTestApp, errorBody, ETAG, headerItems, signUp } from './helpers.js'

describe('ETag and If-None-Match on single resources', () => {
  it('a post has the same ETag from POST and GET, and a GET naming it gets 304 with no body', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const created = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload: { title: 'T', body: 'B' } })
    const etag = created.headers.etag as string
    assert.match(etag, ETAG)

    const read = await app.inject({ method: 'GET', url: created.headers.location as string })
    assert.equal(read.headers.etag, etag)

    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await app.inject({ method: 'GET', url: `/api/posts/${created.json().id}`, headers: { 'if-none-match': ifNoneMatch } })
      assert.equal(again.statusCode, 304, `If-None-Match: ${ifNoneMatch}`)
      assert.equal(again.body, '')
      assert.equal(again.headers.etag, etag)
    }
    const stale = await app.inject({ method: 'GET', url: `/api/posts/${created.json().id}`, headers: { 'if-none-match': '"stale"' } })
    assert.equal(stale.statusCode, 200)
    assert.equal(stale.json().title, 'T')
  })

  it("changes when anything the reader sees changes: the post, or its author's username", async (t) => {
    const { app, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    const etagNow = async () => (await app.inject({ method: 'GET', url: `/api/posts/${post.id}` })).headers.etag
    const first = await etagNow()

    clock.advance(1000)
    const patched = await app.inject({ method: 'PATCH', url: `/api/posts/${post.id}`, headers: ada.headers, payload: { title: 'New' } })
    assert.equal(patched.statusCode, 200)
    const second = await etagNow()
    assert.notEqual(second, first)
    assert.equal(patched.headers.etag, second, 'the write answers with the new ETag')

    const renamed = await app.inject({ method: 'PATCH', url: `/api/users/${ada.id}`, headers: ada.headers, payload: { username: 'ada2' } })
    assert.equal(renamed.statusCode, 200)
    assert.notEqual(await etagNow(), second)
  })

  it('a user has an ETag; your profile and your GET /api/users/{id} share it, and 304 works on both', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const profile = await app.inject({ method: 'GET', url: '/api/profile', headers: ada.headers })
    const own = await app.inject({ method: 'GET', url: `/api/users/${ada.id}`, headers: ada.headers })
    const publicView = await app.inject({ method: 'GET', url: `/api/users/${ada.id}` })
    assert.match(profile.headers.etag as string, ETAG)
    assert.equal(own.headers.etag, profile.headers.etag)
    assert.notEqual(publicView.headers.etag, own.headers.etag, 'strangers see no email, so another representation')

    const revalidated = await app.inject({
      method: 'GET',
      url: '/api/profile',
      headers: { ...ada.headers, 'if-none-match': profile.headers.etag as string },
    })
    assert.equal(revalidated.statusCode, 304)
    const publicAgain = await app.inject({
      method: 'GET',
      url: `/api/users/${ada.id}`,
      headers: { 'if-none-match': publicView.headers.etag as string },
    })
    assert.equal(publicAgain.statusCode, 304)
  })
})

describe('If-Match on writes', () => {
  it('PUT, PATCH and DELETE go ahead when If-Match names the current ETag', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    const url = `/api/posts/${post.id}`
    let etag = (await app.inject({ method: 'GET', url })).headers.etag as string

    const put = await app.inject({ method: 'PUT', url, headers: { ...ada.headers, 'if-match': etag }, payload: { title: 'P', body: 'Q' } })
    assert.equal(put.statusCode, 200, put.body)
    etag = put.headers.etag as string
    const patch = await app.inject({ method: 'PATCH', url, headers: { ...ada.headers, 'if-match': etag }, payload: { body: 'R' } })
    assert.equal(patch.statusCode, 200, patch.body)
    assert.equal(patch.json().body, 'R')
    const del = await app.inject({ method: 'DELETE', url, headers: { ...ada.headers, 'if-match': patch.headers.etag as string } })
    assert.equal(del.statusCode, 204)
    assert.equal((await app.inject({ method: 'GET', url })).statusCode, 404)
  })

  it('a write based on an old copy gets 412 and changes nothing', async (t) => {
    const { app, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada, { title: 'Original', body: 'Text' })
    const url = `/api/posts/${post.id}`
    const oldEtag = (await app.inject({ method: 'GET', url })).headers.etag as string

    // Somebody (another tab of Ada's) changes it first.
    clock.advance(1000)
    await app.inject({ method: 'PATCH', url, headers: ada.headers, payload: { title: 'Changed elsewhere' } })
    const current = await app.inject({ method: 'GET', url })

    const attempts = [
      { method: 'PUT' as const, payload: { title: 'Mine', body: 'Mine' } },
      { method: 'PATCH' as const, payload: { title: 'Mine' } },
      { method: 'DELETE' as const, payload: undefined },
    ]
    for (const { method, payload } of attempts) {
      const res = await app.inject({ method, url, headers: { ...ada.headers, 'if-match': oldEtag }, payload })
      assert.equal(res.statusCode, 412, `${method}: ${res.body}`)
      const body = errorBody(res)
      assert.equal(body.code, 'precondition_failed')
      const after = await app.inject({ method: 'GET', url })
      assert.equal(after.body, current.body, `${method} changed nothing`)
      assert.equal(after.headers.etag, current.headers.etag)
    }
    // A weak tag never matches for a write (strong comparison).
    const weak = await app.inject({ method: 'PATCH', url, headers: { ...ada.headers, 'if-match': `W/${current.headers.etag}` }, payload: { title: 'x' } })
    assert.equal(weak.statusCode, 412)
    // If-None-Match on a write: `*` means "only if it does not exist yet", so it fails here.
    const noneMatch = await app.inject({ method: 'PUT', url, headers: { ...ada.headers, 'if-none-match': '*' }, payload: { title: 'x', body: 'y' } })
    assert.equal(noneMatch.statusCode, 412)
    assert.equal((await app.inject({ method: 'GET', url })).body, current.body)
    // `*` in If-Match means "whatever is there now".
    const any = await app.inject({ method: 'PATCH', url, headers: { ...ada.headers, 'if-match': '*' }, payload: { title: 'x' } })
    assert.equal(any.statusCode, 200)
  })

  it('two writers with the same ETag: exactly one wins, the other gets 412', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const post = await createPost(app, ada)
    const url = `/api/posts/${post.id}`
    const etag = (await app.inject({ method: 'GET', url })).headers.etag as string
    const write = (title: string) =>
      app.inject({ method: 'PATCH', url, headers: { ...ada.headers, 'if-match': etag }, payload: { title } })
    const results = await Promise.all([write('first'), write('second')])
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 412])
    const winner = results.find((r) => r.statusCode === 200)!
    assert.equal((await app.inject({ method: 'GET', url })).json().title, winner.json().title)
  })

  it('still answers 404 for no such post and 403 for somebody else’s, whatever If-Match says', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const post = await createPost(app, ada)
    const etag = (await app.inject({ method: 'GET', url: `/api/posts/${post.id}` })).headers.etag as string
    const asBob = await app.inject({ method: 'PATCH', url: `/api/posts/${post.id}`, headers: { ...bob.headers, 'if-match': etag }, payload: { title: 'x' } })
    assert.equal(asBob.statusCode, 403)
    const missing = await app.inject({ method: 'DELETE', url: '/api/posts/999', headers: { ...ada.headers, 'if-match': etag } })
    assert.equal(missing.statusCode, 404)
  })

  it('guards changes to your account the same way', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const url = `/api/users/${ada.id}`
    const oldEtag = (await app.inject({ method: 'GET', url: '/api/profile', headers: ada.headers })).headers.etag as string
    const renamed = await app.inject({ method: 'PATCH', url, headers: { ...ada.headers, 'if-match': oldEtag }, payload: { username: 'ada2' } })
    assert.equal(renamed.statusCode, 200)
    assert.equal(renamed.headers.etag, (await app.inject({ method: 'GET', url: '/api/profile', headers: ada.headers })).headers.etag)

    const stale = await app.inject({ method: 'PATCH', url, headers: { ...ada.headers, 'if-match': oldEtag }, payload: { username: 'ada3' } })
    assert.equal(stale.statusCode, 412)
    const staleDelete = await app.inject({ method: 'DELETE', url, headers: { ...ada.headers, 'if-match': oldEtag } })
    assert.equal(staleDelete.statusCode, 412)
    const profile = await app.inject({ method: 'GET', url: '/api/profile', headers: ada.headers })
    assert.equal(profile.json().username, 'ada2', 'neither stale write happened')
  })

  it('lets browsers send If-Match and If-None-Match and read the ETag', async (t) => {
    const { app } = await createTestApp(t)
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/posts/1',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization, content-type, if-match, if-none-match',
      },
    })
    assert.equal(preflight.statusCode, 204)
    const allowed = headerItems(preflight.headers['access-control-allow-headers'])
    for (const header of ['if-match', 'if-none-match']) assert.ok(allowed.includes(header), `${header} in ${allowed}`)
    const read = await app.inject({ method: 'GET', url: '/api/posts', headers: { origin: 'http://localhost:3000' } })
    assert.ok(headerItems(read.headers['access-control-expose-headers']).includes('etag'))
  })
})
