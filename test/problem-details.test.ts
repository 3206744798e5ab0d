/**
 * RFC 9457 problem details: every error code Inkwell answers with, caused for real, in both
 * media types. The problem members are additive: the body keeps `error`, `code`, `details` and
 * `request_id`, and a client that does not ask for `application/problem+json` still gets
 * `application/json`.
 */
import assert from 'node:assert/strict'
import { describe, it, type TestContext } from 'node:test'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { ERROR_CODES } from '../src/errors.js'
import type { App } from '../src/app.js'
import { createTestApp, problemOf, signUp, type SignedUp } from './helpers.js'

interface Scenario {
  code: (typeof ERROR_CODES)[number]
  status: number
  error: string
  details?: { field: string; message: string }[]
  /** Sends the request that fails, with `accept` added to its headers. */
  request: (apps: Apps, accept: Record<string, string>) => Promise<LightMyRequestResponse>
}

interface Apps {
  app: App
  ada: SignedUp
  grace: SignedUp
  postId: number
  /** Rate limits of one request a minute, a body limit of 1 KiB. */
  strict: App
  /** Its database is gone: reads fail (500) and readiness says so (503). */
  broken: App
}

const inject = (app: App, options: InjectOptions, accept: Record<string, string>) =>
  app.inject({ ...options, headers: { ...(options.headers as Record<string, string>), ...accept } })

const JSON_BODY = { 'content-type': 'application/json' }

const SCENARIOS: Scenario[] = [
  {
    code: 'invalid_json',
    status: 400,
    error: 'Request body is not valid JSON: Unexpected end of JSON input',
    request: ({ app, ada }, accept) =>
      inject(app, { method: 'POST', url: '/api/posts', headers: { ...ada.headers, ...JSON_BODY }, payload: '{"title":' }, accept),
  },
  {
    code: 'validation_failed',
    status: 400,
    error: 'Request validation failed',
    details: [{ field: 'title', message: 'must not be blank' }],
    request: ({ app, ada }, accept) =>
      inject(app, { method: 'POST', url: '/api/posts', headers: ada.headers, payload: { title: ' ', body: 'x' } }, accept),
  },
  {
    code: 'bad_request',
    status: 400,
    error: 'The URL is not validly percent-encoded',
    request: ({ app }, accept) => inject(app, { method: 'GET', url: '/api/posts/%zz' }, accept),
  },
  {
    code: 'invalid_credentials',
    status: 401,
    error: 'Invalid username, email or password',
    request: ({ app }, accept) =>
      inject(app, { method: 'POST', url: '/api/tokens', payload: { username: 'ada', password: 'not the password' } }, accept),
  },
  {
    code: 'invalid_token',
    status: 401,
    error: 'Invalid token',
    request: ({ app }, accept) => inject(app, { method: 'GET', url: '/api/profile' }, accept),
  },
  {
    code: 'forbidden',
    status: 403,
    error: 'Forbidden',
    request: ({ app, grace, postId }, accept) => inject(app, { method: 'DELETE', url: `/api/posts/${postId}`, headers: grace.headers }, accept),
  },
  {
    code: 'not_found',
    status: 404,
    error: 'Post not found',
    request: ({ app, postId }, accept) => inject(app, { method: 'GET', url: `/api/posts/${postId + 1000}` }, accept),
  },
  {
    code: 'method_not_allowed',
    status: 405,
    error: 'Method PUT is not allowed here; use GET, HEAD, POST, OPTIONS',
    request: ({ app }, accept) => inject(app, { method: 'PUT', url: '/api/users' }, accept),
  },
  {
    code: 'conflict',
    status: 409,
    error: 'That username is already taken',
    details: [{ field: 'username', message: 'is already taken' }],
    request: ({ app }, accept) =>
      inject(app, { method: 'POST', url: '/api/users', payload: { username: 'ADA', email: 'other@example.com', password: 'long enough password' } }, accept),
  },
  {
    code: 'precondition_failed',
    status: 412,
    error: 'The resource has changed since you read it; GET it again and retry',
    request: ({ app, ada, postId }, accept) =>
      inject(app, { method: 'PATCH', url: `/api/posts/${postId}`, headers: { ...ada.headers, 'if-match': '"stale"' }, payload: { title: 'New' } }, accept),
  },
  {
    code: 'payload_too_large',
    status: 413,
    error: 'Request body is too large',
    request: ({ strict }, accept) =>
      inject(strict, { method: 'POST', url: '/api/users', payload: { username: 'x'.repeat(2000) } }, accept),
  },
  {
    code: 'unsupported_media_type',
    status: 415,
    error: 'Content-Type must be application/json',
    request: ({ app, ada }, accept) =>
      inject(app, { method: 'POST', url: '/api/posts', headers: { ...ada.headers, 'content-type': 'text/plain' }, payload: 'hello' }, accept),
  },
  {
    code: 'rate_limited',
    status: 429,
    error: 'Too many requests; retry in 1 minute',
    request: async ({ strict }, accept) => {
      // The limit is one a minute: the first request of each scenario uses it up.
      await inject(strict, { method: 'GET', url: '/api/posts' }, {})
      return inject(strict, { method: 'GET', url: '/api/posts' }, accept)
    },
  },
  {
    code: 'internal_error',
    status: 500,
    error: 'Internal server error',
    request: ({ broken }, accept) => inject(broken, { method: 'GET', url: '/api/posts' }, accept),
  },
  {
    code: 'service_unavailable',
    status: 503,
    error: 'Service unavailable',
    request: ({ broken }, accept) => inject(broken, { method: 'GET', url: '/readyz' }, accept),
  },
]

async function setUp(t: TestContext): Promise<Apps> {
  const { app } = await createTestApp(t)
  const ada = await signUp(app, 'ada')
  const grace = await signUp(app, 'grace')
  const created = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload: { title: 'Mine', body: 'x' } })
  assert.equal(created.statusCode, 201, created.body)
  const { app: strict } = await createTestApp(t, { env: { RATE_LIMIT: '1/1m', BODY_LIMIT: '1kb' } })
  const { app: broken, database } = await createTestApp(t)
  await database.db.destroy()
  return { app, ada, grace, postId: created.json().id, strict, broken }
}

/** What a client's Accept says, and which media type the error must then come as. */
const NEGOTIATIONS: { accept: string | undefined; type: string }[] = [
  { accept: undefined, type: 'application/json' },
  { accept: 'application/json', type: 'application/json' },
  { accept: '*/*', type: 'application/json' },
  { accept: 'application/problem+json', type: 'application/problem+json' },
  { accept: 'application/problem+json, application/json;q=0.9', type: 'application/problem+json' },
  { accept: 'application/json, application/problem+json;q=0.5', type: 'application/json' },
  { accept: 'application/problem+json;q=0', type: 'application/json' },
]

describe('error answers as RFC 9457 problem details', () => {
  it('covers every error code', () => {
    assert.deepEqual(SCENARIOS.map((scenario) => scenario.code).sort(), [...ERROR_CODES].sort())
  })

  for (const scenario of SCENARIOS) {
    it(`answers ${scenario.code} as a problem, in the media type Accept asks for`, async (t) => {
      const apps = await setUp(t)
      for (const { accept, type } of NEGOTIATIONS) {
        const what = `${scenario.code} with Accept: ${accept ?? '(none)'}`
        const res = await scenario.request(apps, accept === undefined ? {} : { accept })

        assert.equal(res.statusCode, scenario.status, `${what}: ${res.body}`)
        assert.equal(res.headers['content-type'], `${type}; charset=utf-8`, what)
        const expected = { error: scenario.error, code: scenario.code, ...(scenario.details && { details: scenario.details }) }
        assert.deepEqual(
          JSON.parse(res.body),
          { ...problemOf(res, scenario.status, expected), ...expected, request_id: res.headers['x-request-id'] },
          what,
        )
      }
    })
  }
})
