/** /api/tokens: logging in (issuing a token) and logging out (revoking it). */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import { authenticated, caller } from '../http/auth.js'
import { errorResponses } from '../http/errors.js'
import { documentAs, withHeaders } from '../http/openapi.js'
import { IssuedToken, Login } from './tokens.schemas.js'
import type { Authentication, TokenService } from './tokens.service.js'

declare module '../http/auth.js' {
  /** A request's caller is who a bearer token authenticates: a user and that token. */
  interface Caller extends Authentication {}
}

export function tokenRoutes(deps: { db: Kysely<Database>; tokens: TokenService }) {
  const { db, tokens } = deps
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    documentAs(app, { name: 'tokens', description: 'Logging in and out' })

    app.post(
      '/tokens',
      {
        // Each login costs an Argon2 hash, and invites password guessing.
        config: { limit: 'logins' },
        schema: {
          operationId: 'issueToken',
          summary: 'Log in: exchange a username or email and password for a bearer token',
          description: 'Send `username` or `email`, and `password`. A wrong one answers 401 `invalid_credentials`. Rate-limited more strictly than other routes.',
          body: Login,
          response: { 201: withHeaders(IssuedToken, ['cacheControl']), ...errorResponses(400, 401, 413, 415) },
        },
      },
      // The answer holds a fresh secret: no cache may keep it.
      async (request, reply) => reply.code(201).header('cache-control', 'no-store').send(await tokens.issue(db, request.body)),
    )

    await app.register(
      authenticated(async (app) => {
        app.delete(
          '/tokens/current',
          {
            schema: {
              operationId: 'revokeToken',
              summary: 'Log out: revoke the token this request carries',
              description: 'Other tokens of the same user keep working.',
              // A body sent with a DELETE is still parsed, and refused like any other.
              response: { 204: Type.Null({ description: 'Revoked; the token never works again.' }), ...errorResponses(400, 413, 415) },
            },
          },
          async (request, reply) => {
            await tokens.revoke(db, caller(request).tokenId)
            return reply.code(204).send(null)
          },
        )
      }),
    )
  }
}
