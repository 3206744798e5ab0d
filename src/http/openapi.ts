/**
 * The OpenAPI 3.1 document, written by @fastify/swagger from the same route schemas that
 * validate requests and serialize responses, served at /openapi.json, with an interactive
 * reference at /docs. Each resource names its own tag with `documentAs`; a response schema with
 * an `$id` (`Post`, `Error`, …) is listed once under `components.schemas` under that name and
 * referenced from every route that answers with it.
 */
import { readFileSync } from 'node:fs'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import type { TSchema } from 'typebox'
import { ERROR_CODES } from '../errors.js'
import { exampleProblem, PROBLEM_JSON, problemTypeOf } from './errors.js'

export interface Tag {
  name: string
  description: string
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The document's tags, in the order the resources declared them. */
    openApiTags: Tag[]
  }
}

interface PackageJson {
  version: string
  license: string
}

/**
 * The server's package.json: the nearest one above this module with Inkwell's name. Looked up,
 * not imported, because the code runs from src/, from dist/ and from builds at other depths.
 */
function ownPackage(): PackageJson {
  for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
    try {
      const found = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as PackageJson & { name?: string }
      if (found.name === 'inkwell') return found
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    if (dir.pathname === '/') throw new Error('package.json of inkwell not found above ' + import.meta.url)
  }
}

const PACKAGE = ownPackage()

/** A response header, as the document declares it. */
export interface HeaderDoc {
  description: string
  schema: { type: 'string' | 'integer'; format?: string }
}

/** The headers a route's own responses carry; the ones every answer may carry are added centrally. */
export const HEADERS = {
  etag: { description: 'The version of what you got; send it in `If-None-Match` or `If-Match`.', schema: { type: 'string' } },
  location: { description: 'Where the new resource lives.', schema: { type: 'string', format: 'uri-reference' } },
  link: {
    description: 'The next page, as `<…>; rel="next"`, when there is one (RFC 8288).',
    schema: { type: 'string' },
  },
  cacheControl: { description: '`no-store`: the answer holds a secret.', schema: { type: 'string' } },
} satisfies Record<string, HeaderDoc>

const HEADER_NAMES: Record<keyof typeof HEADERS, string> = {
  etag: 'ETag',
  location: 'Location',
  link: 'Link',
  cacheControl: 'Cache-Control',
}

/**
 * A response schema that also documents the headers that response carries. Fastify serializes
 * through `schema` unchanged; only the document reads `headers`.
 *
 * @example response: { 201: withHeaders(Post, ['location', 'etag']) }
 */
export function withHeaders<T extends TSchema>(schema: T, headers: (keyof typeof HEADERS)[]): T {
  return {
    ...schema,
    // @fastify/swagger reads each as a JSON schema with a description, and wraps it itself.
    headers: Object.fromEntries(headers.map((name) => [HEADER_NAMES[name], { description: HEADERS[name].description, ...HEADERS[name].schema }])),
  }
}

const REQUEST_ID: HeaderDoc = {
  description: "This request's id, also in the log line and in an error's `request_id`.",
  schema: { type: 'string' },
}
const RETRY_AFTER: HeaderDoc = { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } }
const RATE_LIMIT: Record<string, HeaderDoc> = {
  'RateLimit-Limit': { description: 'Requests allowed in the window (when rate limits are on).', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in the window.', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window resets.', schema: { type: 'integer' } },
}
const WWW_AUTHENTICATE: HeaderDoc = { description: 'The bearer challenge of RFC 6750.', schema: { type: 'string' } }

/**
 * Files every documented route registered in `app` (a resource's plugin, and the groups inside it)
 * under `tag`, and lists the tag in the document. Call it first thing in the plugin.
 *
 * @example documentAs(app, { name: 'posts', description: 'Posts, owned by their authors' })
 */
export function documentAs(app: FastifyInstance, tag: Tag): void {
  app.openApiTags.push(tag)
  app.addHook('onRoute', (route) => {
    if (route.schema && !route.schema.hide) route.schema.tags = [tag.name]
  })
}

interface Response {
  description: string
  headers?: Record<string, HeaderDoc>
  content?: Record<string, unknown>
}
type Operation = { responses: Record<string, Response> }
interface Document {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, unknown> }
}

/** Where a response schema's `$id` travels through @fastify/swagger, which drops a top-level `$id`. */
const COMPONENT = 'x-component'

function markNamedResponses<S extends { response?: unknown }>(schema: S): S {
  if (!schema.response) return schema
  const response = Object.fromEntries(
    Object.entries(schema.response as Record<string, { $id?: string }>).map(([status, body]) => [
      status,
      typeof body.$id === 'string' ? { ...body, [COMPONENT]: body.$id } : body,
    ]),
  )
  return { ...schema, response }
}

/**
 * A response whose schema is a named one (`Post`) refers to it under `components.schemas`, the
 * way schemas nested in others already do, instead of repeating it inline.
 */
function referenceNamedResponses(operation: Operation, components: Record<string, unknown>): void {
  for (const response of Object.values(operation.responses)) {
    const media = response.content?.['application/json'] as { schema?: Record<string, unknown> } | undefined
    const name = media?.schema?.[COMPONENT]
    if (!media?.schema || typeof name !== 'string') continue
    const { [COMPONENT]: _marker, title: _title, ...component } = media.schema
    components[name] ??= component
    media.schema = { $ref: `#/components/schemas/${name}` }
  }
}

/**
 * What every answer can carry, said once here rather than on every route: the request id on all,
 * the rate-limit headers where a limit counts, `Retry-After` on 429 and 503, the challenge on
 * 401, and the error content types a client may ask for.
 */
function addCommonResponseFacts(operation: Operation, path: string, rateLimited: boolean): void {
  for (const [status, response] of Object.entries(operation.responses)) {
    const headers: Record<string, HeaderDoc> = { ...response.headers, 'X-Request-Id': REQUEST_ID }
    if (rateLimited) Object.assign(headers, RATE_LIMIT)
    if (status === '429' || status === '503') headers['Retry-After'] = RETRY_AFTER
    if (status === '401') headers['WWW-Authenticate'] = WWW_AUTHENTICATE
    response.headers = headers
    const json = response.content?.['application/json'] as Record<string, unknown> | undefined
    // Inkwell's own error body; a dialect that documents its own (RealWorld's) keeps its examples.
    const problem = (json?.schema as { $ref?: string } | undefined)?.$ref === '#/components/schemas/Error'
    if (/^[45]/.test(status) && json && problem) {
      // Each status its own example: the shared Error schema alone would show its first code.
      const example = exampleProblem(Number(status), path.replace(/\{id\}/g, '7').replace(/\{\w+\}/g, 'example'))
      const media = { ...json, ...(example && { example }) }
      response.content = { 'application/json': media, [PROBLEM_JSON]: media }
    }
  }
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  // Filled in by documentAs as the resources register; @fastify/swagger reads it when it first
  // writes the document, once every route is known.
  const tags: Tag[] = []
  app.decorate('openApiTags', tags)
  // Which operations a rate limit counts, by their `METHOD path` in the document.
  const rateLimited = new Set<string>()
  await app.register(swagger, {
    // Components are named by their `$id` (`Post`), not `def-0`, so generated clients name them too.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Inkwell API',
        version: PACKAGE.version,
        license: { name: PACKAGE.license, identifier: PACKAGE.license },
        contact: { name: 'The Inkwell maintainers' },
        description: [
          'Users, bearer tokens and posts, in JSON.',
          '',
          '`info.version` is the version of this document and of the server that serves it. The API',
          'itself is version 1, served under `/api`; a breaking change would come as a new prefix',
          'beside it, and the old one would announce its end with `Deprecation` and `Sunset` headers.',
          '',
          'Authenticate with `POST /api/tokens`, then send `Authorization: Bearer <token>`.',
          '',
          'Every error is an RFC 9457 problem: `{type, title, status, detail, instance, error, code,',
          'details?, request_id}`, sent as `application/problem+json` when `Accept` asks for it and as',
          '`application/json` otherwise. `type` is a stable URI per `code`: ' +
            ERROR_CODES.map((code) => `\`${code}\` (${problemTypeOf(code)})`).join(', ') +
            '.',
          '',
          "Lists are paginated with an opaque `cursor`: pass the previous page's `next_cursor`.",
        ].join('\n'),
      },
      // Relative: the document describes whichever server serves it.
      servers: [{ url: '/', description: 'The server that serves this document' }],
      tags,
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'A token from POST /api/tokens' },
        },
      },
    },
    transform: ({ schema, url, route }) => {
      if (route.config?.limit !== false) {
        for (const method of [route.method].flat()) rateLimited.add(`${method.toLowerCase()} ${url.replace(/:(\w+)/g, '{$1}')}`)
      }
      return { schema: schema && markNamedResponses(schema), url }
    },
    transformObject: (documentObject) => {
      const document = (documentObject as { openapiObject: Document }).openapiObject
      for (const [path, item] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          referenceNamedResponses(operation, document.components.schemas)
          addCommonResponseFacts(operation, path, rateLimited.has(`${method} ${path}`))
        }
      }
      return document as never
    },
  })
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // The document lives at one URL, /openapi.json: the copies the plugin would serve beside the
    // page (its initializer insists on loading ./json) redirect there.
    uiHooks: {
      onRequest: (request, reply, done) => {
        if (/^\/docs\/(json|yaml)$/.test(request.url.split('?')[0]!)) reply.redirect('/openapi.json', 301)
        else done()
      },
    },
    uiConfig: {
      docExpansion: 'list',
      deepLinking: true,
      persistAuthorization: true,
      tryItOutEnabled: true,
      defaultModelsExpandDepth: 1,
    },
  })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
