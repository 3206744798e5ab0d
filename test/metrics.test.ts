/**
 * GET /metrics through app.inject: what an operator's dashboards and alerts read. The scrape by a
 * real Prometheus, the cluster's sum and the metrics port are in metrics.process.test.ts.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { bearer, createTestApp, errorBody, signUp } from './helpers.js'
import { engine } from './support/databases.js'
import type { App } from '../src/app.js'

/** Every sample of the exposition as `name{labels}` → value. */
async function scrapeSamples(app: App, headers: Record<string, string> = {}): Promise<Map<string, number>> {
  const res = await app.inject({ method: 'GET', url: '/metrics', headers })
  assert.equal(res.statusCode, 200, res.body)
  assert.equal(res.headers['content-type'], 'text/plain; version=0.0.4; charset=utf-8')
  const samples = new Map<string, number>()
  for (const line of res.body.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const at = line.lastIndexOf(' ')
    samples.set(line.slice(0, at), Number(line.slice(at + 1)))
  }
  return samples
}

const series = (name: string, labels: Record<string, string>) =>
  `${name}{${Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .join(',')}}`

describe('GET /metrics', () => {
  it('counts requests by route pattern, method and status, never by raw URL, with their latency', async (t) => {
    const { app } = await createTestApp(t)
    const ada = await signUp(app, 'ada')
    const created = await app.inject({ method: 'POST', url: '/api/posts', headers: ada.headers, payload: { title: 'T', body: 'B' } })
    const id = created.json().id
    for (let i = 0; i < 3; i++) assert.equal((await app.inject({ method: 'GET', url: `/api/posts/${id}` })).statusCode, 200)
    assert.equal((await app.inject({ method: 'GET', url: '/api/posts/999999' })).statusCode, 404)
    assert.equal((await app.inject({ method: 'GET', url: '/no/such/thing' })).statusCode, 404)

    const samples = await scrapeSamples(app)
    const byId = { route: '/api/posts/:id', method: 'GET' }
    assert.equal(samples.get(series('http_request_duration_seconds_count', { ...byId, status: '200' })), 3)
    assert.equal(samples.get(series('http_request_duration_seconds_count', { ...byId, status: '404' })), 1)
    assert.equal(samples.get(series('http_request_duration_seconds_count', { route: '/api/posts', method: 'POST', status: '201' })), 1)
    assert.equal(samples.get(series('http_request_duration_seconds_count', { route: 'unmatched', method: 'GET', status: '404' })), 1)
    assert.equal(samples.get(series('http_request_duration_seconds_bucket', { ...byId, status: '200', le: '+Inf' })), 3)
    // Buckets are cumulative and end at the count.
    const buckets = [...samples].filter(([name]) => name.startsWith(series('http_request_duration_seconds_bucket', { ...byId, status: '200' }).slice(0, -1)))
    assert.equal(buckets.length, 14)
    assert.deepEqual(buckets.map(([, value]) => value), [...buckets.map(([, value]) => value)].sort((a, b) => a - b))
    const sum = samples.get(series('http_request_duration_seconds_sum', { ...byId, status: '200' }))!
    assert.ok(sum > 0 && sum < 3, `three reads took ${sum} s in all`)

    const names = [...samples.keys()].join('\n')
    assert.ok(!names.includes(`/api/posts/${id}`), 'no raw URL becomes a label')
    assert.ok(!names.includes('/no/such/thing'), 'no unknown path becomes a label')
  })

  it('shows the scrape itself in flight, the Argon2 queue, event-loop delay and the process defaults', async (t) => {
    const { app } = await createTestApp(t)
    const samples = await scrapeSamples(app)
    assert.equal(samples.get('http_requests_in_flight'), 1, 'the scrape is the one request in flight')
    assert.equal(samples.get(series('inkwell_password_hashes', { state: 'waiting' })), 0)
    assert.equal(samples.get(series('inkwell_password_hashes', { state: 'running' })), 0)
    for (const name of ['nodejs_eventloop_lag_p99_seconds', 'process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes']) {
      assert.ok(samples.has(name), `${name} is exposed`)
    }
    // After the scrape, nothing is in flight any more.
    assert.equal((await scrapeSamples(app)).get('http_requests_in_flight'), 1)
  })

  it(`reports the ${engine === 'postgres' ? 'PostgreSQL pool: connections and waits' : 'no pool on SQLite, which has none'}`, async (t) => {
    const { app } = await createTestApp(t, { env: { DB_POOL_SIZE: '7' } })
    await signUp(app, 'ada')
    const samples = await scrapeSamples(app)
    if (engine === 'postgres') {
      assert.equal(samples.get(series('db_pool_connections', { state: 'max' })), 7)
      assert.ok(samples.get(series('db_pool_connections', { state: 'open' }))! >= 1)
      assert.equal(samples.get('db_pool_waiting'), 0)
      assert.ok(samples.get('db_pool_wait_seconds_count')! >= 3, 'the sign-up and login checked connections out')
    } else {
      assert.ok(![...samples.keys()].some((name) => name.startsWith('db_pool_')))
    }
  })

  it('counts rate-limit refusals by route, and is itself never rate limited', async (t) => {
    const { app } = await createTestApp(t, { env: { RATE_LIMIT: '2/1m' } })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await app.inject({ method: 'GET', url: '/api/posts' })).statusCode)
    assert.deepEqual(statuses, [200, 200, 429])
    for (let i = 0; i < 4; i++) await scrapeSamples(app)
    const samples = await scrapeSamples(app)
    assert.equal(samples.get(series('http_rate_limited_total', { route: '/api/posts' })), 1)
    assert.equal(samples.get(series('http_request_duration_seconds_count', { route: '/api/posts', method: 'GET', status: '429' })), 1)
  })

  it('with METRICS_TOKEN, answers only a scrape that sends it', async (t) => {
    const token = 'metrics-token-0123456789'
    const { app } = await createTestApp(t, { env: { METRICS_TOKEN: token } })
    for (const headers of [{}, bearer('wrong-token-0123456789'), { authorization: token }]) {
      const res = await app.inject({ method: 'GET', url: '/metrics', headers })
      assert.equal(res.statusCode, 401)
      assert.equal(errorBody(res).code, 'invalid_token')
      assert.match(String(res.headers['www-authenticate']), /^Bearer/)
    }
    assert.ok((await scrapeSamples(app, bearer(token))).has('http_requests_in_flight'))
  })

  it('with METRICS_PORT, is not served on the API port', async (t) => {
    const { app } = await createTestApp(t, { env: { METRICS_PORT: '9464' } })
    assert.equal((await app.inject({ method: 'GET', url: '/metrics' })).statusCode, 404)
  })
})
