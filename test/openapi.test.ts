/**
 * The OpenAPI document against the routes the app really serves, and the /docs reference page.
 * Registering a route without documenting it (or documenting one that does not exist) fails here.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import type { App } from '../src/app.js'
import { createTestApp } from './helpers.js'

interface Schema {
  type?: string
  required?: string[]
  properties?: Record<string, Schema>
  additionalProperties?: boolean | Schema
}

interface Operation {
  tags?: string[]
  security?: Record<string, string[]>[]
  parameters?: { in: string; name: string }[]
  requestBody?: { content?: Record<string, { schema?: Schema }> }
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>
}

interface OpenApiDocument {
  openapi: string
  tags?: { name: string; description?: string }[]
  paths: Record<string, Record<string, Operation>>
  components?: { securitySchemes?: Record<string, Record<string, unknown>> }
}

const HTTP_METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options', 'trace']

async function openApi(app: App): Promise<OpenApiDocument> {
  const res = await app.inject({ method: 'GET', url: '/openapi.json' })
  assert.equal(res.statusCode, 200, res.body)
  assert.match(String(res.headers['content-type']), /^application\/json/)
  return res.json()
}

/** `GET /api/posts/{id}` for every documented route the app registered (HEAD left to GET). */
async function servedOperations(app: App): Promise<string[]> {
  await app.ready()
  const served = app.methodIndex.routes
    .filter((route) => route.documented && route.method !== 'HEAD')
    .map((route) => `${route.method} ${route.url.replace(/:(\w+)/g, '{$1}')}`)
  return [...new Set(served)].sort()
}

function documentedOperations(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths)
    .flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => HTTP_METHODS.includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    )
    .sort()
}

/** Every documented operation, for walking the document. */
function operations(doc: OpenApiDocument): { name: string; operation: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([key]) => HTTP_METHODS.includes(key))
      .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
  )
}

const jsonSchemaOf = (response: { content?: Record<string, { schema?: Schema }> } | undefined) =>
  response?.content?.['application/json']?.schema

/** The operations that need a bearer token; every other one is public. */
const SECURED = [
  'POST /api/posts',
  'PUT /api/posts/{id}',
  'PATCH /api/posts/{id}',
  'DELETE /api/posts/{id}',
  'PATCH /api/users/{id}',
  'DELETE /api/users/{id}',
  'GET /api/profile',
  'DELETE /api/tokens/current',
].sort()

/** The contract's routes, so that a route silently dropped from both the app and the document fails too. */
const CONTRACT = [
  'GET /healthz',
  'GET /readyz',
  'GET /api/users',
  'POST /api/users',
  'GET /api/users/{id}',
  'PATCH /api/users/{id}',
  'DELETE /api/users/{id}',
  'GET /api/profile',
  'POST /api/tokens',
  'DELETE /api/tokens/current',
  'GET /api/posts',
  'POST /api/posts',
  'GET /api/posts/{id}',
  'PUT /api/posts/{id}',
  'PATCH /api/posts/{id}',
  'DELETE /api/posts/{id}',
].sort()

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1.0 document', async (t) => {
    const { app } = await createTestApp(t)

    const doc = await openApi(app)

    assert.equal(doc.openapi, '3.1.0')
  })

  it('documents every route the app serves, and nothing it does not', async (t) => {
    const { app } = await createTestApp(t)

    const served = await servedOperations(app)
    const documented = documentedOperations(await openApi(app))

    assert.deepEqual(
      served.filter((op) => !documented.includes(op)),
      [],
      'served but not documented',
    )
    assert.deepEqual(
      documented.filter((op) => !served.includes(op)),
      [],
      'documented but not served',
    )
    assert.deepEqual(documented, CONTRACT)
  })

  it('keeps out of the document only the docs themselves, the Prometheus endpoint and the CORS catch-all', async (t) => {
    const { app } = await createTestApp(t)
    await app.ready()

    const hidden = app.methodIndex.routes.filter((route) => !route.documented).map((route) => route.url)

    assert.deepEqual(
      hidden.filter((url) => !(url === '*' || url === '/metrics' || url === '/openapi.json' || url === '/docs' || url.startsWith('/docs/'))),
      [],
    )
  })

  it('gives every operation a 2xx response and documents each error with the error schema', async (t) => {
    const { app } = await createTestApp(t)
    const doc = await openApi(app)

    for (const { name, operation } of operations(doc)) {
      const statuses = Object.keys(operation.responses)
      const success = statuses.filter((s) => /^2\d\d$/.test(s))
      assert.equal(success.length, 1, `${name}: ${statuses.join(', ')}`)
      const ok = success[0]!
      if (ok === '204') {
        assert.equal(jsonSchemaOf(operation.responses[ok]), undefined, `${name}: a 204 has no body`)
      } else {
        const schema = jsonSchemaOf(operation.responses[ok])
        assert.ok(schema?.properties && Object.keys(schema.properties).length > 0, `${name} ${ok} has no JSON schema`)
      }

      for (const status of statuses.filter((s) => /^[45]\d\d$/.test(s))) {
        const schema = jsonSchemaOf(operation.responses[status])
        assert.ok(schema, `${name} ${status} has no JSON schema`)
        for (const field of ['error', 'code', 'request_id']) {
          assert.ok(schema.properties?.[field], `${name} ${status}: no ${field} property`)
          assert.ok(schema.required?.includes(field), `${name} ${status}: ${field} not required`)
        }
      }

      // What the contract says every route of each kind can answer.
      const expected: string[] = []
      if (operation.requestBody) expected.push('400', '413', '415')
      if (name.includes('{id}')) expected.push('404')
      if (operation.parameters?.some((p) => p.in === 'query')) expected.push('400')
      for (const status of expected) assert.ok(statuses.includes(status), `${name} does not document ${status}`)
    }
  })

  it('marks exactly the routes that need a token as requiring bearerAuth, the rest as taking it optionally, all documenting 401', async (t) => {
    const { app } = await createTestApp(t)
    const doc = await openApi(app)

    const scheme = doc.components?.securitySchemes?.bearerAuth
    assert.equal(scheme?.type, 'http')
    assert.equal(String(scheme?.scheme).toLowerCase(), 'bearer')
    const secured: string[] = []
    for (const { name, operation } of operations(doc)) {
      // Any route refuses a token that does not work, so every one documents 401.
      assert.ok(operation.responses['401'], `${name} does not document 401`)
      if (SECURED.includes(name)) {
        assert.deepEqual(operation.security, [{ bearerAuth: [] }], name)
        secured.push(name)
      } else {
        // `{}` first: no token is fine, and a token, when sent, is checked.
        assert.deepEqual(operation.security, [{}, { bearerAuth: [] }], name)
      }
    }
    assert.deepEqual(secured.sort(), SECURED)
  })

  it('files every operation under one tag the document declares, and declares only tags in use', async (t) => {
    const { app } = await createTestApp(t)
    const doc = await openApi(app)

    const declared = (doc.tags ?? []).map((tag) => tag.name)
    assert.equal(new Set(declared).size, declared.length, `a tag declared twice: ${declared.join(', ')}`)
    for (const tag of doc.tags ?? []) assert.ok(tag.description, `the tag ${tag.name} has no description`)
    const used = new Set<string>()
    for (const { name, operation } of operations(doc)) {
      assert.equal(operation.tags?.length, 1, `${name} is filed under ${JSON.stringify(operation.tags)}`)
      const [tag] = operation.tags!
      assert.ok(declared.includes(tag!), `${name} is filed under ${tag}, which the document does not declare`)
      used.add(tag!)
    }
    assert.deepEqual(
      declared.filter((tag) => !used.has(tag)),
      [],
      'declared but used by no operation',
    )
  })

  it('describes the body of POST /api/posts as title and body, both required, nothing else', async (t) => {
    const { app } = await createTestApp(t)
    const doc = await openApi(app)

    const schema = doc.paths['/api/posts']?.post?.requestBody?.content?.['application/json']?.schema
    assert.ok(schema, 'no JSON request body for POST /api/posts')
    assert.equal(schema.type, 'object')
    assert.deepEqual([...(schema.required ?? [])].sort(), ['body', 'title'])
    assert.deepEqual(Object.keys(schema.properties ?? {}).sort(), ['body', 'title'])
    assert.equal(schema.additionalProperties, false)
  })
})

describe('GET /docs', () => {
  /** GET, following at most one redirect, as a browser would. */
  async function browse(app: App, url: string): Promise<{ res: LightMyRequestResponse; url: URL }> {
    let current = new URL(url, 'http://localhost')
    let res = await app.inject({ method: 'GET', url: current.pathname + current.search })
    if (res.statusCode >= 300 && res.statusCode < 400) {
      assert.ok(res.headers.location, 'a redirect without Location')
      current = new URL(String(res.headers.location), current)
      res = await app.inject({ method: 'GET', url: current.pathname + current.search })
    }
    return { res, url: current }
  }

  it('serves Swagger UI, pointed at a spec URL that answers with the OpenAPI document', async (t) => {
    const { app } = await createTestApp(t)

    const page = await browse(app, '/docs')
    assert.equal(page.res.statusCode, 200, page.res.body)
    assert.match(String(page.res.headers['content-type']), /^text\/html/)
    const scripts = [...page.res.body.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => new URL(m[1]!, page.url))
    assert.ok(scripts.some((src) => /swagger-ui-bundle\.js$/.test(src.pathname)), page.res.body)

    // Swagger UI reads its spec URL from the initializer script (or an inline config).
    let specUrl: URL | undefined
    // The vendor bundles are Swagger UI itself; the configuration lives in the page or its own script.
    const ownScripts = scripts.filter((src) => !/swagger-ui-(bundle|standalone-preset)\.js$/.test(src.pathname))
    for (const src of [page.url, ...ownScripts]) {
      const text = src === page.url ? page.res.body : (await app.inject({ method: 'GET', url: src.pathname })).body
      const relative = /url:\s*resolveUrl\(\s*['"]([^'"]+)['"]\s*\)/.exec(text)
      const absolute = /\burl:\s*['"]([^'"]+)['"]/.exec(text)
      if (relative) {
        // resolveUrl() resolves against the page's address with a trailing slash.
        const base = page.url.href.endsWith('/') ? page.url.href : `${page.url.href}/`
        specUrl = new URL(relative[1]!, base)
      } else if (absolute) {
        specUrl = new URL(absolute[1]!, page.url)
      }
      if (specUrl) break
    }
    assert.ok(specUrl, 'no spec URL found in the page or its scripts')

    const spec = await app.inject({ method: 'GET', url: specUrl.pathname })
    assert.equal(spec.statusCode, 200, `${specUrl.pathname}: ${spec.body}`)
    assert.match(String(spec.headers['content-type']), /^application\/json/)
    assert.deepEqual(spec.json(), await openApi(app))
  })
})
