/**
 * The OpenAPI 3.1 document, written by @fastify/swagger from the same route schemas that
 * validate requests and serialize responses, served at /openapi.json, with an interactive
 * reference at /docs. Each resource names its own tag with `documentAs`.
 */
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { ERROR_CODES } from '../errors.js'

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

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  // Filled in by documentAs as the resources register; @fastify/swagger reads it when it first
  // writes the document, once every route is known.
  const tags: Tag[] = []
  app.decorate('openApiTags', tags)
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Inkwell API',
        version: '1.0.0',
        description: [
          'Users, bearer tokens and posts, in JSON.',
          '',
          'Authenticate with `POST /api/tokens`, then send `Authorization: Bearer <token>`.',
          'Every error is `{error, code, details?, request_id}`; the codes are: ' +
            ERROR_CODES.map((code) => `\`${code}\``)
              .join(', ') +
            '.',
          'Lists are paginated with an opaque `cursor`: pass the previous page\'s `next_cursor`.',
        ].join('\n'),
      },
      tags,
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'A token from POST /api/tokens' },
        },
      },
    },
  })
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, persistAuthorization: false, tryItOutEnabled: true },
  })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
