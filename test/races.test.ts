/**
 * Requests that race each other on one account: a login against a password change, a login or a
 * new post against the account's deletion. Each race is run many times with the second request
 * started at a different moment, so that some runs land inside the window where the two
 * interleave (hashing a password takes tens of milliseconds, plenty of room). See issue 10.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { RATE_LIMITS_OFF } from './support/client.js'
import { assertError, assertInvalidToken, bearer, createTestApp, INVALID_CREDENTIALS, signUp, storedRows } from './helpers.js'

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** The delays at which the racing request starts, spanning a few hashes' time. */
const OFFSETS_MS = [0, 5, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100]

describe('a password change racing a login with the old password', () => {
  it('never leaves a token issued with the old password working after the change answered 200', async (t) => {
    const { app } = await createTestApp(t, { env: RATE_LIMITS_OFF })
    const outcomes = new Map<string, number>()
    for (const [n, offset] of OFFSETS_MS.entries()) {
      const user = await signUp(app, `racer${n}`)
      const change = app.inject({
        method: 'PATCH',
        url: `/api/users/${user.id}`,
        headers: user.headers,
        payload: { password: 'a-brand-new-password', current_password: user.password },
      })
      await pause(offset)
      const login = app.inject({ method: 'POST', url: '/api/tokens', payload: { username: user.username, password: user.password } })
      const [changed, loggedIn] = await Promise.all([change, login])
      assert.equal(changed.statusCode, 200, changed.body)
      outcomes.set(`login ${loggedIn.statusCode}`, (outcomes.get(`login ${loggedIn.statusCode}`) ?? 0) + 1)
      if (loggedIn.statusCode === 201) {
        const profile = await app.inject({ method: 'GET', url: '/api/profile', headers: bearer(loggedIn.json().token) })
        assertInvalidToken(profile)
      } else {
        assertError(loggedIn, 401, INVALID_CREDENTIALS)
      }
      const stillWorks = await app.inject({ method: 'GET', url: '/api/profile', headers: user.headers })
      assert.equal(stillWorks.statusCode, 200, 'the session that changed the password stays signed in')
    }
    t.diagnostic(JSON.stringify(Object.fromEntries(outcomes)))
  })
})

describe('deleting an account racing a login or a new post', () => {
  it('answers a login 201 or 401 (never 500), and leaves no token of the deleted user', async (t) => {
    const { app, database } = await createTestApp(t, { env: RATE_LIMITS_OFF })
    for (const [n, offset] of OFFSETS_MS.entries()) {
      const user = await signUp(app, `leaver${n}`)
      const login = app.inject({ method: 'POST', url: '/api/tokens', payload: { username: user.username, password: user.password } })
      // A login spends one hash before its insert; the deletion starts somewhere inside that.
      await pause(offset / 2)
      const deletion = app.inject({ method: 'DELETE', url: `/api/users/${user.id}`, headers: user.headers })
      const [deleted, loggedIn] = await Promise.all([deletion, login])
      assert.equal(deleted.statusCode, 204, deleted.body)
      if (loggedIn.statusCode !== 201) assertError(loggedIn, 401, INVALID_CREDENTIALS)
    }
    const { tokens } = await storedRows(database)
    assert.deepEqual(tokens, [], 'no token outlives its user')
  })

  it('answers a new post 201 or 401 (never 500), and stores no post of the deleted user', async (t) => {
    const { app, database } = await createTestApp(t, { env: RATE_LIMITS_OFF })
    for (const [n, offset] of OFFSETS_MS.entries()) {
      const user = await signUp(app, `poster${n}`)
      const deletion = app.inject({ method: 'DELETE', url: `/api/users/${user.id}`, headers: user.headers })
      // Several posts in flight at once, so that some are past authentication when the user goes.
      const posts = Array.from({ length: 6 }, (_, i) =>
        pause((offset / 10) * i).then(() =>
          app.inject({ method: 'POST', url: '/api/posts', headers: user.headers, payload: { title: `p${i}`, body: 'b' } }),
        ),
      )
      const [deleted, ...answers] = await Promise.all([deletion, ...posts])
      assert.equal(deleted.statusCode, 204, deleted.body)
      for (const res of answers) {
        if (res.statusCode === 201) continue
        assertInvalidToken(res)
      }
    }
    const { posts, users } = await storedRows(database)
    assert.deepEqual(users, [])
    assert.deepEqual(posts, [], 'no post outlives its author')
  })
})

describe('a read while a transaction is open', () => {
  // On SQLite reads skip the query builder's queue when they can (src/db/prepared.ts); on its one
  // connection a transaction's writes are visible before they commit, and may yet be undone.
  it('never answers what the transaction wrote before it commits, and answers the commit after', async (t) => {
    const { app, database } = await createTestApp(t, { env: RATE_LIMITS_OFF })
    const ada = await signUp(app, 'ada')
    const created = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload: { title: 'Committed', body: 'b' } })
    assert.equal(created.statusCode, 201)
    const id = created.json<{ id: number }>().id

    let finish!: (outcome: 'commit' | 'rollback') => void
    const decided = new Promise<'commit' | 'rollback'>((resolve) => (finish = resolve))
    let written!: () => void
    const wrote = new Promise<void>((resolve) => (written = resolve))
    const transaction = database.db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('posts').set({ title: 'Not yet committed' }).where('id', '=', id).execute()
        written()
        if ((await decided) === 'rollback') throw new Error('rolled back on purpose')
      })
      .catch((error: Error) => error.message)

    await wrote
    const during = app.inject({ method: 'GET', url: `/api/posts/${id}` })
    await pause(20)
    finish('rollback')
    assert.equal(await transaction, 'rolled back on purpose')
    const res = await during
    assert.equal(res.statusCode, 200)
    assert.equal(res.json<{ title: string }>().title, 'Committed')

    const second = database.db.transaction().execute(async (trx) => {
      await trx.updateTable('posts').set({ title: 'Committed later' }).where('id', '=', id).execute()
      await pause(20)
    })
    const meanwhile = app.inject({ method: 'GET', url: `/api/posts/${id}` })
    await second
    const after = await app.inject({ method: 'GET', url: `/api/posts/${id}` })
    assert.notEqual((await meanwhile).json<{ title: string }>().title, 'Not yet committed')
    assert.equal(after.json<{ title: string }>().title, 'Committed later')
  })
})
