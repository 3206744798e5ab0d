/** /api/users/{id}/follow, /followers and /following: who follows whom. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import { authenticated, caller, variesByCaller } from '../http/auth.js'
import { sendWithEtag } from '../http/conditional.js'
import { errorResponses } from '../http/errors.js'
import { documentAs, withHeaders } from '../http/openapi.js'
import { DEFAULT_PAGE_SIZE, type Cursors } from '../http/pagination.js'
import { IdParams } from '../http/schemas.js'
import { profileTag } from './users.routes.js'
import { PublicUser, UserList, UserListQuery } from './users.schemas.js'
import type { UserService } from './users.service.js'

export function followRoutes(deps: { db: Kysely<Database>; users: UserService; cursors: Cursors }) {
  const { db, users } = deps
  const followerPages = deps.cursors.list('followers')
  const followingPages = deps.cursors.list('following')
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    documentAs(app, { name: 'follows', description: 'Who follows whom' })

    // The two lists are the two directions of one table, answered alike: as `GET /api/users` is.
    const lists = [
      { direction: 'followers', operationId: 'listFollowers', summary: "List a user's followers", pages: followerPages },
      { direction: 'following', operationId: 'listFollowing', summary: 'List the users a user follows', pages: followingPages },
    ] as const
    for (const { direction, operationId, summary, pages } of lists) {
      app.get(
        `/users/:id/${direction}`,
        {
          config: { resource: 'User' },
          schema: {
            operationId,
            summary,
            description:
              'Newest user first, each saying whether the caller follows them. Also sends `Link: <…>; rel="next"` when there is a next page.',
            params: IdParams,
            querystring: UserListQuery,
            response: { 200: withHeaders(UserList, ['link']), ...errorResponses(400, 404) },
          },
        },
        async (request, reply) => {
          variesByCaller(reply)
          const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query
          const page = { beforeId: pages.decode(cursor), limit }
          const viewer = request.auth?.user
          const rows = await (direction === 'followers'
            ? users.followers(db, request.params.id, page, viewer)
            : users.following(db, request.params.id, page, viewer))
          const { items, next_cursor } = pages.page(rows, limit, request, reply)
          return { users: items, next_cursor }
        },
      )
    }

    await app.register(
      authenticated(async (fastify) => {
        const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

        app.put(
          '/users/:id/follow',
          {
            config: { resource: 'User' },
            schema: {
              operationId: 'followUser',
              summary: 'Follow a user',
              description: 'Answers with their profile, `following: true`. Following somebody you already follow changes nothing. Not yourself (400).',
              params: IdParams,
              // A body sent with a PUT is still parsed, and refused like any other.
              response: { 200: withHeaders(PublicUser, ['etag']), ...errorResponses(400, 404, 413, 415) },
            },
          },
          async (request, reply) => {
            variesByCaller(reply)
            return sendWithEtag(request, reply, await users.follow(db, caller(request).user, request.params.id), profileTag)
          },
        )

        app.delete(
          '/users/:id/follow',
          {
            config: { resource: 'User' },
            schema: {
              operationId: 'unfollowUser',
              summary: 'Stop following a user',
              description: 'Answers with their profile, `following: false`. Unfollowing somebody you do not follow changes nothing. Not yourself (400).',
              params: IdParams,
              response: { 200: withHeaders(PublicUser, ['etag']), ...errorResponses(400, 404, 413, 415) },
            },
          },
          async (request, reply) => {
            variesByCaller(reply)
            return sendWithEtag(request, reply, await users.unfollow(db, caller(request).user, request.params.id), profileTag)
          },
        )
      }),
    )
  }
}
