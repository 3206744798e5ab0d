/**
 * Follows, by behaviour: following and unfollowing (PUT and DELETE /api/users/{id}/follow), the
 * `following` bit every public user answer carries for its caller, with the ETag and `Vary` that
 * come with it, the followers and following lists, and what deleting an account takes along.
 * See issue 13 ("Profiles").
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import type { App } from '../src/app.js'
import type { DatabaseHandle } from '../src/db/database.js'
import { UserService } from '../src/users/users.service.js'
import {
  assertError,
  BAD_TOKEN,
  createTestApp,
  headerItems,
  notFound,
  runAccessMatrix,
  signUp,
  storedRows,
  validationFailed,
  type AccessScenario,
  type SignedUp,
} from './helpers.js'
import { RATE_LIMITS_OFF } from './support/client.js'

const follow = (app: App, who: SignedUp, id: number | string) =>
  app.inject({ method: 'PUT', url: `/api/users/${id}/follow`, headers: who.headers })

const unfollow = (app: App, who: SignedUp, id: number | string) =>
  app.inject({ method: 'DELETE', url: `/api/users/${id}/follow`, headers: who.headers })

async function follows(database: DatabaseHandle): Promise<[number, number][]> {
  return (await storedRows(database)).follows.map((row) => [row.follower_id, row.followed_id])
}

/** A public user answer, as `GET /api/users` and `/api/users/{id}` show one to somebody else. */
function profileOf(user: SignedUp, createdAt: string, following: boolean) {
  return { id: user.id, username: user.username, bio: null, image: null, following, created_at: createdAt }
}

function assertVariesByCaller(res: LightMyRequestResponse): void {
  assert.deepEqual(headerItems(res.headers.vary), ['authorization', 'origin'])
}

const youCannot = (what: 'follow' | 'unfollow') => ({ error: `You cannot ${what} yourself`, code: 'bad_request' })

describe('PUT /api/users/{id}/follow', () => {
  it('follows the user: 200 with their profile saying so, an ETag, and the follow stored with its time', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const adaCreated = clock.now().toISOString()
    clock.advance(1000)
    const bob = await signUp(app, 'bob')
    clock.advance(1000)

    const res = await follow(app, bob, ada.id)
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), profileOf(ada, adaCreated, true))
    assertVariesByCaller(res)
    const read = await app.inject({ method: 'GET', url: `/api/users/${ada.id}`, headers: bob.headers })
    assert.equal(res.headers.etag, read.headers.etag, 'the same representation as a GET, with the same tag')

    const rows = (await storedRows(database)).follows
    assert.deepEqual(
      rows,
      [{ follower_id: bob.id, followed_id: ada.id, created_at: clock.now().toISOString() }],
    )
  })

  it('is idempotent: following again answers the same and keeps the one follow with its first time', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const first = await follow(app, bob, ada.id)
    const before = await storedRows(database)
    clock.advance(60_000)

    const again = await follow(app, bob, ada.id)
    assert.equal(again.statusCode, 200, again.body)
    assert.deepEqual(again.json(), first.json())
    assert.equal(again.headers.etag, first.headers.etag)
    assert.deepEqual(await storedRows(database), before)
  })

  it('refuses to follow yourself with 400 and stores nothing', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    assertError(await follow(app, ada, ada.id), 400, youCannot('follow'))
    assert.deepEqual(await follows(database), [])
  })

  for (const id of ['999', 'abc', '0', '99999999999999999999']) {
    it(`answers 404 "User not found" for the id ${id}`, async (t) => {
      const { app, database } = await createTestApp(t)
      const ada = await signUp(app, 'ada')
      assertError(await follow(app, ada, id), 404, notFound('User'))
      assert.deepEqual(await follows(database), [])
    })
  }

  it('refuses a body it does not take like any other: a malformed one with 400', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const res = await app.inject({
      method: 'PUT',
      url: `/api/users/${ada.id}/follow`,
      headers: { ...bob.headers, 'content-type': 'application/json' },
      payload: '{"nope',
    })
    assert.equal(res.statusCode, 400, res.body)
    assert.deepEqual(await follows(database), [])
  })
})

describe('DELETE /api/users/{id}/follow', () => {
  it('unfollows the user: 200 with their profile saying so, and the follow gone; others stay', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const adaCreated = clock.now().toISOString()
    const bob = await signUp(app, 'bob')
    const cyd = await signUp(app, 'cyd')
    await follow(app, bob, ada.id)
    await follow(app, cyd, ada.id)
    await follow(app, ada, bob.id)

    const res = await unfollow(app, bob, ada.id)
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), profileOf(ada, adaCreated, false))
    assertVariesByCaller(res)
    const read = await app.inject({ method: 'GET', url: `/api/users/${ada.id}`, headers: bob.headers })
    assert.equal(res.headers.etag, read.headers.etag)
    assert.deepEqual(await follows(database), [
      [ada.id, bob.id],
      [cyd.id, ada.id],
    ])
  })

  it('is idempotent: unfollowing somebody not followed answers the same and changes nothing', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const adaCreated = clock.now().toISOString()
    const bob = await signUp(app, 'bob')
    await follow(app, ada, bob.id)
    const before = await storedRows(database)

    for (let i = 0; i < 2; i++) {
      const res = await unfollow(app, bob, ada.id)
      assert.equal(res.statusCode, 200, res.body)
      assert.deepEqual(res.json(), profileOf(ada, adaCreated, false))
    }
    assert.deepEqual(await storedRows(database), before)
  })

  it('refuses to unfollow yourself with 400', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    assertError(await unfollow(app, ada, ada.id), 400, youCannot('unfollow'))
  })

  for (const id of ['999', 'abc', '0']) {
    it(`answers 404 "User not found" for the id ${id}`, async (t) => {
      const { app } = await createTestApp(t)
      const ada = await signUp(app, 'ada')
      assertError(await unfollow(app, ada, id), 404, notFound('User'))
    })
  }
})

describe('following, as every public user answer shows it', () => {
  it('GET /api/users/{id} says whether the caller follows them: true for a follower, false for others and anonymous', async (t) => {
    const { app, clock } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const adaCreated = clock.now().toISOString()
    const bob = await signUp(app, 'bob')
    const cyd = await signUp(app, 'cyd')
    await follow(app, bob, ada.id)

    for (const [headers, following] of [
      [bob.headers, true],
      [cyd.headers, false],
      [{}, false],
    ] as const) {
      const res = await app.inject({ method: 'GET', url: `/api/users/${ada.id}`, headers })
      assert.equal(res.statusCode, 200, res.body)
      assert.deepEqual(res.json(), profileOf(ada, adaCreated, following))
      assertVariesByCaller(res)
    }
    // Ada herself sees her account: her email, and no following bit.
    const own = await app.inject({ method: 'GET', url: `/api/users/${ada.id}`, headers: ada.headers })
    assert.deepEqual(own.json(), { id: ada.id, username: 'ada', email: ada.email, bio: null, image: null, created_at: adaCreated })
    assertVariesByCaller(own)
  })

  it('moves the ETag when the caller follows or unfollows, so a cached copy is not revalidated wrongly', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const read = () => app.inject({ method: 'GET', url: `/api/users/${ada.id}`, headers: bob.headers })

    const before = await read()
    const anonymous = await app.inject({ method: 'GET', url: `/api/users/${ada.id}` })
    assert.equal(anonymous.headers.etag, before.headers.etag, 'nobody follows her either way: one representation')
    await follow(app, bob, ada.id)
    const after = await read()
    assert.notEqual(after.headers.etag, before.headers.etag)

    const stale = await app.inject({
      method: 'GET',
      url: `/api/users/${ada.id}`,
      headers: { ...bob.headers, 'if-none-match': String(before.headers.etag) },
    })
    assert.equal(stale.statusCode, 200, 'the copy from before the follow is stale')
    assert.equal(stale.json().following, true)
    const fresh = await app.inject({
      method: 'GET',
      url: `/api/users/${ada.id}`,
      headers: { ...bob.headers, 'if-none-match': String(after.headers.etag) },
    })
    assert.equal(fresh.statusCode, 304)
    assert.equal(fresh.headers.etag, after.headers.etag)
    assertVariesByCaller(fresh)

    await unfollow(app, bob, ada.id)
    assert.equal((await read()).headers.etag, before.headers.etag, 'back to the representation before')
  })

  it('GET /api/users says it for every user of the page, in one answer; anonymous callers follow nobody', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const cyd = await signUp(app, 'cyd')
    const dan = await signUp(app, 'dan')
    await follow(app, bob, ada.id)
    await follow(app, bob, dan.id)
    await follow(app, cyd, bob.id)

    const bits = async (headers: Record<string, string>) => {
      const res = await app.inject({ method: 'GET', url: '/api/users', headers })
      assert.equal(res.statusCode, 200, res.body)
      assertVariesByCaller(res)
      return res.json().users.map((user: { username: string; following: boolean }) => [user.username, user.following])
    }
    assert.deepEqual(await bits(bob.headers), [
      ['dan', true],
      ['cyd', false],
      ['bob', false],
      ['ada', true],
    ])
    assert.deepEqual(await bits(cyd.headers), [
      ['dan', false],
      ['cyd', false],
      ['bob', true],
      ['ada', false],
    ])
    assert.deepEqual(await bits({}), [
      ['dan', false],
      ['cyd', false],
      ['bob', false],
      ['ada', false],
    ])
  })

  it('a caller whose token does not work is refused on a public read too, not shown as anonymous', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const res = await app.inject({ method: 'GET', url: `/api/users/${ada.id}`, headers: BAD_TOKEN })
    assertError(res, 401, { error: 'Invalid token', code: 'invalid_token' })
  })
})

describe('GET /api/users/{id}/followers and /following', () => {
  it("lists a user's followers and followees, newest user first, each with the caller's own following bit", async (t) => {
    const { app, clock } = await createTestApp(t)
    const created: Record<string, string> = {}
    const users: Record<string, SignedUp> = {}
    for (const name of ['ada', 'bob', 'cyd', 'dan']) {
      users[name] = await signUp(app, name)
      created[name] = clock.now().toISOString()
      clock.advance(1000)
    }
    const { ada, bob, cyd, dan } = users as Record<'ada' | 'bob' | 'cyd' | 'dan', SignedUp>
    // Followed in an order unlike the users' ages: lists go by the user, newest first.
    await follow(app, dan, ada.id)
    await follow(app, bob, ada.id)
    await follow(app, cyd, ada.id)
    await follow(app, ada, cyd.id)
    await follow(app, ada, bob.id)
    await follow(app, bob, dan.id)

    const list = async (url: string, headers: Record<string, string> = {}) => {
      const res = await app.inject({ method: 'GET', url, headers })
      assert.equal(res.statusCode, 200, res.body)
      assertVariesByCaller(res)
      assert.equal(res.headers.link, undefined)
      assert.equal(res.json().next_cursor, null)
      return res.json().users
    }
    assert.deepEqual(await list(`/api/users/${ada.id}/followers`, bob.headers), [
      profileOf(dan, created.dan!, true),
      profileOf(cyd, created.cyd!, false),
      profileOf(bob, created.bob!, false),
    ])
    assert.deepEqual(await list(`/api/users/${ada.id}/following`), [
      profileOf(cyd, created.cyd!, false),
      profileOf(bob, created.bob!, false),
    ])
    // Somebody's own "following" list: every one of them followed.
    assert.deepEqual(
      (await list(`/api/users/${ada.id}/following`, ada.headers)).map((user: { following: boolean }) => user.following),
      [true, true],
    )
    assert.deepEqual(await list(`/api/users/${dan.id}/following`, cyd.headers), [profileOf(ada, created.ada!, true)])
    assert.deepEqual(await list(`/api/users/${bob.id}/followers`, dan.headers), [profileOf(ada, created.ada!, true)])
    await unfollow(app, bob, dan.id)
    assert.deepEqual(await list(`/api/users/${dan.id}/followers`), [], 'nobody follows him any more')
  })

  for (const direction of ['followers', 'following'] as const) {
    it(`walks /${direction} with limit=2 through Link and next_cursor, each user exactly once`, async (t) => {
      const { app } = await createTestApp(t, { env: RATE_LIMITS_OFF })
      const hub = await signUp(app, 'hub')
      const ids: number[] = []
      for (const name of ['usr1', 'usr2', 'usr3', 'usr4', 'usr5']) {
        const user = await signUp(app, name)
        ids.push(user.id)
        if (direction === 'followers') await follow(app, user, hub.id)
        else await follow(app, hub, user.id)
      }

      const seen: number[] = []
      const pageSizes: number[] = []
      let url: string | undefined = `/api/users/${hub.id}/${direction}?limit=2`
      while (url !== undefined) {
        const res: LightMyRequestResponse = await app.inject({ method: 'GET', url })
        assert.equal(res.statusCode, 200, res.body)
        const body = res.json()
        pageSizes.push(body.users.length)
        seen.push(...body.users.map((u: { id: number }) => u.id))
        if (body.next_cursor === null) {
          assert.equal(res.headers.link, undefined)
          url = undefined
        } else {
          const match = /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link))
          assert.ok(match, `Link: ${res.headers.link}`)
          const next = new URL(match[1]!, 'http://localhost')
          assert.equal(next.pathname, `/api/users/${hub.id}/${direction}`)
          assert.equal(next.searchParams.get('cursor'), body.next_cursor)
          url = match[1]!
        }
        assert.ok(pageSizes.length <= 3, 'too many pages')
      }
      assert.deepEqual(pageSizes, [2, 2, 1])
      assert.deepEqual(seen, [...ids].reverse())
    })
  }

  it("refuses another list's cursor, each way, with 400 naming cursor", async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    for (const name of ['bob', 'cyd']) {
      const user = await signUp(app, name)
      await follow(app, user, ada.id)
      await follow(app, ada, user.id)
    }
    const cursorOf = async (url: string) => {
      const res = await app.inject({ method: 'GET', url })
      assert.equal(typeof res.json().next_cursor, 'string', res.body)
      return encodeURIComponent(res.json().next_cursor)
    }
    const followers = await cursorOf(`/api/users/${ada.id}/followers?limit=1`)
    const following = await cursorOf(`/api/users/${ada.id}/following?limit=1`)
    const users = await cursorOf('/api/users?limit=1')
    const refused = validationFailed({ field: 'cursor', message: 'is not a cursor this server issued; start again without one' })
    for (const url of [
      `/api/users/${ada.id}/followers?cursor=${following}`,
      `/api/users/${ada.id}/followers?cursor=${users}`,
      `/api/users/${ada.id}/following?cursor=${followers}`,
      `/api/users?cursor=${followers}`,
    ]) {
      assertError(await app.inject({ method: 'GET', url }), 400, refused)
    }
  })

  for (const direction of ['followers', 'following'] as const) {
    it(`answers 404 "User not found" for /${direction} of an unknown or impossible id, and 400 for a bad limit`, async (t) => {
      const { app } = await createTestApp(t)
      const ada = await signUp(app, 'ada')
      for (const id of ['999', 'abc', '0']) {
        assertError(await app.inject({ method: 'GET', url: `/api/users/${id}/${direction}` }), 404, notFound('User'))
      }
      const res = await app.inject({ method: 'GET', url: `/api/users/${ada.id}/${direction}?limit=101` })
      assertError(res, 400, validationFailed({ field: 'limit', message: 'must be at most 100' }))
    })
  }
})

describe('deleting an account', () => {
  it('removes its follows both ways, and nobody else’s', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const bob = await signUp(app, 'bob')
    const cyd = await signUp(app, 'cyd')
    await follow(app, ada, bob.id)
    await follow(app, bob, ada.id)
    await follow(app, cyd, ada.id)
    await follow(app, bob, cyd.id)
    await follow(app, cyd, bob.id)

    const res = await app.inject({ method: 'DELETE', url: `/api/users/${ada.id}`, headers: ada.headers })
    assert.equal(res.statusCode, 204, res.body)

    assert.deepEqual(await follows(database), [
      [bob.id, cyd.id],
      [cyd.id, bob.id],
    ])
    const followers = await app.inject({ method: 'GET', url: `/api/users/${bob.id}/followers` })
    assert.deepEqual(
      followers.json().users.map((user: { id: number }) => user.id),
      [cyd.id],
    )
  })
})

describe('the profile service, as the RealWorld adapter will call it', () => {
  it('finds a profile by username in any case, for a viewer or nobody, and 404s an unknown one', async (t) => {
    const { app, database, clock } = await createTestApp(t)
    const ada = await signUp(app, 'Ada')
    const adaCreated = clock.now().toISOString()
    const bob = await signUp(app, 'bob')
    const users = new UserService(clock, async () => {}, async () => {})
    const { db } = database
    await users.follow(db, { id: bob.id }, ada.id)

    const expected = (following: boolean) => ({ ...profileOf(ada, adaCreated, following), version: 1 })
    assert.deepEqual(await users.profileByUsername(db, 'aDA', { id: bob.id }), expected(true))
    assert.deepEqual(await users.profileByUsername(db, 'ada', undefined), expected(false))
    assert.deepEqual(await users.profileByUsername(db, 'ADA', { id: ada.id }), expected(false), 'nobody follows themself')
    assert.deepEqual(await users.profile(db, ada.id, { id: bob.id }), expected(true))
    assert.deepEqual(await users.unfollow(db, { id: bob.id }, ada.id), expected(false))
    await assert.rejects(users.profileByUsername(db, 'nobody', { id: bob.id }), { code: 'not_found', message: 'User not found' })
    await assert.rejects(users.follow(db, { id: bob.id }, 999), { code: 'not_found', message: 'User not found' })
  })
})

type Caller = 'anonymous' | 'bad token' | 'self' | 'follower' | 'other user'

interface FollowFixture {
  database: DatabaseHandle
  /** The user being followed; a new one each time. */
  target: SignedUp
  follower: SignedUp
  other: SignedUp
  callers: Record<Caller, Record<string, string>>
}

/**
 * Who may follow and unfollow: anybody signed in, somebody else. `follower` already follows the
 * target, `other user` does not, so each route is tried both as a change and as a repeat.
 */
function followScenarios(): AccessScenario<FollowFixture>[] {
  const callers: Caller[] = ['anonymous', 'bad token', 'self', 'follower', 'other user']
  const signedIn = (caller: Caller, fixture: FollowFixture) => (caller === 'follower' ? fixture.follower : fixture.other)
  return callers.flatMap((caller): AccessScenario<FollowFixture>[] =>
    (['PUT', 'DELETE'] as const).map((method) => ({
      route: `${method} /api/users/{id}/follow`,
      caller,
      request: (fixture) => ({ method, url: `/api/users/${fixture.target.id}/follow` }),
      status: caller === 'anonymous' || caller === 'bad token' ? 401 : caller === 'self' ? 400 : 200,
      error: caller === 'self' ? youCannot(method === 'PUT' ? 'follow' : 'unfollow') : undefined,
      then: async (res, fixture, before) => {
        const who = signedIn(caller, fixture)
        assert.equal(res.json().id, fixture.target.id)
        assert.equal(res.json().following, method === 'PUT')
        const others = (rows: typeof before.follows) => rows.filter((row) => row.follower_id !== who.id || row.followed_id !== fixture.target.id)
        const after = await storedRows(fixture.database)
        assert.deepEqual(others(after.follows), others(before.follows), 'no other follow changed')
        const mine = after.follows.filter((row) => row.follower_id === who.id && row.followed_id === fixture.target.id)
        assert.equal(mine.length, method === 'PUT' ? 1 : 0)
        assert.deepEqual({ ...after, follows: [] }, { ...before, follows: [] }, 'nothing else changed')
      },
    })),
  )
}

describe('authorization of follows', () => {
  it('lets anybody signed in follow and unfollow somebody else, and refuses yourself and callers without a working token', async (t) => {
    const { app, database } = await createTestApp(t, { env: RATE_LIMITS_OFF })
    const follower = await signUp(app, 'follower')
    const other = await signUp(app, 'other')
    let made = 0
    await runAccessMatrix(t, {
      app,
      database,
      arrange: async () => {
        const target = await signUp(app, `target${++made}`)
        assert.equal((await follow(app, follower, target.id)).statusCode, 200)
        // The target follows back, so a refusal that touched their follows would show.
        assert.equal((await follow(app, target, follower.id)).statusCode, 200)
        return {
          database,
          target,
          follower,
          other,
          callers: { anonymous: {}, 'bad token': BAD_TOKEN, self: target.headers, follower: follower.headers, 'other user': other.headers },
        }
      },
      scenarios: followScenarios(),
    })
  })
})
