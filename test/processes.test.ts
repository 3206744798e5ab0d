/**
 * More than one process serving: a cluster of workers behind one port, and two separate
 * instances on one database. Whichever process a client reaches, it must see the same data.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { call, cleanups, logInOver, RATE_LIMITS_OFF, waitFor } from './support/client.js'
import { engine, freshDatabase } from './support/databases.js'
import { isRunning, startServer, type RunningServer } from './support/server.js'

type LogLine = Record<string, unknown>

/** The "Server listening" lines so far, each with the pid of the process that wrote it. */
function listening(logs: LogLine[]): { pid: number; port: number }[] {
  return logs.flatMap((line) => {
    const match = /^Server listening at http:\/\/127\.0\.0\.1:(\d+)$/.exec(String(line.msg))
    return match ? [{ pid: Number(line.pid), port: Number(match[1]) }] : []
  })
}

describe('WEB_CONCURRENCY=2', () => {
  it('serves from two workers on one port, replaces a worker that dies, and stops them all on SIGTERM', async (t) => {
    const onEnd = cleanups(t)
    const url = await freshDatabase(t)
    const server = await startServer({ ...RATE_LIMITS_OFF, DATABASE_URL: url, WEB_CONCURRENCY: '2' })
    onEnd(async () => {
      // A graceful stop takes the workers down with the primary; should the primary be stuck,
      // no worker it started may outlive the test either.
      const stopped = await Promise.race([server.stop('SIGTERM'), new Promise((done) => setTimeout(done, 5000, 'stuck').unref())])
      if (stopped === 'stuck') await server.stop('SIGKILL')
      for (const { pid } of listening(server.logs)) if (isRunning(pid)) process.kill(pid, 'SIGKILL')
    })

    const [first, second] = await waitFor('two workers to listen', () => {
      const lines = listening(server.logs)
      return lines.length >= 2 ? lines : undefined
    })
    assert.ok(first && second)
    assert.notEqual(first.pid, second.pid, 'two different processes')
    assert.ok(first.pid !== server.pid && second.pid !== server.pid, 'both are workers, not the primary')
    assert.equal(first.port, server.port)
    assert.equal(second.port, server.port, 'both on the one port clients know')

    // Every call goes out on a new connection (see support/client.ts), so the primary hands each
    // to a worker afresh instead of a kept-alive socket pinning them all to one.
    const requestsServed = () => server.logs.filter((line) => line.msg === 'request')
    const servedBy = async (count: number) => {
      await waitFor(`${count} request log lines`, () => (requestsServed().length >= count ? true : undefined))
      return new Set(requestsServed().map((line) => Number(line.pid)))
    }

    const created = await call(server.url, 'POST', '/api/users', {
      body: { username: 'ada', email: 'ada@example.com', password: 'ada-password-1' },
    })
    assert.equal(created.status, 201)
    const token = await logInOver(server.url, 'ada', 'ada-password-1')
    const ids: number[] = []
    for (let i = 0; i < 6; i++) {
      const res = await call(server.url, 'POST', '/api/posts', { token, body: { title: `Post ${i}`, body: 'From some worker.' } })
      assert.equal(res.status, 201)
      ids.push(res.json.id)
    }
    for (const id of ids) assert.equal((await call(server.url, 'GET', `/api/posts/${id}`)).status, 200, 'any worker reads any write')
    assert.deepEqual(await servedBy(2 + 2 * ids.length), new Set([first.pid, second.pid]), 'both workers served requests')

    process.kill(first.pid, 'SIGKILL')
    await waitFor('the primary to notice the dead worker', () =>
      server.logs.some((line) => line.msg === 'worker died; starting another' && line.worker_pid === first.pid) ? true : undefined,
    )
    const replacement = await waitFor('a replacement worker to listen', () => listening(server.logs)[2])
    assert.ok(![first.pid, second.pid, server.pid].includes(replacement.pid), 'a new process')
    assert.equal(replacement.port, server.port)

    const before = requestsServed().length
    for (let i = 0; i < 6; i++) {
      assert.equal((await call(server.url, 'GET', `/api/posts/${ids[i]}`)).status, 200, 'requests keep succeeding')
    }
    await servedBy(before + 6)
    const afterKill = new Set(requestsServed().slice(before).map((line) => Number(line.pid)))
    assert.deepEqual(afterKill, new Set([second.pid, replacement.pid]), 'the survivor and the replacement serve; the dead one does not')

    assert.equal(await server.stop('SIGTERM'), 0)
    assert.ok(server.logs.some((line) => line.msg === 'all workers stopped'))
    assert.equal(isRunning(second.pid), false, 'the surviving worker is gone')
    assert.equal(isRunning(replacement.pid), false, 'the replacement worker is gone')
  })
})

describe('two instances on one database', () => {
  it('see the same users, tokens, posts, edits, revocations and cursors, whichever instance is asked', async (t) => {
    const onEnd = cleanups(t)
    const url = await freshDatabase(t)
    const start = async () => {
      const server: RunningServer = await startServer({ ...RATE_LIMITS_OFF, DATABASE_URL: url })
      onEnd(() => server.stop('SIGKILL'))
      return server.url
    }
    const a = await start()
    const b = await start()
    assert.notEqual(a, b)

    const signUp = await call(a, 'POST', '/api/users', { body: { username: 'ada', email: 'ada@example.com', password: 'ada-password-1' } })
    assert.equal(signUp.status, 201)
    const token = await logInOver(b, 'ada', 'ada-password-1')
    const profile = await call(a, 'GET', '/api/profile', { token })
    assert.equal(profile.status, 200, "B's token works on A")
    assert.equal(profile.json.id, signUp.json.id)

    const written = await call(a, 'POST', '/api/posts', { token, body: { title: 'Written on A', body: 'Read on B.' } })
    assert.equal(written.status, 201)
    const readOnB = await call(b, 'GET', `/api/posts/${written.json.id}`)
    assert.equal(readOnB.status, 200)
    assert.deepEqual(readOnB.json, written.json)
    const listedOnB = await call(b, 'GET', '/api/posts')
    assert.deepEqual(
      listedOnB.json.posts.map((post: { id: number }) => post.id),
      [written.json.id],
    )

    const patched = await call(b, 'PATCH', `/api/posts/${written.json.id}`, { token, body: { title: 'Changed on B' } })
    assert.equal(patched.status, 200)
    const seenOnA = await call(a, 'GET', `/api/posts/${written.json.id}`)
    assert.equal(seenOnA.json.title, 'Changed on B')
    assert.equal(seenOnA.json.updated_at, patched.json.updated_at)

    for (const title of ['Second', 'Third', 'Fourth']) {
      assert.equal((await call(a, 'POST', '/api/posts', { token, body: { title, body: 'For paging.' } })).status, 201)
    }
    const all = (await call(a, 'GET', '/api/posts')).json.posts.map((post: { id: number }) => post.id)
    const firstPage = await call(a, 'GET', '/api/posts?limit=2')
    assert.equal(typeof firstPage.json.next_cursor, 'string')
    const secondPage = await call(b, 'GET', `/api/posts?limit=2&cursor=${encodeURIComponent(firstPage.json.next_cursor)}`)
    assert.equal(secondPage.status, 200, "A's cursor is one B accepts: they sign cursors with the key in their shared database")
    assert.deepEqual(
      [...firstPage.json.posts, ...secondPage.json.posts].map((post: { id: number }) => post.id),
      all,
      'the page from B continues where the page from A stopped',
    )

    assert.equal((await call(a, 'DELETE', '/api/tokens/current', { token })).status, 204)
    const refused = await call(b, 'GET', '/api/profile', { token })
    assert.equal(refused.status, 401, 'a token revoked on A is refused by B at once')
    assert.equal(refused.json.code, 'invalid_token')
  })

  it(
    'in schemas of their own on one PostgreSQL database, both start and each keeps to its own data',
    // Kysely looks for its migration tables in every schema unless told which: the second
    // instance once found the first one's, skipped creating its own, and failed to start.
    { skip: engine !== 'postgres' && 'PostgreSQL only: schemas' },
    async (t) => {
      const onEnd = cleanups(t)
      const start = async (url: string) => {
        const server: RunningServer = await startServer({ ...RATE_LIMITS_OFF, DATABASE_URL: url })
        onEnd(() => server.stop('SIGKILL'))
        return server.url
      }
      const a = await start(await freshDatabase(t))
      const b = await start(await freshDatabase(t))

      for (const server of [a, b]) {
        const created = await call(server, 'POST', '/api/users', {
          body: { username: 'ada', email: 'ada@example.com', password: 'ada-password-1' },
        })
        assert.equal(created.status, 201, 'the same username is free in each schema')
      }
      const token = await logInOver(a, 'ada', 'ada-password-1')
      assert.equal((await call(a, 'POST', '/api/posts', { token, body: { title: 'Only on A', body: '.' } })).status, 201)
      assert.deepEqual((await call(b, 'GET', '/api/posts')).json.posts, [], "B does not see A's post")
      assert.equal((await call(b, 'GET', '/api/profile', { token })).status, 401, "B does not accept A's token")
    },
  )
})
