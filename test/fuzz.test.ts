/**
 * Property-based fuzzing driven by the live OpenAPI document: for every operation it serves,
 * requests with generated path ids, query strings, headers and bodies, some valid and many not.
 * Whatever comes in: never a 5xx, every refusal in the error shape with a known code and the
 * request id, and a refusal stores nothing. See issue 10.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { ERROR_CODES } from '../src/errors.js'
import { createTestApp, signUp, storedRows, type SignedUp } from './helpers.js'
import { RATE_LIMITS_OFF } from './support/client.js'

interface Operation {
  method: string
  path: string
  parameters: { name: string; in: string; schema?: { type?: string } }[]
  hasBody: boolean
}

/** Runs per operation; about 20-40 s for the whole document per engine on a small machine. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100)

const jsonValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
)

/** Bodies: the fields Inkwell knows, with good or bad values, plus unknown ones, or no object. */
const body = fc.oneof(
  fc.record(
    {
      title: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), jsonValue),
      body: fc.oneof(fc.string({ maxLength: 60 }), jsonValue),
      username: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_]{2,15}$/), jsonValue),
      email: fc.oneof(fc.emailAddress(), jsonValue),
      password: fc.oneof(fc.string({ minLength: 8, maxLength: 30 }), jsonValue),
      current_password: jsonValue,
      id: jsonValue,
      extra: jsonValue,
    },
    { requiredKeys: [] },
  ),
  jsonValue,
  fc.constant('{"title": '),
)

const idValue = fc.oneof(fc.constant('1'), fc.nat({ max: 50 }).map(String), fc.constant('0'), fc.constant('-1'), fc.constant('1e3'), fc.string({ maxLength: 8 }))

const queryValue = fc.oneof(fc.nat({ max: 200 }).map(String), fc.string({ maxLength: 12 }), fc.constant(''), fc.constant('-5'))

describe('fuzzing every operation of the OpenAPI document', () => {
  it('never answers 5xx, answers every refusal in the error shape, and stores nothing on a refusal', async (t) => {
    const { app, database } = await createTestApp(t, { env: RATE_LIMITS_OFF })
    const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json()
    const operations: Operation[] = []
    for (const [path, item] of Object.entries<Record<string, any>>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue
        operations.push({ method: method.toUpperCase(), path, parameters: operation.parameters ?? [], hasBody: operation.requestBody !== undefined })
      }
    }
    assert.ok(operations.length >= 10, `the document lists ${operations.length} operations`)

    let accounts = 0
    let caller: SignedUp = await signUp(app, `fuzzer${accounts++}`)
    await app.inject({ method: 'POST', url: '/api/posts', headers: caller.headers, payload: { title: 'seed', body: 'seed' } })
    const statuses = new Map<string, number>()

    for (const operation of operations) {
      const request = fc.record({
        ids: fc.array(idValue, { minLength: 4, maxLength: 4 }),
        query: fc.dictionary(
          fc.oneof(...operation.parameters.filter((p) => p.in === 'query').map((p) => fc.constant(p.name)), fc.constant('unknown')),
          queryValue,
          { maxKeys: 3 },
        ),
        auth: fc.constantFrom('caller', 'none', 'garbage'),
        body: fc.option(body, { nil: undefined }),
        contentType: fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/json; charset=latin1'),
        ownId: fc.boolean(),
      })
      await fc.assert(
        fc.asyncProperty(request, async (input) => {
          let n = 0
          const url =
            operation.path.replace(/\{[^}]+\}/g, () => {
              const id = input.ids[n++]!
              return encodeURIComponent(input.ownId && operation.path.startsWith('/api/users') ? String(caller.id) : id)
            }) + (Object.keys(input.query).length > 0 ? `?${new URLSearchParams(input.query)}` : '')
          const headers: Record<string, string> = {}
          if (input.auth === 'caller') Object.assign(headers, caller.headers)
          if (input.auth === 'garbage') headers.authorization = 'Bearer garbage'
          let payload: string | undefined
          if (input.body !== undefined && operation.method !== 'GET') {
            payload = typeof input.body === 'string' && input.body.startsWith('{') ? input.body : JSON.stringify(input.body)
            headers['content-type'] = input.contentType
          }

          const before = await storedRows(database)
          const res = await app.inject({ method: operation.method, url, headers, payload })
          const key = `${operation.method} ${operation.path} ${res.statusCode}`
          statuses.set(key, (statuses.get(key) ?? 0) + 1)
          assert.ok(res.statusCode < 500, `${operation.method} ${url} answered ${res.statusCode}: ${res.body}`)
          if (res.statusCode >= 400 && operation.path.startsWith('/conduit/')) {
            // The RealWorld dialect's shape: messages keyed by what they are about, and nothing else.
            const error = res.json()
            assert.deepEqual(Object.keys(error), ['errors'], `${operation.method} ${url}: ${res.body}`)
            const entries = Object.entries<unknown>(error.errors)
            assert.ok(entries.length > 0, res.body)
            for (const [, messages] of entries) assert.ok(Array.isArray(messages) && messages.length > 0 && messages.every((m) => typeof m === 'string'), res.body)
            assert.deepEqual(await storedRows(database), before, `${operation.method} ${url} refused with ${res.statusCode} yet changed what is stored`)
          } else if (res.statusCode >= 400) {
            const error = res.json()
            // RFC 9457 problem details, with Inkwell's own members beside them, and nothing else.
            const PROBLEM = ['type', 'title', 'status', 'detail', 'instance', 'error', 'code', 'request_id', 'details']
            assert.deepEqual(
              Object.keys(error).filter((k) => !PROBLEM.includes(k)),
              [],
              `${operation.method} ${url}: ${res.body}`,
            )
            assert.ok((ERROR_CODES as readonly string[]).includes(error.code), res.body)
            assert.equal(typeof error.error, 'string')
            assert.equal(error.status, res.statusCode, res.body)
            assert.equal(error.detail, error.error, res.body)
            assert.equal(error.request_id, res.headers['x-request-id'])
            assert.deepEqual(await storedRows(database), before, `${operation.method} ${url} refused with ${res.statusCode} yet changed what is stored`)
          }
          // A success may end the caller's session (sign-out, account deleted, password changed).
          const still = await app.inject({ method: 'GET', url: '/api/profile', headers: caller.headers })
          if (still.statusCode !== 200) caller = await signUp(app, `fuzzer${accounts++}`)
        }),
        { numRuns: RUNS },
      )
    }
    t.diagnostic(`${operations.length} operations, ${RUNS} runs each; ${statuses.size} (operation, status) pairs seen`)
  })
})
