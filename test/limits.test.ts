/**
 * Limits that keep one client or one account from taking the whole server: the weight of a page
 * of posts, and the queue of password hashes. See issue 10.
 */
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { describe, it } from 'node:test'
import { MAX_PAGE_BYTES } from '../src/http/pagination.js'
import { RATE_LIMITS_OFF } from './support/client.js'
import { assertError, createTestApp, signUp, storedRows } from './helpers.js'

describe('the weight of a page', () => {
  it('ends a page of large posts early, near MAX_PAGE_BYTES, and the cursor walk still returns every post once, in order', async (t) => {
    const { app } = await createTestApp(t, { env: RATE_LIMITS_OFF })
    const ada = await signUp(app, 'ada')
    // Within every limit: 100,000 characters of four UTF-8 bytes each, about 400 KB a post.
    const body = '😀'.repeat(100_000)
    const ids: number[] = []
    for (let i = 0; i < 12; i++) {
      const res = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload: { title: `heavy ${i}`, body } })
      assert.equal(res.statusCode, 201, res.body)
      ids.unshift(res.json().id)
    }

    const seen: number[] = []
    let url: string | null = '/api/posts?limit=100'
    let largest = 0
    while (url !== null) {
      const res: LightMyRequestResponse = await app.inject({ method: 'GET', url })
      assert.equal(res.statusCode, 200)
      largest = Math.max(largest, res.rawPayload.length)
      const page = res.json()
      assert.ok(page.posts.length >= 1, 'a page always holds at least one post')
      for (const post of page.posts) {
        assert.equal(post.body, body)
        seen.push(post.id)
      }
      if (page.next_cursor === null) {
        assert.equal(res.headers.link, undefined)
        url = null
      } else {
        assert.equal(res.headers.link, `</api/posts?limit=100&cursor=${encodeURIComponent(page.next_cursor)}>; rel="next"`)
        url = `/api/posts?limit=100&cursor=${encodeURIComponent(page.next_cursor)}`
      }
    }
    assert.deepEqual(seen, ids, 'every post, newest first, none twice')
    assert.ok(largest <= MAX_PAGE_BYTES + 410_000, `the largest page was ${largest} bytes`)
  })
})

describe('the queue of password hashes', () => {
  it('answers 503 with Retry-After, storing nothing, once PASSWORD_HASH_QUEUE hashes wait', async (t) => {
    const { app, database } = await createTestApp(t, { env: { ...RATE_LIMITS_OFF, PASSWORD_HASH_QUEUE: '1' } })
    const ada = await signUp(app, 'ada')
    const before = await storedRows(database)

    const logins = await Promise.all(
      Array.from({ length: 10 }, () => app.inject({ method: 'POST', url: '/api/tokens', payload: { username: 'ada', password: ada.password } })),
    )
    const refused = logins.filter((res) => res.statusCode === 503)
    const issued = logins.filter((res) => res.statusCode === 201)
    assert.equal(refused.length + issued.length, logins.length, logins.map((res) => res.statusCode).join(' '))
    assert.ok(refused.length >= 1, 'with one hash running and one waiting, some of ten are refused')
    assert.ok(issued.length >= 2, 'the one running and the one waiting are served')
    for (const res of refused) {
      assertError(res, 503, { error: 'Service unavailable', code: 'service_unavailable' })
      assert.equal(res.headers['retry-after'], '1')
    }
    const after = await storedRows(database)
    assert.equal(after.tokens.length, before.tokens.length + issued.length, 'a refused login stores no token')

    const later = await app.inject({ method: 'POST', url: '/api/tokens', payload: { username: 'ada', password: ada.password } })
    assert.equal(later.statusCode, 201, 'once the queue drains, logins are served again')
  })
})

describe('a blank title', () => {
  it('counts a title of only zero-width characters as blank, and one with a visible character as not', async (t) => {
    const { app, database } = await createTestApp(t, { env: RATE_LIMITS_OFF })
    const ada = await signUp(app, 'ada')
    for (const title of ['\u200B', '\u200B\u200C\u200D', ' \u2060\uFEFF ']) {
      const res = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload: { title, body: 'b' } })
      assertError(res, 400, { error: 'Request validation failed', code: 'validation_failed', details: [{ field: 'title', message: 'must not be blank' }] })
    }
    assert.deepEqual((await storedRows(database)).posts, [])
    const visible = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload: { title: '\u200Bx', body: 'b' } })
    assert.equal(visible.statusCode, 201, visible.body)
  })
})
