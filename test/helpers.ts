/**
 * A fresh app on a fresh database for each test, and the few steps most tests start with.
 *
 * @example
 *   const { app } = await createTestApp(t)
 *   const ada = await signUp(app, 'ada')
 *   const res = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload })
 */
import type { TestContext } from 'node:test'
import type { LightMyRequestResponse } from 'fastify'
import { createFreshDatabase } from './support/databases.js'
import { buildApp, type App } from '../src/app.js'
import type { Clock } from '../src/clock.js'
import { loadConfig, type Config } from '../src/config.js'
import { createDatabase, type DatabaseHandle } from '../src/db/database.js'

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
  post: { title: string; body: string } = { title: 'A title', body: 'A body' },
): Promise<PostBody> {
  const res = await app.inject({ method: 'POST', url: '/api/posts', headers: author.headers, payload: post })
  if (res.statusCode !== 201) throw new Error(`post failed: ${res.statusCode} ${res.body}`)
  return res.json()
}

export interface PostBody {
  id: number
  title: string
  body: string
  author: { id: number; username: string }
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
