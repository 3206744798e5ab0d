/** /api/users and /api/profile. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import { authenticated, caller, variesByCaller } from '../http/auth.js'
import { entityTag, IfMatchHeader, IfNoneMatchHeader, NotModified, writePreconditions, sendWithEtag } from '../http/conditional.js'
import { errorResponses } from '../http/errors.js'
import { documentAs, withHeaders } from '../http/openapi.js'
import { IdParams } from '../http/schemas.js'
import { DEFAULT_PAGE_SIZE, type Cursors } from '../http/pagination.js'
import type { Profile, User } from './users.repository.js'
import { NewUser, OwnUser, PublicUser, UserChanges, UserList, UserListQuery, UserResponse } from './users.schemas.js'
import type { UserService } from './users.service.js'

// Your account (with your email) and everybody else's view of it are two representations of one
// row: their tags differ by schema, and both move with the row's version. Everybody else's also
// says whether they follow you, so theirs moves with that too.
const ownTag = entityTag(OwnUser, (user: User) => [user.id, user.version])
export const profileTag = entityTag(PublicUser, (user: Profile) => [user.id, user.version, user.following ? 1 : 0])
const userTag = (user: User | Profile) => ('email' in user ? ownTag(user) : profileTag(user))

export function userRoutes(deps: { db: Kysely<Database>; users: UserService; cursors: Cursors }) {
  const { db, users } = deps
  const pages = deps.cursors.list('users')
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    documentAs(app, { name: 'users', description: 'Accounts' })

    app.get(
      '/users',
      {
        schema: {
          operationId: 'listUsers',
          summary: 'List users, newest first',
          description:
            'Public profiles, without emails, each saying whether the caller follows them. Also sends `Link: <…>; rel="next"` when there is a next page.',
          querystring: UserListQuery,
          response: { 200: withHeaders(UserList, ['link']), ...errorResponses(400) },
        },
      },
      async (request, reply) => {
        variesByCaller(reply)
        const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query
        const rows = await users.listProfiles(db, { beforeId: pages.decode(cursor), limit }, request.auth?.user)
        const page = pages.page(rows, limit, request, reply)
        return { users: page.items, next_cursor: page.next_cursor }
      },
    )

    app.post(
      '/users',
      {
        // Each sign-up costs an Argon2 hash, and invites floods of fake accounts.
        config: { limit: 'signUps' },
        schema: {
          operationId: 'createUser',
          summary: 'Sign up',
          description: 'Creates an account; log in with `POST /api/tokens` afterwards. Answers with the account, its `Location` and its `ETag`.',
          body: NewUser,
          response: { 201: withHeaders(OwnUser, ['location', 'etag']), ...errorResponses(400, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const user = await users.register(db, request.body)
        return reply.code(201).header('location', `/api/users/${user.id}`).header('etag', ownTag(user)).send(user)
      },
    )

    app.get(
      '/users/:id',
      {
        config: { resource: 'User' },
        schema: {
          operationId: 'getUser',
          summary: 'Get a user',
          description:
            'Includes `email` only when the caller is this user, and `following` only when it is somebody else. Sends an `ETag` for `If-None-Match` and `If-Match`.',
          params: IdParams,
          headers: IfNoneMatchHeader,
          response: { 200: withHeaders(UserResponse, ['etag']), 304: withHeaders(NotModified, ['etag']), ...errorResponses(404) },
        },
      },
      async (request, reply) => {
        variesByCaller(reply)
        return sendWithEtag(request, reply, await users.get(db, request.params.id, request.auth?.user), userTag)
      },
    )

    await app.register(
      authenticated(async (fastify) => {
        const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

        app.get(
          '/profile',
          {
            schema: {
              operationId: 'getProfile',
              summary: 'The caller themself',
              description: 'Sends the same `ETag` as `GET /api/users/{id}` does for you.',
              headers: IfNoneMatchHeader,
              response: { 200: withHeaders(OwnUser, ['etag']), 304: withHeaders(NotModified, ['etag']) },
            },
          },
          async (request, reply) => {
            variesByCaller(reply)
            return sendWithEtag(request, reply, caller(request).user, ownTag)
          },
        )

        app.patch(
          '/users/:id',
          {
            config: { resource: 'User' },
            schema: {
              operationId: 'updateUser',
              summary: 'Change your account',
              description:
                'Only your own. Changing `password` needs `current_password` and signs out your other tokens. `bio` or `image` set to null clears it. `If-Match` makes it conditional.',
              params: IdParams,
              headers: IfMatchHeader,
              body: UserChanges,
              response: { 200: withHeaders(OwnUser, ['etag']), ...errorResponses(400, 403, 404, 409, 412, 413, 415) },
            },
          },
          async (request, reply) => {
            const user = await users.update(db, caller(request), request.params.id, request.body, writePreconditions(request, ownTag))
            return sendWithEtag(request, reply, user, ownTag)
          },
        )

        app.delete(
          '/users/:id',
          {
            config: { resource: 'User' },
            schema: {
              operationId: 'deleteUser',
              summary: 'Delete your account',
              description: 'Only your own. Your posts, tokens and follows (both ways) are deleted with it. `If-Match` makes it conditional.',
              params: IdParams,
              headers: IfMatchHeader,
              // A body sent with a DELETE is still parsed, and refused like any other.
              response: { 204: Type.Null({ description: 'Deleted.' }), ...errorResponses(400, 403, 404, 412, 413, 415) },
            },
          },
          async (request, reply) => {
            await users.delete(db, caller(request), request.params.id, writePreconditions(request, ownTag))
            return reply.code(204).send(null)
          },
        )
      }),
    )
  }
}
