/**
 * Cross-cutting HTTP behaviour: what every body-taking route does with bad input, strict typing,
 * unknown paths and wrong methods, request ids, 5xx hiding, health probes and the access log.
 * POST /api/posts (with a token) and POST /api/users stand in for every route that takes a body.
 */
import { describe, it, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import type { LightMyRequestResponse } from 'fastify'
import { buildApp, type App } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { createDatabase } from '../src/db/database.js'
import { assertError, createTestApp, errorBody, FakeClock, headerItems, signUp, storedRows, type SignedUp } from './helpers.js'

const fields = (res: LightMyRequestResponse) => (errorBody(res).details ?? []).map((d) => d.field)

/** The methods a comma-separated header lists, sorted, for comparing as a set. */
const methodSet = (header: unknown) => headerItems(header).map((method) => method.toUpperCase())

interface Target {
  name: string
  url: string
  needsToken: boolean
  /** A body this route accepts, for wrapping bad fields in. */
  valid: Record<string, unknown>
}

const TARGETS: Target[] = [
  { name: 'POST /api/posts', url: '/api/posts', needsToken: true, valid: { title: 'A title', body: 'A body' } },
  {
    name: 'POST /api/users',
    url: '/api/users',
    needsToken: false,
    valid: { username: 'newcomer', email: 'newcomer@example.com', password: 'newcomer-password-1' },
  },
]

/** An app, with a signed-up author when the target needs a token. */
async function setUp(t: TestContext, target: Target, env?: Record<string, string>) {
  const { app, database } = await createTestApp(t, env ? { env } : {})
  const author: SignedUp | null = target.needsToken ? await signUp(app, 'ada') : null
  const send = (headers: Record<string, string>, payload: string) =>
    app.inject({ method: 'POST', url: target.url, headers: { ...author?.headers, ...headers }, payload })
  return { app, database, author, send }
}

const JSON_TYPE = { 'content-type': 'application/json' }

/** A key nobody sets, so finding it on Object.prototype means the body polluted it. */
const POLLUTION_MARK = 'inkwellPolluted'

function assertPrototypeClean() {
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, POLLUTION_MARK), false)
  assert.equal((({}) as Record<string, unknown>)[POLLUTION_MARK], undefined)
}

interface BadInput {
  name: string
  headers: Record<string, string>
  payload: (valid: Record<string, unknown>) => string
  status: number
  code: string
  /** The fields `details` must name, in order; undefined when the error has no details. */
  fields?: string[]
  /** What `error` must say, when the error is about the body as a whole. */
  message?: RegExp
}

const withRaw = (valid: Record<string, unknown>, raw: string) => JSON.stringify(valid).replace(/}$/, `,${raw}}`)

/** A body that is not a JSON object is refused as a whole, not as a field called `body`. */
const WHOLE_BODY = /^Request body must be a JSON object$/

const BAD_INPUTS: BadInput[] = [
  { name: 'invalid JSON', headers: JSON_TYPE, payload: () => '{"title": "A title",', status: 400, code: 'invalid_json' },
  { name: 'JSON with a trailing comma', headers: JSON_TYPE, payload: () => '{"title": "x", }', status: 400, code: 'invalid_json' },
  { name: 'an empty body declared as JSON', headers: JSON_TYPE, payload: () => '', status: 400, code: 'validation_failed', message: WHOLE_BODY },
  { name: 'a JSON array', headers: JSON_TYPE, payload: (v) => JSON.stringify([v]), status: 400, code: 'validation_failed', message: WHOLE_BODY },
  { name: 'a JSON string', headers: JSON_TYPE, payload: () => '"hello"', status: 400, code: 'validation_failed', message: WHOLE_BODY },
  { name: 'a JSON number', headers: JSON_TYPE, payload: () => '42', status: 400, code: 'validation_failed', message: WHOLE_BODY },
  { name: 'JSON null', headers: JSON_TYPE, payload: () => 'null', status: 400, code: 'validation_failed', message: WHOLE_BODY },
  {
    name: 'a text/plain body',
    headers: { 'content-type': 'text/plain' },
    payload: (v) => JSON.stringify(v),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'a form-encoded body',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: (v) => new URLSearchParams(v as Record<string, string>).toString(),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'a multipart body',
    headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
    payload: (v) =>
      Object.entries(v)
        .map(([k, value]) => `--XyZ\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${String(value)}\r\n`)
        .join('') + '--XyZ--\r\n',
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'a __proto__ key',
    headers: JSON_TYPE,
    payload: (v) => withRaw(v, `"__proto__": {"${POLLUTION_MARK}": true}`),
    status: 400,
    code: 'validation_failed',
    fields: ['__proto__'],
  },
  {
    name: 'a constructor.prototype key',
    headers: JSON_TYPE,
    payload: (v) => withRaw(v, `"constructor": {"prototype": {"${POLLUTION_MARK}": true}}`),
    status: 400,
    code: 'validation_failed',
    fields: ['constructor'],
  },
]

describe('request bodies', () => {
  for (const target of TARGETS) {
    describe(target.name, () => {
      for (const bad of BAD_INPUTS) {
        it(`refuses ${bad.name} with ${bad.status} ${bad.code} as JSON and stores nothing`, async (t) => {
          const { database, send } = await setUp(t, target)
          const before = await storedRows(database)

          const res = await send(bad.headers, bad.payload(target.valid))

          assert.equal(res.statusCode, bad.status, res.body)
          const body = errorBody(res)
          assert.equal(body.code, bad.code)
          if (bad.fields) assert.deepEqual(fields(res), bad.fields)
          else assert.equal(body.details, undefined)
          if (bad.message) assert.match(body.error, bad.message)
          assert.doesNotMatch(res.body, /at .*\.(ts|js):\d+|stack/i)
          assert.deepEqual(await storedRows(database), before)
          assertPrototypeClean()
        })
      }

      it('accepts Content-Type application/json; charset=utf-8', async (t) => {
        const { database, send } = await setUp(t, target)
        const before = await storedRows(database)

        const res = await send({ 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(target.valid))

        assert.equal(res.statusCode, 201, res.body)
        const after = await storedRows(database)
        if (target.needsToken) assert.equal(after.posts.length, before.posts.length + 1)
        else assert.equal(after.users.length, before.users.length + 1)
      })

      it('refuses a body over BODY_LIMIT with 413 payload_too_large and stores nothing', async (t) => {
        const { database, send } = await setUp(t, target, { BODY_LIMIT: '1kb' })
        const before = await storedRows(database)
        const payload = JSON.stringify({ ...target.valid, padding: 'x'.repeat(2048) })
        assert.ok(payload.length > 2048)

        const res = await send(JSON_TYPE, payload)

        assert.equal(res.statusCode, 413, res.body)
        assert.equal(errorBody(res).code, 'payload_too_large')
        assert.deepEqual(await storedRows(database), before)
      })
    })
  }

  it('accepts a body just under BODY_LIMIT, so the limit is the configured one', async (t) => {
    const { database, send } = await setUp(t, TARGETS[0]!, { BODY_LIMIT: '1kb' })
    const payload = JSON.stringify({ title: 'A title', body: 'x'.repeat(900) })
    assert.ok(payload.length < 1024)

    const res = await send(JSON_TYPE, payload)

    assert.equal(res.statusCode, 201, res.body)
    assert.equal((await storedRows(database)).posts.length, 1)
  })
})

describe('strict types', () => {
  const POST_CASES: { name: string; body: Record<string, unknown>; field: string }[] = [
    { name: 'a number title', body: { title: 123, body: 'A body' }, field: 'title' },
    { name: 'a boolean title', body: { title: true, body: 'A body' }, field: 'title' },
    { name: 'a null title', body: { title: null, body: 'A body' }, field: 'title' },
    { name: 'an array body', body: { title: 'A title', body: ['x'] }, field: 'body' },
    { name: 'a number body', body: { title: 'A title', body: 123 }, field: 'body' },
  ]
  for (const { name, body, field } of POST_CASES) {
    it(`refuses a post with ${name} instead of coercing it, and stores nothing`, async (t) => {
      const { app, database } = await createTestApp(t)
      const ada = await signUp(app, 'ada')
      const before = await storedRows(database)

      const res = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload: body })

      assert.equal(res.statusCode, 400, res.body)
      const error = errorBody(res)
      assert.equal(error.code, 'validation_failed')
      assert.deepEqual(error.details, [{ field, message: 'must be a string' }])
      assert.deepEqual(await storedRows(database), before)
      const coerced = (await storedRows(database)).posts.filter((post) => post.title === '123')
      assert.deepEqual(coerced, [])
    })
  }

  const USER_CASES: { name: string; body: Record<string, unknown>; field: string }[] = [
    { name: 'a number username', body: { username: 12345, email: 'n@example.com', password: 'a-password-1' }, field: 'username' },
    // 12345678 would be a valid password once coerced to a string.
    { name: 'a number password', body: { username: 'numbers', email: 'n@example.com', password: 12345678 }, field: 'password' },
    { name: 'a boolean email', body: { username: 'numbers', email: true, password: 'a-password-1' }, field: 'email' },
  ]
  for (const { name, body, field } of USER_CASES) {
    it(`refuses a sign-up with ${name} instead of coercing it, and stores nothing`, async (t) => {
      const { app, database } = await createTestApp(t)

      const res = await app.inject({ method: 'POST', url: '/api/users', payload: body })

      assert.equal(res.statusCode, 400, res.body)
      const error = errorBody(res)
      assert.equal(error.code, 'validation_failed')
      assert.deepEqual(error.details, [{ field, message: 'must be a string' }])
      assert.deepEqual((await storedRows(database)).users, [])
    })
  }
})

describe('routing', () => {
  for (const url of ['/nope', '/api/nope', '/api/posts/1/nope']) {
    it(`answers GET ${url} with 404 Route not found as JSON`, async (t) => {
      const { app } = await createTestApp(t)

      const res = await app.inject({ method: 'GET', url })

      assert.match(String(res.headers['content-type']), /^application\/json/)
      assertError(res, 404, { error: 'Route not found', code: 'not_found' })
    })
  }

  const WRONG_METHODS: { method: 'POST' | 'PUT' | 'DELETE'; url: string; allow: string[] }[] = [
    { method: 'POST', url: '/api/posts/1', allow: ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] },
    { method: 'PUT', url: '/api/posts', allow: ['GET', 'HEAD', 'POST', 'OPTIONS'] },
    { method: 'DELETE', url: '/api/users', allow: ['GET', 'HEAD', 'POST', 'OPTIONS'] },
    { method: 'POST', url: '/api/profile', allow: ['GET', 'HEAD', 'OPTIONS'] },
    { method: 'PUT', url: '/api/users/1', allow: ['GET', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS'] },
    { method: 'POST', url: '/api/tokens/current', allow: ['DELETE', 'OPTIONS'] },
  ]
  for (const { method, url, allow } of WRONG_METHODS) {
    it(`answers ${method} ${url} with 405 and Allow: ${allow.join(', ')}`, async (t) => {
      const { app, database } = await createTestApp(t)
      const before = await storedRows(database)

      const res = await app.inject({ method, url, payload: { title: 'A title', body: 'A body' } })

      assert.equal(res.statusCode, 405, res.body)
      assert.equal(errorBody(res).code, 'method_not_allowed')
      assert.deepEqual(methodSet(res.headers.allow), [...allow].sort())
      assert.deepEqual(await storedRows(database), before)
    })
  }

  it('treats /api/posts/ as /api/posts for reading and writing', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')

    const created = await app.inject({
      method: 'POST',
      url: '/api/posts/',
      headers: ada.headers,
      payload: { title: 'Slashed', body: 'A body' },
    })
    assert.equal(created.statusCode, 201, created.body)
    assert.equal((await storedRows(database)).posts.length, 1)

    const listed = await app.inject({ method: 'GET', url: '/api/posts/' })
    assert.equal(listed.statusCode, 200, listed.body)
    assert.deepEqual(
      listed.json().posts.map((p: { title: string }) => p.title),
      ['Slashed'],
    )
  })
})

describe('request ids', () => {
  const SANE_GENERATED = /^[\w.:@-]{8,128}$/

  /** One request for each status a client commonly meets. */
  async function oneOfEach(app: App, ada: SignedUp, headers: Record<string, string> = {}) {
    const post = await app.inject({ method: 'POST', url: '/api/posts', headers: { ...ada.headers, ...headers }, payload: { title: 'T', body: 'B' } })
    const requests = {
      200: await app.inject({ method: 'GET', url: '/api/posts', headers }),
      201: post,
      400: await app.inject({ method: 'POST', url: '/api/posts', headers: { ...ada.headers, ...headers }, payload: { title: '' } }),
      401: await app.inject({ method: 'POST', url: '/api/posts', headers, payload: { title: 'T', body: 'B' } }),
      404: await app.inject({ method: 'GET', url: '/nope', headers }),
      405: await app.inject({ method: 'PUT', url: '/api/posts', headers }),
      415: await app.inject({
        method: 'POST',
        url: '/api/posts',
        headers: { ...ada.headers, ...headers, 'content-type': 'text/plain' },
        payload: 'hello',
      }),
      204: await app.inject({ method: 'DELETE', url: `/api/posts/${post.json().id}`, headers: { ...ada.headers, ...headers } }),
    }
    for (const [status, res] of Object.entries(requests)) assert.equal(res.statusCode, Number(status), res.body)
    return requests
  }

  it('puts a fresh X-Request-Id on every response, success or error, different each time', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')

    const responses = Object.values(await oneOfEach(app, ada))

    const ids = responses.map((res) => res.headers['x-request-id'])
    for (const id of ids) assert.match(String(id), SANE_GENERATED)
    assert.equal(new Set(ids).size, ids.length)
    for (const res of responses.filter((r) => r.statusCode >= 400)) errorBody(res) // request_id matches the header
  })

  it('echoes a sane client X-Request-Id in the header and in the error body', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')

    const responses = await oneOfEach(app, ada, { 'x-request-id': 'abc-123' })

    for (const res of Object.values(responses)) assert.equal(res.headers['x-request-id'], 'abc-123')
    for (const status of [400, 401, 404, 405, 415] as const) assert.equal(errorBody(responses[status]).request_id, 'abc-123')
  })

  const INSANE_IDS = [
    { name: 'too long', id: 'a'.repeat(200) },
    { name: 'with spaces', id: 'abc 123' },
    { name: 'with a double quote', id: 'abc"123' },
    { name: 'with a single quote', id: "abc'123" },
    { name: 'with angle brackets', id: '<script>' },
    { name: 'with a tab', id: 'abc\t123' },
  ]
  for (const { name, id } of INSANE_IDS) {
    it(`replaces a client X-Request-Id ${name} with a generated one`, async (t) => {
      const { app } = await createTestApp(t)

      const res = await app.inject({ method: 'GET', url: '/nope', headers: { 'x-request-id': id } })

      const echoed = String(res.headers['x-request-id'])
      assert.notEqual(echoed, id)
      assert.match(echoed, SANE_GENERATED)
      assert.equal(errorBody(res).request_id, echoed)
    })
  }

  it('replaces a client X-Request-Id containing a newline with a generated one', async (t) => {
    const { app } = await createTestApp(t)
    const res = await app.inject({ method: 'GET', url: '/nope', headers: { 'x-request-id': 'abc\n123' } })

    const echoed = String(res.headers['x-request-id'])
    assert.doesNotMatch(echoed, /\n/)
    assert.match(echoed, SANE_GENERATED)
  })
})

describe('5xx responses', () => {
  it('answers a failure inside the database with a bare 500 that tells nothing of the internals', async (t) => {
    const { app, database } = await createTestApp(t)
    await database.db.destroy()

    for (const url of ['/api/posts', '/api/users', '/api/posts/1']) {
      const res = await app.inject({ method: 'GET', url })

      assert.match(String(res.headers['content-type']), /^application\/json/)
      assertError(res, 500, { error: 'Internal server error', code: 'internal_error' })
    }
  })
})

describe('health probes', () => {
  it('says /healthz ok and /readyz ready while the database answers', async (t) => {
    const { app } = await createTestApp(t)

    const health = await app.inject({ method: 'GET', url: '/healthz' })
    assert.equal(health.statusCode, 200)
    assert.deepEqual(health.json(), { status: 'ok' })

    const ready = await app.inject({ method: 'GET', url: '/readyz' })
    assert.equal(ready.statusCode, 200)
    assert.deepEqual(ready.json(), { status: 'ready' })
  })

  it('answers /readyz with 503 and Retry-After once the database is gone, while /healthz stays 200', async (t) => {
    const { app, database } = await createTestApp(t)
    await database.db.destroy()

    const ready = await app.inject({ method: 'GET', url: '/readyz' })
    assert.equal(ready.statusCode, 503, ready.body)
    assert.equal(errorBody(ready).code, 'service_unavailable')
    assert.match(String(ready.headers['retry-after']), /^\d+$/)

    const health = await app.inject({ method: 'GET', url: '/healthz' })
    assert.equal(health.statusCode, 200)
    assert.deepEqual(health.json(), { status: 'ok' })
  })
})

describe('access log', () => {
  /** An app like createTestApp's, but logging at info into `lines`. */
  async function loggedApp(t: TestContext) {
    const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'info' })
    const database = createDatabase(config.databaseUrl, config.database)
    await database.migrate()
    const chunks: string[] = []
    const stream = new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        chunks.push(chunk.toString())
        callback()
      },
    })
    const app = await buildApp({ config, database, clock: new FakeClock(), logger: { level: 'info', stream } })
    t.after(() => app.close())
    const text = () => chunks.join('')
    const lines = () =>
      text()
        .split('\n')
        .filter((line) => line.trim() !== '')
    return { app, text, lines }
  }

  it('writes exactly one JSON line per request, with id, method, route, status and ms, and never a password or token', async (t) => {
    const { app, text, lines } = await loggedApp(t)
    const password = 'Sup3r-secret-passphrase'
    const wrongPassword = 'Wr0ng-secret-passphrase'
    const leakyPassword = 'Leaky-secret-passphrase'

    const signUpRes = await app.inject({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'ada', email: 'ada@example.com', password },
    })
    const login = await app.inject({ method: 'POST', url: '/api/tokens', payload: { username: 'ada', password } })
    const token = login.json().token as string
    const auth = { authorization: `Bearer ${token}` }
    const requests: { res: LightMyRequestResponse; method: string; route: string | null; status: number }[] = [
      { res: signUpRes, method: 'POST', route: '/api/users', status: 201 },
      { res: login, method: 'POST', route: '/api/tokens', status: 201 },
      {
        res: await app.inject({ method: 'GET', url: '/api/profile', headers: auth }),
        method: 'GET',
        route: '/api/profile',
        status: 200,
      },
      {
        res: await app.inject({ method: 'POST', url: '/api/posts', headers: auth, payload: { title: 'T', body: 'B' } }),
        method: 'POST',
        route: '/api/posts',
        status: 201,
      },
      {
        res: await app.inject({ method: 'POST', url: '/api/tokens', payload: { username: 'ada', password: wrongPassword } }),
        method: 'POST',
        route: '/api/tokens',
        status: 401,
      },
      {
        // Malformed JSON whose parse error could quote the password back.
        res: await app.inject({
          method: 'POST',
          url: '/api/tokens',
          headers: JSON_TYPE,
          payload: `{"username":"ada","password":${leakyPassword}}`,
        }),
        method: 'POST',
        route: '/api/tokens',
        status: 400,
      },
      {
        res: await app.inject({ method: 'GET', url: '/api/posts?limit=5', headers: { authorization: 'Bearer not-a-real-token' } }),
        method: 'GET',
        route: '/api/posts',
        status: 401,
      },
      { res: await app.inject({ method: 'GET', url: '/nope' }), method: 'GET', route: null, status: 404 },
      {
        res: await app.inject({ method: 'DELETE', url: '/api/tokens/current', headers: auth }),
        method: 'DELETE',
        route: '/api/tokens/current',
        status: 204,
      },
    ]
    await new Promise((resolve) => setImmediate(resolve))

    for (const r of requests) assert.equal(r.res.statusCode, r.status, r.res.body)
    const logged = lines().map((line) => JSON.parse(line) as Record<string, unknown>)
    assert.equal(logged.length, requests.length, text())
    for (const r of requests) {
      const id = r.res.headers['x-request-id']
      const mine = logged.filter((entry) => entry.request_id === id)
      assert.equal(mine.length, 1, `${r.method} ${r.route}: ${JSON.stringify(mine)}`)
      const entry = mine[0]!
      assert.equal(entry.method, r.method)
      assert.ok('route' in entry, JSON.stringify(entry))
      if (r.route !== null) assert.equal(entry.route, r.route)
      assert.equal(entry.status, r.status)
      assert.equal(typeof entry.ms, 'number')
      assert.ok((entry.ms as number) >= 0)
    }

    const log = text()
    for (const secret of [password, wrongPassword, leakyPassword, token, 'not-a-real-token']) {
      assert.equal(log.includes(secret), false, `the log contains ${secret}`)
    }
  })

  it("binds the request's id to every line a request logs, its access line included", async (t) => {
    const { app, lines } = await loggedApp(t)
    app.get('/explodes', async (request) => {
      request.log.warn({ step: 1 }, 'about to fail')
      throw new Error('boom')
    })
    const quiet = await app.inject({ method: 'GET', url: '/api/posts/1' })
    const failed = await app.inject({ method: 'GET', url: '/explodes' })
    assert.equal(failed.statusCode, 500)
    await new Promise((resolve) => setImmediate(resolve))

    const logged = lines().map((line) => JSON.parse(line) as Record<string, unknown>)
    const of = (res: LightMyRequestResponse) => logged.filter((entry) => entry.request_id === res.headers['x-request-id'])
    assert.deepEqual(
      of(quiet).map((entry) => entry.msg),
      ['request'],
    )
    assert.deepEqual(
      of(failed).map((entry) => [entry.msg, entry.level]),
      [
        ['about to fail', 40],
        ['request failed', 50],
        ['request', 30],
      ],
    )
    assert.equal(logged.length, 4, lines().join('\n'))
  })

  it('writes, for each answer, the very line pino would write for the same fields', async (t) => {
    const { app, lines } = await loggedApp(t)
    const requests = [
      { url: '/api/posts/1', route: '/api/posts/:id' },
      // A backslash reaches the line as it came (quotes and the rest arrive percent-encoded).
      { url: '/api/posts?tag=back\\slash%22', route: '/api/posts' },
      { url: '/nowhere', route: null },
    ]
    for (const { url } of requests) await app.inject({ method: 'GET', url, headers: { 'x-request-id': `line-${url.length}` } })
    await new Promise((resolve) => setImmediate(resolve))
    const written = lines()
    assert.equal(written.length, requests.length, written.join('\n'))

    const withoutTime = (line: string) => line.replace(/,"time":[^,]+/, '')
    for (const [i, { url, route }] of requests.entries()) {
      const line = written[i]!
      const { status, ms } = JSON.parse(line) as { status: number; ms: number }
      app.log.child({ request_id: `line-${url.length}` }).info({ method: 'GET', route, url, status, ms }, 'request')
      await new Promise((resolve) => setImmediate(resolve))
      assert.equal(withoutTime(line), withoutTime(lines().at(-1)!))
    }
  })
})

describe('caching and sniffing', () => {
  it('marks every answer nosniff, and keeps answers to authenticated requests and new tokens out of caches', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')

    const anonymous = await app.inject({ method: 'GET', url: '/api/posts' })
    assert.equal(anonymous.headers['x-content-type-options'], 'nosniff')
    assert.equal(anonymous.headers['cache-control'], undefined)

    const profile = await app.inject({ method: 'GET', url: '/api/profile', headers: ada.headers })
    assert.equal(profile.statusCode, 200)
    assert.equal(profile.headers['cache-control'], 'no-store')
    assert.equal(profile.headers['x-content-type-options'], 'nosniff')

    const login = await app.inject({ method: 'POST', url: '/api/tokens', payload: { username: 'ada', password: ada.password } })
    assert.equal(login.statusCode, 201)
    assert.equal(login.headers['cache-control'], 'no-store')
  })
})

describe('requests the router itself refuses', () => {
  it('answers a path that is not valid percent-encoding with a 400 JSON error carrying the request id', async (t) => {
    const { app } = await createTestApp(t)
    const res = await app.inject({ method: 'GET', url: '/api/posts/%zz', headers: { 'x-request-id': 'bad-url-1' } })
    assert.equal(res.headers['x-request-id'], 'bad-url-1')
    assertError(res, 400, { error: 'The URL is not validly percent-encoded', code: 'bad_request' })
  })

  it('answers an absurdly long id as an unknown post, not with a framework error', async (t) => {
    const { app } = await createTestApp(t)
    for (const id of ['9'.repeat(120), '9'.repeat(500)]) {
      const res = await app.inject({ method: 'GET', url: `/api/posts/${id}` })
      assert.equal(res.statusCode, 404, res.body)
      assert.equal(errorBody(res).code, 'not_found')
    }
  })

  it('answers a CORS preflight for a path that does not exist with a JSON 404 and no grant', async (t) => {
    const { app } = await createTestApp(t)
    const res = await app.inject({
      method: 'OPTIONS',
      url: '/api/nope',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'GET' },
    })
    assert.equal(res.statusCode, 404)
    assert.equal(res.headers['access-control-allow-origin'], undefined)
    assert.equal(errorBody(res).error, 'Route not found')
  })

  it('refuses a body with more fields than any route takes before validating each, and stores nothing', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const before = await storedRows(database)
    const payload = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]))
    const res = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload })
    assertError(res, 400, { error: 'Request body must have at most 50 fields', code: 'validation_failed' })
    assert.deepEqual(await storedRows(database), before)
  })
})

describe('input every engine must treat alike', () => {
  it('refuses the NUL character in any string field, before it reaches the database', async (t) => {
    const { app, database } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const attempts = [
      { url: '/api/tokens', headers: {}, payload: { username: 'a\u0000b', password: 'whatever-it-is' }, field: 'username' },
      { url: '/api/posts', headers: ada.headers, payload: { title: 'T\u0000', body: 'B' }, field: 'title' },
      { url: '/api/users', headers: {}, payload: { username: 'nul', email: 'n\u0000@example.com', password: 'a fine password' }, field: 'email' },
    ]
    for (const { url, headers, payload, field } of attempts) {
      const res = await app.inject({ method: 'POST', url, headers, payload })
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`)
      assert.deepEqual(errorBody(res).details, [{ field, message: 'must not contain the NUL character (\\u0000)' }])
    }
    assert.deepEqual((await storedRows(database)).posts, [])
  })

  it('answers 404 for ids past the largest either engine stores, and 400 for such a filter', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    for (const [method, url] of [
      ['GET', '/api/posts/2147483648'],
      ['GET', '/api/users/3000000000'],
      ['PATCH', '/api/posts/3000000000'],
    ] as const) {
      const res = await app.inject({ method, url, headers: ada.headers, payload: method === 'PATCH' ? { title: 'x' } : undefined })
      assert.equal(res.statusCode, 404, `${method} ${url}: ${res.body}`)
    }
    const filtered = await app.inject({ method: 'GET', url: '/api/posts?author_id=3000000000' })
    assert.equal(filtered.statusCode, 400)
    assert.equal(errorBody(filtered).details?.[0]?.field, 'author_id')
  })
})
