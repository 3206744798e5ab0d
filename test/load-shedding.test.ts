/**
 * Load shedding: while the event loop is saturated, new requests are refused at once with 503 and
 * Retry-After, liveness and metrics still answer, and service resumes once the loop is free.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createTestApp, errorBody } from './helpers.js'
import { engineIndependent } from './support/databases.js'

/** Keeps the event loop busy: `sliceMs` of work per turn of the loop, for `forMs`. */
function saturate(forMs: number, sliceMs: number): Promise<void> {
  const until = Date.now() + forMs
  return new Promise((done) => {
    const spin = () => {
      const sliceEnd = Date.now() + sliceMs
      while (Date.now() < sliceEnd) {
        // Busy, as a CPU-bound request would keep it.
      }
      if (Date.now() < until) setImmediate(spin)
      else done()
    }
    spin()
  })
}

describe('load shedding', { skip: engineIndependent }, () => {
  it('refuses new requests with 503 and Retry-After while the event loop is saturated, keeps /healthz and /metrics answering, and recovers', async (t) => {
    const { app } = await createTestApp(t, { env: { MAX_EVENT_LOOP_DELAY: '50ms' } })
    await app.ready()
    assert.equal((await app.inject({ method: 'GET', url: '/api/posts' })).statusCode, 200)

    // Past the two seconds of grace after start, and longer than under-pressure's one-second
    // sample, at about 100 ms of delay per turn.
    await saturate(3000, 100)
    const refused = await app.inject({ method: 'GET', url: '/api/posts' })
    assert.equal(refused.statusCode, 503)
    assert.equal(refused.headers['retry-after'], '2')
    const body = errorBody(refused)
    assert.equal(body.code, 'service_unavailable')
    assert.equal(body.error, 'The server is overloaded; retry shortly')
    assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200, 'liveness still answers')
    const metrics = await app.inject({ method: 'GET', url: '/metrics' })
    assert.equal(metrics.statusCode, 200, 'metrics still answer')
    assert.match(metrics.body, /^http_request_duration_seconds_count\{route="\/api\/posts",method="GET",status="503"\} 1$/m)

    // Once a whole sample passes with the loop free, requests are served again.
    await new Promise((done) => setTimeout(done, 2200))
    assert.equal((await app.inject({ method: 'GET', url: '/api/posts' })).statusCode, 200)
  })

  it('does not shed in the first two seconds after start, whose readings measure the start itself', async (t) => {
    const { app } = await createTestApp(t, { env: { MAX_EVENT_LOOP_DELAY: '50ms' } })
    await app.ready()
    await saturate(1500, 100)
    assert.equal((await app.inject({ method: 'GET', url: '/api/posts' })).statusCode, 200)
  })

  it('is off with MAX_EVENT_LOOP_DELAY=off', async (t) => {
    const { app } = await createTestApp(t, { env: { MAX_EVENT_LOOP_DELAY: 'off' } })
    await app.ready()
    await saturate(3000, 100)
    assert.equal((await app.inject({ method: 'GET', url: '/api/posts' })).statusCode, 200)
  })
})
