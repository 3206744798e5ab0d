/**
 * The OpenAPI document against the routes the app really serves, and the /docs reference page.
 * Registering a route without documenting it (or documenting one that does not exist) fails here.
 */
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type LightMyRequestResponse } from 'fastify'
import type { App } from '../src/app.js'
import { ErrorBody } from '../src/http/errors.js'
import { Post, PostList } from '../src/posts/posts.schemas.js'
import { IssuedToken } from '../src/tokens/tokens.schemas.js'
import { OwnUser, PublicUser, UserList, UserResponse } from '../src/users/users.schemas.js'
import { createTestApp } from './helpers.js'

interface Schema {
  $ref?: string
  type?: string
  required?: string[]
  properties?: Record<string, Schema>
  additionalProperties?: boolean | Schema
}

interface Response {
  description?: string
  headers?: Record<string, { description?: string; schema?: Schema }>
  content?: Record<string, { schema?: Schema }>
}

interface Operation {
  operationId?: string
  summary?: string
  description?: string
  tags?: string[]
  security?: Record<string, string[]>[]
  parameters?: { in: string; name: string }[]
  requestBody?: { content?: Record<string, { schema?: Schema }> }
  responses: Record<string, Response>
}

interface OpenApiDocument {
  openapi: string
  info: { version: string; license?: { name: string; identifier?: string }; contact?: { name?: string }; description?: string }
  servers?: { url: string }[]
  tags?: { name: string; description?: string }[]
  paths: Record<string, Record<string, Operation>>
  components?: { securitySchemes?: Record<string, Record<string, unknown>>; schemas?: Record<string, Schema> }
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

/** A schema with its `$ref` to a named component followed, as a generator would. */
function resolved(doc: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  const name = schema?.$ref?.replace('#/components/schemas/', '')
  return name === undefined ? schema : doc.components?.schemas?.[name]
}

/** Every operation's id: stable, since generated clients name their functions after them. */
const OPERATION_IDS: Record<string, string> = {
  'GET /healthz': 'checkLiveness',
  'GET /readyz': 'checkReadiness',
  'GET /api/users': 'listUsers',
  'POST /api/users': 'createUser',
  'GET /api/users/{id}': 'getUser',
  'PATCH /api/users/{id}': 'updateUser',
  'DELETE /api/users/{id}': 'deleteUser',
  'GET /api/profile': 'getProfile',
  'PUT /api/users/{id}/follow': 'followUser',
  'DELETE /api/users/{id}/follow': 'unfollowUser',
  'GET /api/users/{id}/followers': 'listFollowers',
  'GET /api/users/{id}/following': 'listFollowing',
  'POST /api/tokens': 'issueToken',
  'DELETE /api/tokens/current': 'revokeToken',
  'GET /api/posts': 'listPosts',
  'POST /api/posts': 'createPost',
  'GET /api/posts/{id}': 'getPost',
  'PUT /api/posts/{id}': 'replacePost',
  'PATCH /api/posts/{id}': 'updatePost',
  'DELETE /api/posts/{id}': 'deletePost',
  'GET /api/posts/by-slug/{slug}': 'getPostBySlug',
  'PUT /api/posts/{id}/favorite': 'favoritePost',
  'DELETE /api/posts/{id}/favorite': 'unfavoritePost',
  'GET /api/feed': 'getFeed',
  'GET /api/tags': 'listTags',
  'GET /api/posts/{id}/comments': 'listComments',
  'POST /api/posts/{id}/comments': 'createComment',
  'GET /api/comments/{id}': 'getComment',
  'DELETE /api/comments/{id}': 'deleteComment',
  // The RealWorld dialect (README, "RealWorld (Conduit) frontends").
  'POST /conduit/api/users': 'conduitRegister',
  'POST /conduit/api/users/login': 'conduitLogin',
  'GET /conduit/api/user': 'conduitGetUser',
  'PUT /conduit/api/user': 'conduitUpdateUser',
  'GET /conduit/api/profiles/{username}': 'conduitGetProfile',
  'POST /conduit/api/profiles/{username}/follow': 'conduitFollow',
  'DELETE /conduit/api/profiles/{username}/follow': 'conduitUnfollow',
  'GET /conduit/api/articles': 'conduitListArticles',
  'GET /conduit/api/articles/feed': 'conduitFeed',
  'GET /conduit/api/articles/{slug}': 'conduitGetArticle',
  'POST /conduit/api/articles': 'conduitCreateArticle',
  'PUT /conduit/api/articles/{slug}': 'conduitUpdateArticle',
  'DELETE /conduit/api/articles/{slug}': 'conduitDeleteArticle',
  'POST /conduit/api/articles/{slug}/favorite': 'conduitFavorite',
  'DELETE /conduit/api/articles/{slug}/favorite': 'conduitUnfavorite',
  'GET /conduit/api/articles/{slug}/comments': 'conduitListComments',
  'POST /conduit/api/articles/{slug}/comments': 'conduitAddComment',
  'DELETE /conduit/api/articles/{slug}/comments/{id}': 'conduitDeleteComment',
  'GET /conduit/api/tags': 'conduitListTags',
}

/** The success answer each operation names as a component, and the headers it declares. */
const SUCCESS: Record<string, { status: string; schema?: string; headers: string[] }> = {
  'GET /healthz': { status: '200', schema: 'HealthStatus', headers: [] },
  'GET /readyz': { status: '200', schema: 'HealthStatus', headers: [] },
  'GET /api/users': { status: '200', schema: 'UserList', headers: ['Link'] },
  'POST /api/users': { status: '201', schema: 'OwnUser', headers: ['Location', 'ETag'] },
  'GET /api/users/{id}': { status: '200', schema: 'User', headers: ['ETag'] },
  'PATCH /api/users/{id}': { status: '200', schema: 'OwnUser', headers: ['ETag'] },
  'DELETE /api/users/{id}': { status: '204', headers: [] },
  'GET /api/profile': { status: '200', schema: 'OwnUser', headers: ['ETag'] },
  'PUT /api/users/{id}/follow': { status: '200', schema: 'PublicUser', headers: ['ETag'] },
  'DELETE /api/users/{id}/follow': { status: '200', schema: 'PublicUser', headers: ['ETag'] },
  'GET /api/users/{id}/followers': { status: '200', schema: 'UserList', headers: ['Link'] },
  'GET /api/users/{id}/following': { status: '200', schema: 'UserList', headers: ['Link'] },
  'POST /api/tokens': { status: '201', schema: 'IssuedToken', headers: ['Cache-Control'] },
  'DELETE /api/tokens/current': { status: '204', headers: [] },
  'GET /api/posts': { status: '200', schema: 'PostList', headers: ['Link'] },
  'POST /api/posts': { status: '201', schema: 'Post', headers: ['Location', 'ETag'] },
  'GET /api/posts/{id}': { status: '200', schema: 'Post', headers: ['ETag'] },
  'PUT /api/posts/{id}': { status: '200', schema: 'Post', headers: ['ETag'] },
  'PATCH /api/posts/{id}': { status: '200', schema: 'Post', headers: ['ETag'] },
  'DELETE /api/posts/{id}': { status: '204', headers: [] },
  'GET /api/posts/by-slug/{slug}': { status: '200', schema: 'Post', headers: ['ETag'] },
  'PUT /api/posts/{id}/favorite': { status: '200', schema: 'Post', headers: ['ETag'] },
  'DELETE /api/posts/{id}/favorite': { status: '200', schema: 'Post', headers: ['ETag'] },
  'GET /api/feed': { status: '200', schema: 'PostList', headers: ['Link'] },
  'GET /api/tags': { status: '200', schema: 'TagList', headers: [] },
  'GET /api/posts/{id}/comments': { status: '200', schema: 'CommentList', headers: ['Link'] },
  'POST /api/posts/{id}/comments': { status: '201', schema: 'Comment', headers: ['Location', 'ETag'] },
  'GET /api/comments/{id}': { status: '200', schema: 'Comment', headers: ['ETag'] },
  'DELETE /api/comments/{id}': { status: '204', headers: [] },
  'POST /conduit/api/users': { status: '201', schema: 'ConduitUser', headers: [] },
  'POST /conduit/api/users/login': { status: '200', schema: 'ConduitUser', headers: [] },
  'GET /conduit/api/user': { status: '200', schema: 'ConduitUser', headers: [] },
  'PUT /conduit/api/user': { status: '200', schema: 'ConduitUser', headers: [] },
  'GET /conduit/api/profiles/{username}': { status: '200', schema: 'ConduitProfile', headers: [] },
  'POST /conduit/api/profiles/{username}/follow': { status: '200', schema: 'ConduitProfile', headers: [] },
  'DELETE /conduit/api/profiles/{username}/follow': { status: '200', schema: 'ConduitProfile', headers: [] },
  'GET /conduit/api/articles': { status: '200', schema: 'ConduitArticleList', headers: [] },
  'GET /conduit/api/articles/feed': { status: '200', schema: 'ConduitArticleList', headers: [] },
  'GET /conduit/api/articles/{slug}': { status: '200', schema: 'ConduitArticle', headers: [] },
  'POST /conduit/api/articles': { status: '201', schema: 'ConduitArticle', headers: [] },
  'PUT /conduit/api/articles/{slug}': { status: '200', schema: 'ConduitArticle', headers: [] },
  'DELETE /conduit/api/articles/{slug}': { status: '204', headers: [] },
  'POST /conduit/api/articles/{slug}/favorite': { status: '200', schema: 'ConduitArticle', headers: [] },
  'DELETE /conduit/api/articles/{slug}/favorite': { status: '200', schema: 'ConduitArticle', headers: [] },
  'GET /conduit/api/articles/{slug}/comments': { status: '200', schema: 'ConduitCommentList', headers: [] },
  'POST /conduit/api/articles/{slug}/comments': { status: '201', schema: 'ConduitComment', headers: [] },
  'DELETE /conduit/api/articles/{slug}/comments/{id}': { status: '204', headers: [] },
  'GET /conduit/api/tags': { status: '200', schema: 'ConduitTags', headers: [] },
}

/** An operation of the RealWorld dialect, which has its own error bodies. */
const isConduit = (name: string) => name.includes(' /conduit/api/')

/** The operations no rate limit counts: a balancer's probes. */
const UNLIMITED = ['GET /healthz', 'GET /readyz']

/** Whether a rate limit counts an operation, as its document says: by the headers its answers carry. */
const rateLimited = (operation: Operation) =>
  Object.values(operation.responses).some((response) => response.headers?.['RateLimit-Limit'] !== undefined)

/** The operations that need a bearer token; every other one is public. */
const SECURED = [
  'POST /api/posts',
  'PUT /api/posts/{id}/favorite',
  'DELETE /api/posts/{id}/favorite',
  'GET /api/feed',
  'PUT /api/posts/{id}',
  'PATCH /api/posts/{id}',
  'DELETE /api/posts/{id}',
  'POST /api/posts/{id}/comments',
  'DELETE /api/comments/{id}',
  'PATCH /api/users/{id}',
  'DELETE /api/users/{id}',
  'GET /api/profile',
  'PUT /api/users/{id}/follow',
  'DELETE /api/users/{id}/follow',
  'DELETE /api/tokens/current',
  'GET /conduit/api/user',
  'PUT /conduit/api/user',
  'POST /conduit/api/profiles/{username}/follow',
  'DELETE /conduit/api/profiles/{username}/follow',
  'GET /conduit/api/articles/feed',
  'POST /conduit/api/articles',
  'PUT /conduit/api/articles/{slug}',
  'DELETE /conduit/api/articles/{slug}',
  'POST /conduit/api/articles/{slug}/favorite',
  'DELETE /conduit/api/articles/{slug}/favorite',
  'POST /conduit/api/articles/{slug}/comments',
  'DELETE /conduit/api/articles/{slug}/comments/{id}',
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
  'PUT /api/users/{id}/follow',
  'DELETE /api/users/{id}/follow',
  'GET /api/users/{id}/followers',
  'GET /api/users/{id}/following',
  'POST /api/tokens',
  'DELETE /api/tokens/current',
  'GET /api/posts',
  'POST /api/posts',
  'GET /api/posts/{id}',
  'PUT /api/posts/{id}',
  'PATCH /api/posts/{id}',
  'DELETE /api/posts/{id}',
  'GET /api/posts/by-slug/{slug}',
  'PUT /api/posts/{id}/favorite',
  'DELETE /api/posts/{id}/favorite',
  'GET /api/feed',
  'GET /api/tags',
  'GET /api/posts/{id}/comments',
  'POST /api/posts/{id}/comments',
  'GET /api/comments/{id}',
  'DELETE /api/comments/{id}',
  'POST /conduit/api/users',
  'POST /conduit/api/users/login',
  'GET /conduit/api/user',
  'PUT /conduit/api/user',
  'GET /conduit/api/profiles/{username}',
  'POST /conduit/api/profiles/{username}/follow',
  'DELETE /conduit/api/profiles/{username}/follow',
  'GET /conduit/api/articles',
  'GET /conduit/api/articles/feed',
  'GET /conduit/api/articles/{slug}',
  'POST /conduit/api/articles',
  'PUT /conduit/api/articles/{slug}',
  'DELETE /conduit/api/articles/{slug}',
  'POST /conduit/api/articles/{slug}/favorite',
  'DELETE /conduit/api/articles/{slug}/favorite',
  'GET /conduit/api/articles/{slug}/comments',
  'POST /conduit/api/articles/{slug}/comments',
  'DELETE /conduit/api/articles/{slug}/comments/{id}',
  'GET /conduit/api/tags',
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
        const schema = resolved(doc, jsonSchemaOf(operation.responses[ok]))
        assert.ok(schema?.properties && Object.keys(schema.properties).length > 0, `${name} ${ok} has no JSON schema`)
      }

      for (const status of statuses.filter((s) => /^[45]\d\d$/.test(s))) {
        const response = operation.responses[status]!
        if (isConduit(name)) {
          // RealWorld's error body, as JSON only: its clients know no problem details.
          assert.deepEqual(Object.keys(response.content ?? {}), ['application/json'], `${name} ${status}`)
          assert.deepEqual(response.content!['application/json']!.schema, { $ref: '#/components/schemas/ConduitErrors' }, `${name} ${status}`)
          continue
        }
        // Both media types a client may ask for, with the one named schema.
        assert.deepEqual(Object.keys(response.content ?? {}), ['application/json', 'application/problem+json'], `${name} ${status}`)
        for (const media of Object.values(response.content ?? {})) {
          assert.deepEqual(media.schema, { $ref: '#/components/schemas/Error' }, `${name} ${status}`)
        }
        assert.ok(response.description && response.description !== 'Default Response', `${name} ${status} has no description`)
      }

      // What the contract says every route of each kind can answer: a token that does not work is
      // refused anywhere (401), anything can meet a bug (500) or the database down (503, even a
      // route that reads nothing looks up the token it is sent), a body is parsed wherever one is
      // sent (a DELETE too), and every route but the probes is rate-limited.
      const expected: string[] = ['401', '500', '503']
      // RealWorld answers invalid input with 422, and names things by slug and username.
      const invalid = isConduit(name) ? '422' : '400'
      if (operation.requestBody) expected.push(invalid, '413', '415')
      else if (name.startsWith('DELETE') && !isConduit(name)) expected.push('400', '413', '415')
      if (/\{(id|slug|username)\}/.test(name)) expected.push('404')
      if (operation.parameters?.some((p) => p.in === 'query')) expected.push(invalid)
      if (rateLimited(operation)) expected.push('429')
      for (const status of expected) assert.ok(statuses.includes(status), `${name} does not document ${status}`)
      if (!rateLimited(operation)) assert.ok(!statuses.includes('429'), `${name} documents 429 but no RateLimit headers`)
      // Every API route is counted; the probes never are.
      if (name.includes(' /api/') || isConduit(name)) assert.ok(rateLimited(operation), `${name} is not rate-limited`)
      if (UNLIMITED.includes(name)) assert.equal(rateLimited(operation), false, `${name} is rate-limited`)
    }
  })

  it('names each shared shape as a component, with the error body and its field errors among them', async (t) => {
    const { app } = await createTestApp(t)
    const doc = await openApi(app)

    assert.deepEqual(Object.keys(doc.components?.schemas ?? {}).sort(), [
      'Comment',
      'CommentList',
      'ConduitArticle',
      'ConduitArticleList',
      'ConduitComment',
      'ConduitCommentList',
      'ConduitErrors',
      'ConduitProfile',
      'ConduitTags',
      'ConduitUser',
      'Error',
      'FieldError',
      'HealthStatus',
      'IssuedToken',
      'OwnUser',
      'Post',
      'PostList',
      'PublicUser',
      'TagList',
      'User',
      'UserList',
    ])
    const error = doc.components!.schemas!.Error!
    assert.deepEqual(
      [...(error.required ?? [])].sort(),
      ['code', 'detail', 'error', 'instance', 'request_id', 'status', 'title', 'type'],
    )
    assert.deepEqual(Object.keys(error.properties ?? {}).sort(), [
      'code', 'detail', 'details', 'error', 'instance', 'request_id', 'status', 'title', 'type',
    ])
    assert.equal(error.additionalProperties, false)
    assert.deepEqual(error.properties?.details, { type: 'array', items: { $ref: '#/components/schemas/FieldError' } })
    // Nested shapes are references too, so a generator makes one type of each.
    assert.deepEqual(doc.components!.schemas!.PostList!.properties?.posts, { type: 'array', items: { $ref: '#/components/schemas/Post' } })
    assert.deepEqual(doc.components!.schemas!.CommentList!.properties?.comments, { type: 'array', items: { $ref: '#/components/schemas/Comment' } })
    assert.deepEqual(doc.components!.schemas!.IssuedToken!.properties?.user, { $ref: '#/components/schemas/OwnUser' })
  })

  it('gives every operation its operationId, a summary and a description, and its success its component and headers', async (t) => {
    const { app } = await createTestApp(t)
    const doc = await openApi(app)

    const ids: Record<string, string | undefined> = {}
    for (const { name, operation } of operations(doc)) {
      ids[name] = operation.operationId
      assert.match(operation.operationId ?? '', /^[a-z][A-Za-z]+$/, `${name} has no operationId`)
      assert.ok(operation.summary, `${name} has no summary`)
      assert.ok(operation.description, `${name} has no description`)

      for (const [status, response] of Object.entries(operation.responses)) {
        const headers = Object.keys(response.headers ?? {})
        // Every answer carries its request id; a rate-limited route's answers say where you stand.
        assert.ok(headers.includes('X-Request-Id'), `${name} ${status} does not declare X-Request-Id`)
        for (const header of ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset']) {
          assert.equal(headers.includes(header), rateLimited(operation), `${name} ${status}: ${header}`)
        }
        if (status === '429' || status === '503') assert.ok(headers.includes('Retry-After'), `${name} ${status}: Retry-After`)
        if (status === '401') assert.ok(headers.includes('WWW-Authenticate'), `${name} 401: WWW-Authenticate`)
        for (const header of Object.values(response.headers ?? {})) {
          assert.ok(header.description && header.schema?.type, `${name} ${status}: a header without description or schema`)
        }
      }
      if (operation.responses['304']) assert.ok(operation.responses['304'].headers?.ETag, `${name} 304 does not declare ETag`)

      // The contract's own operations: their component and the headers of their success.
      const expected = SUCCESS[name]
      if (!expected) continue
      const ok = operation.responses[expected.status]
      assert.ok(ok, `${name} does not answer ${expected.status}`)
      assert.deepEqual(jsonSchemaOf(ok), expected.schema && { $ref: `#/components/schemas/${expected.schema}` }, name)
      for (const header of expected.headers) {
        assert.ok(ok.headers?.[header], `${name} ${expected.status} does not declare ${header}`)
      }
    }
    // Stable ids for the contract's operations; any other needs one of its own, used once.
    for (const [name, id] of Object.entries(OPERATION_IDS)) assert.equal(ids[name], id, name)
    assert.equal(new Set(Object.values(ids)).size, Object.keys(ids).length, 'an operationId used twice')
  })

  it('states the version of the package, the servers, the license and a contact', async (t) => {
    const { app } = await createTestApp(t)
    const doc = await openApi(app)
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

    assert.equal(doc.info.version, pkg.version)
    assert.deepEqual(doc.servers?.map((server) => server.url), ['/'])
    assert.deepEqual(doc.info.license, { name: pkg.license, identifier: pkg.license })
    assert.ok(doc.info.contact?.name)
    // The API version and how a breaking change would arrive.
    assert.match(doc.info.description ?? '', /version 1, served under `\/api`/)
    assert.match(doc.info.description ?? '', /`Deprecation` and `Sunset`/)
  })

  it('marks exactly the routes that need a token as requiring bearerAuth, the rest as needing nothing, all documenting 401', async (t) => {
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
        // None needed (so the docs page shows no lock); a token, when sent, is still checked.
        assert.deepEqual(operation.security, [], name)
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

  it('describes the body of POST /api/posts as title and body, both required, and description and tags, nothing else', async (t) => {
    const { app } = await createTestApp(t)
    const doc = await openApi(app)

    const schema = doc.paths['/api/posts']?.post?.requestBody?.content?.['application/json']?.schema
    assert.ok(schema, 'no JSON request body for POST /api/posts')
    assert.equal(schema.type, 'object')
    assert.deepEqual([...(schema.required ?? [])].sort(), ['body', 'title'])
    assert.deepEqual(Object.keys(schema.properties ?? {}).sort(), ['body', 'description', 'tags', 'title'])
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

    // One document at one URL: the page's spec URL sends the browser to /openapi.json.
    const spec = await browse(app, specUrl.pathname)
    assert.equal(spec.url.pathname, '/openapi.json')
    assert.equal(spec.res.statusCode, 200, `${specUrl.pathname}: ${spec.res.body}`)
    assert.match(String(spec.res.headers['content-type']), /^application\/json/)
    assert.deepEqual(spec.res.json(), await openApi(app))
  })

  it('serves no second copy of the document: /docs/json and /docs/yaml redirect to /openapi.json', async (t) => {
    const { app } = await createTestApp(t)

    for (const url of ['/docs/json', '/docs/yaml']) {
      const res = await app.inject({ method: 'GET', url })
      assert.equal(res.statusCode, 301, `${url}: ${res.body}`)
      assert.equal(res.headers.location, '/openapi.json')
    }
  })

  it('keeps the token across reloads and shows the schemas', async (t) => {
    const { app } = await createTestApp(t)

    const initializer = await app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' })
    assert.equal(initializer.statusCode, 200)
    assert.match(initializer.body, /"persistAuthorization":\s*true/)
    assert.doesNotMatch(initializer.body, /"defaultModelsExpandDepth":\s*-1/)
  })
})

describe('the named response schemas', () => {
  it('still filter what Fastify serializes: a field the schema does not name never leaves the server', async (t) => {
    const app = Fastify().withTypeProvider<TypeBoxTypeProvider>()
    t.after(() => app.close())
    const user = { id: 1, username: 'ada', email: 'ada@example.com', bio: 'Hi', image: null, created_at: '2026-01-01T00:00:00.000Z' }
    const seen = { id: 1, username: 'ada', bio: 'Hi', image: null, following: true, created_at: user.created_at }
    const post = {
      id: 2,
      slug: 't-abcdef',
      title: 'T',
      description: '',
      body: 'B',
      tags: ['x'],
      author: { id: 1, username: 'ada', bio: null, image: null, following: false },
      favorites_count: 0,
      favorited: false,
      created_at: user.created_at,
      updated_at: user.created_at,
    }
    const leak = { password_hash: '$argon2id$secret', version: 7 }
    const cases: [string, object, unknown, unknown][] = [
      ['Post', Post, { ...post, ...leak, author: { ...post.author, ...leak } }, post],
      ['PostList', PostList, { posts: [{ ...post, ...leak }], next_cursor: null, ...leak }, { posts: [post], next_cursor: null }],
      ['OwnUser', OwnUser, { ...user, ...leak }, user],
      ['PublicUser', PublicUser, { ...user, following: true, ...leak }, seen],
      ['User', UserResponse, { ...user, ...leak }, user],
      ['UserList', UserList, { users: [{ ...user, following: true, ...leak }], next_cursor: null }, { users: [seen], next_cursor: null }],
      [
        'IssuedToken',
        IssuedToken,
        { token: 't', token_type: 'Bearer', expires_at: user.created_at, user: { ...user, ...leak }, ...leak },
        { token: 't', token_type: 'Bearer', expires_at: user.created_at, user },
      ],
    ]
    for (const [name, schema, sent] of cases) app.get(`/${name}`, { schema: { response: { 200: schema } } }, async () => sent)
    const problem = { type: 'urn:x', title: 'T', status: 400, detail: 'D', instance: '/', error: 'D', code: 'bad_request' as const, request_id: 'r' }
    app.get('/Error', { schema: { response: { 400: ErrorBody } } }, async (_request, reply) =>
      reply.code(400).send({ ...problem, details: [{ field: 'f', message: 'm', ...leak }], ...leak }),
    )

    for (const [name, , , expected] of cases) {
      const res = await app.inject({ method: 'GET', url: `/${name}` })
      assert.deepEqual(res.json(), expected, name)
    }
    const error = await app.inject({ method: 'GET', url: '/Error' })
    assert.deepEqual(error.json(), { ...problem, details: [{ field: 'f', message: 'm' }] })
  })
})
