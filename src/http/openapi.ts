/**
 * The OpenAPI 3.1 document, written by @fastify/swagger from the same route schemas that
 * validate requests and serialize responses, served at /openapi.json, with an interactive
 * reference at /docs.
 */
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { ERROR_CODES } from './errors.js'

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
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
            Object.keys(ERROR_CODES)
              .map((code) => `\`${code}\``)
              .join(', ') +
            '.',
          'Lists are paginated with an opaque `cursor`: pass the previous page\'s `next_cursor`.',
        ].join('\n'),
      },
      tags: [
        { name: 'users', description: 'Accounts' },
        { name: 'tokens', description: 'Logging in and out' },
        { name: 'posts', description: 'Posts, owned by their authors' },
        { name: 'health', description: 'For load balancers and orchestrators' },
      ],
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
