/**
 * A small HTTP client for tests that talk to a running server over a real socket.
 *
 * Every request goes out on a connection of its own that is closed afterwards: a test that kills
 * or stops a server must not find its next request stuck on a pooled socket of the old one, and
 * with several cluster workers a kept-alive connection would pin every request to one of them.
 */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'

export interface Answer {
  status: number
  headers: IncomingHttpHeaders
  /** The body parsed as JSON, or null when it was empty. */
  json: any
}

export interface CallOptions {
  token?: string
  body?: unknown
  /** The request fails instead of waiting longer than this for the whole answer. */
  timeoutMs?: number
}

/** `method path` against `base`; rejects on a network failure or a timeout, never on a status. */
export function call(base: string, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body)
  const headers: Record<string, string> = { connection: 'close' }
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`
  if (payload !== undefined) {
    headers['content-type'] = 'application/json'
    headers['content-length'] = String(Buffer.byteLength(payload))
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, base), {
      method,
      headers,
      agent: false,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    })
    req.once('error', reject)
    req.once('response', (res) => readAnswer(res, `${method} ${path}`).then(resolve, reject))
    req.end(payload)
  })
}

/** A response read to its end, its body parsed as JSON; `what` names the request in an error. */
export function readAnswer(res: IncomingMessage, what: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let text = ''
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => (text += chunk))
    res.once('error', reject)
    res.once('end', () => {
      try {
        resolve({ status: res.statusCode!, headers: res.headers, json: text === '' ? null : JSON.parse(text) })
      } catch (error) {
        reject(new Error(`${what} answered ${res.statusCode} with a body that is not JSON: ${text}`, { cause: error }))
      }
    })
  })
}

export interface Account {
  id: number
  username: string
  password: string
  token: string
}

/** Signs `username` up and logs in, over HTTP; fails the test if either does not succeed. */
export async function signUpOver(base: string, username: string): Promise<Account> {
  const password = `${username}-password-1`
  const created = await call(base, 'POST', '/api/users', { body: { username, email: `${username}@example.com`, password } })
  if (created.status !== 201) throw new Error(`sign-up of ${username} failed: ${created.status} ${JSON.stringify(created.json)}`)
  return { id: created.json.id, username, password, token: await logInOver(base, username, password) }
}

/** A new token for `username`; fails the test if the login does not succeed. */
export async function logInOver(base: string, username: string, password: string): Promise<string> {
  const res = await call(base, 'POST', '/api/tokens', { body: { username, password } })
  if (res.status !== 201) throw new Error(`login of ${username} failed: ${res.status} ${JSON.stringify(res.json)}`)
  return res.json.token
}

/** Rate limits would turn a test's burst of requests into 429s; these tests are not about them. */
export const RATE_LIMITS_OFF = { RATE_LIMIT: 'off', RATE_LIMIT_LOGIN: 'off', RATE_LIMIT_SIGNUP: 'off' } as const

/** Polls `check` every `intervalMs` until it returns a value other than undefined, for at most `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  { timeoutMs = 10_000, intervalMs = 25 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((done) => setTimeout(done, intervalMs))
  }
}

/**
 * Cleanups that run last-in first-out when `t` ends, each even if an earlier one failed. Create it
 * before `freshDatabase(t)`, whose own cleanup then runs after these (node:test runs a test's
 * `after` hooks in the order they were added), so servers stop before their database is dropped.
 */
export function cleanups(t: { after(fn: () => Promise<void>): void }): (task: () => unknown) => void {
  const tasks: (() => unknown)[] = []
  t.after(async () => {
    const errors: unknown[] = []
    for (const task of tasks.reverse()) {
      try {
        await task()
      } catch (error) {
        errors.push(error)
      }
    }
    if (errors.length > 0) throw errors[0]
  })
  return (task) => tasks.push(task)
}
