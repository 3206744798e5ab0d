/**
 * /api/posts/{id}/comments and /api/comments/{id}. Anybody may read; commenting needs a token,
 * and deleting a comment needs its author or the post's author.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import { authenticated, caller, variesByCaller } from '../http/auth.js'
import { entityTag, IfNoneMatchHeader, NotModified, sendWithEtag } from '../http/conditional.js'
import { errorResponses } from '../http/errors.js'
import { documentAs, withHeaders } from '../http/openapi.js'
import { IdParams } from '../http/schemas.js'
import { DEFAULT_PAGE_SIZE, type Cursors } from '../http/pagination.js'
import { Comment, CommentList, CommentListQuery, NewComment } from './comments.schemas.js'
import type { Comment as CommentOf, CommentService } from './comments.service.js'

/**
 * A comment's ETag moves with the comment (its `updated_at`, in milliseconds, stands for the version
 * it does not have), with its author's profile, which it shows, and with whether the reader follows
 * them.
 */
const commentTag = entityTag(Comment, (comment: CommentOf) => [
  comment.id,
  Date.parse(comment.updated_at),
  comment.author.version,
  comment.author.following ? 1 : 0,
])

export function commentRoutes(deps: { db: Kysely<Database>; comments: CommentService; cursors: Cursors }) {
  const { db, comments } = deps
  const pages = deps.cursors.list('comments')
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    documentAs(app, { name: 'comments', description: 'Comments on posts, by their authors, moderated by the post\'s author' })

    app.get(
      '/posts/:id/comments',
      {
        config: { resource: 'Post' },
        schema: {
          operationId: 'listComments',
          summary: "List a post's comments, oldest first",
          description:
            'With a token, each author says whether you follow them. Also sends `Link: <…>; rel="next"` when there is a next page.',
          params: IdParams,
          querystring: CommentListQuery,
          response: { 200: withHeaders(CommentList, ['link']), ...errorResponses(400, 404) },
        },
      },
      async (request, reply) => {
        const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query
        const rows = await comments.list(db, request.params.id, request.auth?.user.id, { afterId: pages.decode(cursor), limit })
        variesByCaller(reply)
        const page = pages.page(rows, limit, request, reply)
        return { comments: page.items, next_cursor: page.next_cursor }
      },
    )

    app.get(
      '/comments/:id',
      {
        config: { resource: 'Comment' },
        schema: {
          operationId: 'getComment',
          summary: 'Get a comment',
          description:
            'With a token, the author says whether you follow them. Sends an `ETag`; send it back in `If-None-Match` to get 304 while the comment is unchanged.',
          params: IdParams,
          headers: IfNoneMatchHeader,
          response: { 200: withHeaders(Comment, ['etag']), 304: withHeaders(NotModified, ['etag']), ...errorResponses(404) },
        },
      },
      async (request, reply) => {
        const comment = await comments.get(db, request.params.id, request.auth?.user.id)
        variesByCaller(reply)
        return sendWithEtag(request, reply, comment, commentTag)
      },
    )

    await app.register(
      authenticated(async (fastify) => {
        const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

        app.post(
          '/posts/:id/comments',
          {
            config: { resource: 'Post' },
            schema: {
              operationId: 'createComment',
              summary: 'Comment on a post',
              description: 'You are its author. Answers with the comment, its `Location` and its `ETag`.',
              params: IdParams,
              body: NewComment,
              response: { 201: withHeaders(Comment, ['location', 'etag']), ...errorResponses(400, 404, 413, 415) },
            },
          },
          async (request, reply) => {
            const comment = await comments.create(db, caller(request).user, request.params.id, request.body)
            return reply.code(201).header('location', `/api/comments/${comment.id}`).header('etag', commentTag(comment)).send(comment)
          },
        )

        app.delete(
          '/comments/:id',
          {
            config: { resource: 'Comment' },
            schema: {
              operationId: 'deleteComment',
              summary: 'Delete a comment',
              description: "Its author may, and so may the author of the post it is on.",
              params: IdParams,
              // A body sent with a DELETE is still parsed, and refused like any other.
              response: { 204: Type.Null({ description: 'Deleted.' }), ...errorResponses(400, 403, 404, 413, 415) },
            },
          },
          async (request, reply) => {
            await comments.delete(db, caller(request).user, request.params.id)
            return reply.code(204).send(null)
          },
        )
      }),
    )
  }
}
