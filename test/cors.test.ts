/**
 * CORS as a browser sees it: preflights, the headers on actual responses, `null` and disallowed
 * origins, the allowlist, and CORS_ORIGINS validation at start.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { ConfigError, loadConfig } from '../src/config.js'
import { createTestApp, headerItems } from './helpers.js'


const EXPOSED = ['location', 'link', 'etag', 'retry-after', 'x-request-id']

const preflight = (origin: string, url: string, method = 'PUT') => ({
  method: 'OPTIONS' as const,
  url,
  headers: {
    origin,
    'access-control-request-method': method,
    'access-control-request-headers': 'authorization, content-type',
  },
})

function assertNoCorsGrant(res: LightMyRequestResponse) {
  assert.equal(res.headers['access-control-allow-origin'], undefined, JSON.stringify(res.headers))
  assert.equal(res.headers['access-control-allow-credentials'], undefined)
}

function assertVariesOnOrigin(res: LightMyRequestResponse) {
  assert.ok(headerItems(res.headers.vary).includes('origin'), `Vary: ${res.headers.vary}`)
}

describe('CORS with the default CORS_ORIGINS (*)', () => {
  const PREFLIGHTS = [
    { url: '/api/posts/1', method: 'DELETE', methods: ['DELETE', 'GET', 'HEAD', 'PATCH', 'PUT'] },
    { url: '/api/posts', method: 'POST', methods: ['GET', 'HEAD', 'POST'] },
    { url: '/api/profile', method: 'GET', methods: ['GET', 'HEAD'] },
    { url: '/api/tokens/current', method: 'DELETE', methods: ['DELETE'] },
  ]
  for (const { url, method, methods } of PREFLIGHTS) {
    it(`answers a preflight for ${url} with 204 and exactly that path's methods`, async (t) => {
      const { app } = await createTestApp(t)

      const res = await app.inject(preflight('http://localhost:3000', url, method))

      assert.equal(res.statusCode, 204, res.body)
      assert.equal(res.headers['access-control-allow-origin'], '*')
      const allowed = headerItems(res.headers['access-control-allow-methods'])
        .map((m) => m.toUpperCase())
        .filter((m) => m !== 'OPTIONS')
      assert.deepEqual(allowed, methods)
      const headers = headerItems(res.headers['access-control-allow-headers'])
      assert.ok(headers.includes('authorization'), String(res.headers['access-control-allow-headers']))
      assert.ok(headers.includes('content-type'), String(res.headers['access-control-allow-headers']))
      const maxAge = Number(res.headers['access-control-max-age'])
      assert.ok(Number.isInteger(maxAge) && maxAge > 0 && maxAge <= 7200, `Max-Age: ${res.headers['access-control-max-age']}`)
      assert.equal(res.headers['access-control-allow-credentials'], undefined)
      assert.equal(res.body, '')
    })
  }

  const ACTUAL = [
    { name: '200 from GET /api/posts', method: 'GET' as const, url: '/api/posts', status: 200 },
    { name: '401 from POST /api/posts without a token', method: 'POST' as const, url: '/api/posts', status: 401 },
    { name: '401 from a bad token', method: 'GET' as const, url: '/api/posts', status: 401, token: 'nope' },
    { name: '404 from an unknown path', method: 'GET' as const, url: '/api/nope', status: 404 },
    { name: '404 from an unknown post', method: 'GET' as const, url: '/api/posts/999', status: 404 },
    { name: '405 from a wrong method', method: 'PUT' as const, url: '/api/posts', status: 405 },
  ]
  for (const { name, method, url, status, token } of ACTUAL) {
    it(`lets a page on any origin read the ${name}, with the exposed headers`, async (t) => {
      const { app } = await createTestApp(t)

      const res = await app.inject({
        method,
        url,
        headers: { origin: 'https://anywhere.example', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(method === 'GET' ? {} : { payload: { title: 'A title', body: 'A body' } }),
      })

      assert.equal(res.statusCode, status, res.body)
      assert.equal(res.headers['access-control-allow-origin'], '*')
      const exposed = headerItems(res.headers['access-control-expose-headers'])
      for (const header of EXPOSED) assert.ok(exposed.includes(header), `${header} not in ${res.headers['access-control-expose-headers']}`)
      assert.equal(res.headers['access-control-allow-credentials'], undefined)
    })
  }

  it('grants nothing to Origin: null, on a preflight or an actual request', async (t) => {
    const { app } = await createTestApp(t)

    const pre = await app.inject(preflight('null', '/api/posts/1'))
    assertNoCorsGrant(pre)
    assert.equal(pre.headers['access-control-allow-methods'], undefined)

    const actual = await app.inject({ method: 'GET', url: '/api/posts', headers: { origin: 'null' } })
    assert.equal(actual.statusCode, 200)
    assertNoCorsGrant(actual)
  })

  it('answers a bare OPTIONS without Origin with 204 and the Allow header', async (t) => {
    const { app } = await createTestApp(t)

    const res = await app.inject({ method: 'OPTIONS', url: '/api/posts/1' })

    assert.equal(res.statusCode, 204, res.body)
    assert.deepEqual(headerItems(res.headers.allow), ['delete', 'get', 'head', 'options', 'patch', 'put'])
    assert.equal(res.headers['access-control-allow-origin'], undefined)
  })
})

describe('CORS with an allowlist', () => {
  const env = { CORS_ORIGINS: 'http://localhost:3000,https://app.example.com' }

  for (const origin of ['http://localhost:3000', 'https://app.example.com']) {
    it(`echoes the allowed origin ${origin} exactly, with Vary: Origin`, async (t) => {
      const { app } = await createTestApp(t, { env })

      const pre = await app.inject(preflight(origin, '/api/posts/1', 'PATCH'))
      assert.equal(pre.statusCode, 204, pre.body)
      assert.equal(pre.headers['access-control-allow-origin'], origin)
      assertVariesOnOrigin(pre)
      assert.ok(headerItems(pre.headers['access-control-allow-methods']).includes('patch'))
      assert.equal(pre.headers['access-control-allow-credentials'], undefined)

      for (const url of ['/api/posts', '/api/nope']) {
        const actual = await app.inject({ method: 'GET', url, headers: { origin } })
        assert.equal(actual.headers['access-control-allow-origin'], origin)
        assertVariesOnOrigin(actual)
        const exposed = headerItems(actual.headers['access-control-expose-headers'])
        for (const header of EXPOSED) assert.ok(exposed.includes(header), `${header} not exposed on ${url}`)
      }
    })
  }

  for (const origin of ['http://evil.example', 'http://localhost:3001', 'https://localhost:3000', 'http://app.example.com', 'null']) {
    it(`grants nothing to ${origin}, and still says Vary: Origin`, async (t) => {
      const { app } = await createTestApp(t, { env })

      const pre = await app.inject(preflight(origin, '/api/posts/1'))
      assertNoCorsGrant(pre)
      assert.equal(pre.headers['access-control-allow-methods'], undefined)
      assertVariesOnOrigin(pre)

      const actual = await app.inject({ method: 'GET', url: '/api/posts', headers: { origin } })
      assert.equal(actual.statusCode, 200)
      assertNoCorsGrant(actual)
      assertVariesOnOrigin(actual)
    })
  }

  it('says Vary: Origin even on a request without Origin, so caches keep the answers apart', async (t) => {
    const { app } = await createTestApp(t, { env })

    const res = await app.inject({ method: 'GET', url: '/api/posts' })

    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['access-control-allow-origin'], undefined)
    assertVariesOnOrigin(res)
  })
})

describe('CORS_ORIGINS validation', () => {
  for (const value of ['http://localhost:3000/', 'localhost:3000', '*,http://a.com', 'http://a.com/path', 'http://a.com,ftp:']) {
    it(`refuses CORS_ORIGINS=${value} at start, naming the variable`, () => {
      assert.throws(
        () => loadConfig({ CORS_ORIGINS: value }),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError, String(error))
          assert.ok(
            error.problems.some((problem) => problem.startsWith('CORS_ORIGINS')),
            error.problems.join('\n'),
          )
          assert.match(error.message, /CORS_ORIGINS/)
          return true
        },
      )
    })
  }

  it('accepts * and a list of exact origins', () => {
    assert.equal(loadConfig({}).corsOrigins, '*')
    assert.equal(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins, '*')
    assert.deepEqual(loadConfig({ CORS_ORIGINS: 'http://localhost:3000, https://app.example.com' }).corsOrigins, [
      'http://localhost:3000',
      'https://app.example.com',
    ])
  })
})
