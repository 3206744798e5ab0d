/**
 * The test kit: a fresh app on a fresh database for each test, the few steps most tests start
 * with, the one way to assert an error and to read what is stored, and the access-matrix runner.
 *
 * @example
 *   const { app } = await createTestApp(t)
 *   const ada = await signUp(app, 'ada')
 *   const res = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload })
 */
import assert from 'node:assert/strict'
import type { TestContext } from 'node:test'
import type { LightMyRequestResponse } from 'fastify'
import type { Kysely, Selectable } from 'kysely'
import { createFreshDatabase } from './support/databases.js'
import { buildApp, type App } from '../src/app.js'
import type { Clock } from '../src/clock.js'
import { loadConfig, type Config } from '../src/config.js'
import { createDatabase, type DatabaseHandle } from '../src/db/database.js'
import type { Database } from '../src/db/schema.js'

/** A clock that stands still until a test moves it. */
export class FakeClock implements Clock {
  private current: number

  constructor(start = '2030-01-01T00:00:00.000Z') {
    this.current = Date.parse(start)
  }

  now(): Date {
    return new Date(this.current)
  }

  advance(ms: number): void {
    this.current += ms
  }
}

export interface TestApp {
  app: App
  database: DatabaseHandle
  clock: FakeClock
}

/**
 * Builds an app on an empty, migrated database of the engine under test (in memory for SQLite, a
 * schema of its own for PostgreSQL); closes both when the test ends.
 */
export async function createTestApp(
  t: TestContext,
  options: { env?: Record<string, string>; clock?: FakeClock } = {},
): Promise<TestApp> {
  const fresh = await createFreshDatabase({ inMemory: true })
  const config: Config = loadConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent', ...options.env })
  const database = createDatabase(config.databaseUrl, config.database)
  await database.migrate()
  const clock = options.clock ?? new FakeClock()
  const app = await buildApp({ config, database, clock, logger: false })
  t.after(async () => {
    await app.close()
    await fresh.drop()
  })
  return { app, database, clock }
}

export interface SignedUp {
  id: number
  username: string
  email: string
  password: string
  token: string
  /** `{ authorization: 'Bearer …' }`, ready to pass as `headers`. */
  headers: { authorization: string }
}

/** Registers `username` (with a derived email and password) and logs in. */
export async function signUp(app: App, username: string, password = `${username}-password-1`): Promise<SignedUp> {
  const email = `${username}@example.com`
  const created = await app.inject({ method: 'POST', url: '/api/users', payload: { username, email, password } })
  if (created.statusCode !== 201) throw new Error(`sign-up of ${username} failed: ${created.statusCode} ${created.body}`)
  const token = await logIn(app, { username, password })
  return { id: created.json().id, username, email, password, token, headers: bearer(token) }
}

/** Issues a token; fails the test if that does not succeed. */
export async function logIn(app: App, credentials: Record<string, string>): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/tokens', payload: credentials })
  if (res.statusCode !== 201) throw new Error(`login failed: ${res.statusCode} ${res.body}`)
  return res.json().token
}

/** An ETag as Inkwell writes them: the schema's 8-character hash, then the rows' versions. */
export const ETAG = /^"[A-Za-z0-9_-]{8}(\.\d+)+"$/

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** A comma-separated header (Allow, Vary, Access-Control-*) as a sorted list of lower-case items. */
export const headerItems = (header: unknown) =>
  String(header ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '')
    .sort()

/** Writes a post as `author`; fails the test if that does not succeed. */
export async function createPost(
  app: App,
  author: SignedUp,
  post: { title: string; body: string; description?: string; tags?: string[] } = { title: 'A title', body: 'A body' },
): Promise<PostBody> {
  const res = await app.inject({ method: 'POST', url: '/api/posts', headers: author.headers, payload: post })
  if (res.statusCode !== 201) throw new Error(`post failed: ${res.statusCode} ${res.body}`)
  return res.json()
}

export interface PostBody {
  id: number
  slug: string
  title: string
  description: string
  body: string
  tags: string[]
  author: { id: number; username: string; bio: string | null; image: string | null; following: boolean }
  favorites_count: number
  favorited: boolean
  created_at: string
  updated_at: string
}

export interface ErrorResponseBody {
  error: string
  code: string
  details?: { field: string; message: string }[]
  request_id: string
}

/** The response's JSON error body, after checking it has the shape every error has. */
export function errorBody(res: LightMyRequestResponse): ErrorResponseBody {
  if (!String(res.headers['content-type']).startsWith('application/json')) {
    throw new Error(`expected a JSON error, got ${res.headers['content-type']}: ${res.body}`)
  }
  const body = res.json() as ErrorResponseBody
  if (typeof body.error !== 'string' || typeof body.code !== 'string' || body.request_id !== res.headers['x-request-id']) {
    throw new Error(`not an Inkwell error body: ${res.body}`)
  }
  return body
}

/** An error body as a test expects it: everything but the request id, which `assertError` checks itself. */
export interface ExpectedError {
  error: string
  code: string
  details?: { field: string; message: string }[]
}

export const INVALID_TOKEN: ExpectedError = { error: 'Invalid token', code: 'invalid_token' }
export const FORBIDDEN: ExpectedError = { error: 'Forbidden', code: 'forbidden' }
export const INVALID_CREDENTIALS: ExpectedError = { error: 'Invalid username, email or password', code: 'invalid_credentials' }
export const notFound = (what: 'User' | 'Post' | 'Comment' | 'Route'): ExpectedError => ({ error: `${what} not found`, code: 'not_found' })
export const validationFailed = (...details: { field: string; message: string }[]): ExpectedError => ({
  error: 'Request validation failed',
  code: 'validation_failed',
  details,
})
export const conflict = (field: 'username' | 'email'): ExpectedError => ({
  error: `That ${field} is already taken`,
  code: 'conflict',
  details: [{ field, message: 'is already taken' }],
})

/**
 * Asserts the status and the exact error body: `expected` plus the request id the response's
 * `X-Request-Id` names, and nothing else (no `details` unless expected).
 */
export function assertError(res: LightMyRequestResponse, status: number, expected: ExpectedError): ErrorResponseBody {
  assert.equal(res.statusCode, status, res.body)
  const body = errorBody(res)
  assert.deepEqual(body, { ...problemOf(res, status, expected), ...expected, request_id: res.headers['x-request-id'] })
  return body
}

/**
 * The RFC 9457 members an error body carries beside Inkwell's own, written out here rather than
 * taken from src/ so that a changed title or type URI fails the tests (clients may key on them).
 */
export const PROBLEM_TITLES: Record<string, string> = {
  invalid_json: 'Invalid JSON',
  validation_failed: 'Validation failed',
  bad_request: 'Bad request',
  invalid_credentials: 'Invalid credentials',
  invalid_token: 'Invalid token',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  precondition_failed: 'Precondition failed',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  rate_limited: 'Too many requests',
  internal_error: 'Internal server error',
  service_unavailable: 'Service unavailable',
}

/** `type`, `title`, `status`, `detail` and `instance` of the problem `res` should describe. */
export function problemOf(
  res: { raw: { req: { url?: string } } } | { url: string },
  status: number,
  expected: { error: string; code: string },
): { type: string; title: string; status: number; detail: string; instance: string } {
  const url = 'url' in res ? res.url : (res.raw.req.url ?? '')
  return {
    type: `urn:inkwell:problem:${expected.code.replaceAll('_', '-')}`,
    title: PROBLEM_TITLES[expected.code] ?? `(no title for ${expected.code})`,
    status,
    detail: expected.error,
    instance: new URL(url, 'http://localhost').pathname,
  }
}

/**
 * Asserts a 401 `invalid_token` with its exact body and the challenge RFC 6750 §3 asks for:
 * `Bearer` alone when the request sent no credentials, `Bearer error="invalid_token"` when it sent
 * some that do not work.
 */
export function assertInvalidToken(res: LightMyRequestResponse): void {
  assertError(res, 401, INVALID_TOKEN)
  const sentCredentials = res.raw.req.headers.authorization !== undefined
  assert.equal(res.headers['www-authenticate'], sentCredentials ? 'Bearer error="invalid_token"' : 'Bearer')
}

/** The tables a request can change. */
export type StoredTable = 'users' | 'posts' | 'tokens' | 'follows' | 'post_tags' | 'favorites' | 'comments'

export type StoredRows = { [T in StoredTable]: Selectable<Database[T]>[] }

/**
 * Every stored row of every table, as the database holds it, ordered by key: compare one taken
 * before a request with one taken after to show that the request changed nothing.
 */
export async function storedRows(database: DatabaseHandle): Promise<StoredRows> {
  const { db } = database
  return {
    users: await db.selectFrom('users').selectAll().orderBy('id').execute(),
    posts: await db.selectFrom('posts').selectAll().orderBy('id').execute(),
    tokens: await db.selectFrom('tokens').selectAll().orderBy('id').execute(),
    follows: await db.selectFrom('follows').selectAll().orderBy('follower_id').orderBy('followed_id').execute(),
    post_tags: await db.selectFrom('post_tags').selectAll().orderBy('post_id').orderBy('position').execute(),
    favorites: await db.selectFrom('favorites').selectAll().orderBy('user_id').orderBy('post_id').execute(),
    comments: await db.selectFrom('comments').selectAll().orderBy('id').execute(),
  }
}

/** One stored row as the database holds it, or undefined when there is none. */
export async function storedRow<T extends 'users' | 'posts' | 'tokens'>(
  database: DatabaseHandle,
  table: T,
  id: number,
): Promise<Selectable<Database[T]> | undefined> {
  // Kysely cannot follow a table name that is a type parameter; the result type above says what it is.
  const db = database.db as unknown as Kysely<{ any: { id: number } }>
  const row = await db.selectFrom(table as 'any').selectAll().where('id', '=', id).executeTakeFirst()
  return row as Selectable<Database[T]> | undefined
}

/**
 * One row of an access matrix, after pocketbase's `tests.ApiScenario`: who calls which route, and
 * what they must get. `F` is what `arrange` made for it (the target, the callers' headers).
 */
export interface AccessScenario<F> {
  /** The route, as the OpenAPI document names it: `PATCH /api/users/{id}`. */
  route: string
  /** A key of the fixture's `callers`: `anonymous`, `owner`, … */
  caller: string
  request(fixture: F): { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: Record<string, unknown> }
  status: number
  /** For a refusal, the exact error body; 401 and 403 default to the usual ones. */
  error?: ExpectedError
  /** For a success, what else the client must see, or the database must hold (`before`: as it was). */
  then?(res: LightMyRequestResponse, fixture: F, before: StoredRows): Promise<void> | void
}

/**
 * Runs every scenario as a subtest of `t`, each on a fixture `arrange` makes afresh. A refusal must
 * answer its status with the exact error body (401s with their `WWW-Authenticate` challenge) and
 * leave every stored row as it was; a success runs its `then`.
 */
export async function runAccessMatrix<F extends { callers: Record<string, Record<string, string>> }>(
  t: TestContext,
  options: { app: App; database: DatabaseHandle; arrange(): Promise<F>; scenarios: AccessScenario<F>[] },
): Promise<void> {
  const { app, database, arrange, scenarios } = options
  for (const scenario of scenarios) {
    const verdict = scenario.status < 300 ? `is allowed (${scenario.status})` : `is refused with ${scenario.status}`
    await t.test(`${scenario.route} by ${scenario.caller} ${verdict}`, async () => {
      const fixture = await arrange()
      const headers = fixture.callers[scenario.caller]
      assert.ok(headers, `no caller called ${scenario.caller}`)
      const { method, url, payload } = scenario.request(fixture)
      const before = await storedRows(database)
      const res = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) })

      assert.equal(res.statusCode, scenario.status, res.body)
      if (scenario.status < 400) {
        await scenario.then?.(res, fixture, before)
        return
      }
      if (scenario.status === 401) assertInvalidToken(res)
      const expected = scenario.error ?? (scenario.status === 401 ? INVALID_TOKEN : scenario.status === 403 ? FORBIDDEN : undefined)
      assert.ok(expected, `${scenario.route}: say which error a ${scenario.status} is`)
      assertError(res, scenario.status, expected)
      assert.deepEqual(await storedRows(database), before, 'a refused request changed nothing')
    })
  }
}

/** Headers that carry a token this server never issued. */
export const BAD_TOKEN = { authorization: 'Bearer not-a-token-this-server-issued' }
