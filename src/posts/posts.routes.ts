/** /api/posts. Anybody may read; writing needs a token, and changing a post needs its author. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import { authenticated, caller } from '../http/auth.js'
import { entityTag, IfMatchHeader, IfNoneMatchHeader, NotModified, writePreconditions, sendWithEtag } from '../http/conditional.js'
import { errorResponses } from '../http/errors.js'
import { documentAs, withHeaders } from '../http/openapi.js'
import { IdParams } from '../http/schemas.js'
import { DEFAULT_PAGE_SIZE, type Cursors } from '../http/pagination.js'
import { NewPost, Post, PostChanges, PostList, PostListQuery } from './posts.schemas.js'
import type { PostService } from './posts.service.js'

/** A post's ETag moves with the post and with its author, whose username it shows. */
const postTag = entityTag(Post, (post: { id: number; version: number; author: { version: number } }) => [post.id, post.version, post.author.version])

export function postRoutes(deps: { db: Kysely<Database>; posts: PostService; cursors: Cursors }) {
  const { db, posts } = deps
  const pages = deps.cursors.list('posts')
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    documentAs(app, { name: 'posts', description: 'Posts, owned by their authors' })

    app.get(
      '/posts',
      {
        schema: {
          operationId: 'listPosts',
          summary: 'List posts, newest first',
          description: 'Everybody\'s posts, or one author\'s. Also sends `Link: <…>; rel="next"` when there is a next page.',
          querystring: PostListQuery,
          response: { 200: withHeaders(PostList, ['link']), ...errorResponses(400) },
        },
      },
      async (request, reply) => {
        const { limit = DEFAULT_PAGE_SIZE, cursor, author_id } = request.query
        const rows = await posts.list(db, { beforeId: pages.decode(cursor), authorId: author_id, limit })
        const page = pages.page(rows, limit, request, reply)
        return { posts: page.items, next_cursor: page.next_cursor }
      },
    )

    app.get(
      '/posts/:id',
      {
        config: { resource: 'Post' },
        schema: {
          operationId: 'getPost',
          summary: 'Get a post',
          description: 'Sends an `ETag`; send it back in `If-None-Match` to get 304 while the post is unchanged.',
          params: IdParams,
          headers: IfNoneMatchHeader,
          response: { 200: withHeaders(Post, ['etag']), 304: withHeaders(NotModified, ['etag']), ...errorResponses(404) },
        },
      },
      async (request, reply) => sendWithEtag(request, reply, await posts.get(db, request.params.id), postTag),
    )

    await app.register(
      authenticated(async (fastify) => {
        const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

        app.post(
          '/posts',
          {
            schema: {
              operationId: 'createPost',
              summary: 'Write a post',
              description: 'You are its author. Answers with the post, its `Location` and its `ETag`.',
              body: NewPost,
              response: { 201: withHeaders(Post, ['location', 'etag']), ...errorResponses(400, 413, 415) },
            },
          },
          async (request, reply) => {
            const post = await posts.create(db, caller(request).user, request.body)
            return reply.code(201).header('location', `/api/posts/${post.id}`).header('etag', postTag(post)).send(post)
          },
        )

        app.put(
          '/posts/:id',
          {
            config: { resource: 'Post' },
            schema: {
              operationId: 'replacePost',
              summary: 'Replace your post',
              description: 'Both fields are required. Only the author may. Send the `ETag` you read in `If-Match` to make sure nobody changed it meanwhile.',
              params: IdParams,
              headers: IfMatchHeader,
              body: NewPost,
              response: { 200: withHeaders(Post, ['etag']), ...errorResponses(400, 403, 404, 412, 413, 415) },
            },
          },
          async (request, reply) => {
            const post = await posts.update(db, caller(request).user, request.params.id, request.body, writePreconditions(request, postTag))
            return sendWithEtag(request, reply, post, postTag)
          },
        )

        app.patch(
          '/posts/:id',
          {
            config: { resource: 'Post' },
            schema: {
              operationId: 'updatePost',
              summary: 'Change your post',
              description: 'Any of the fields. Only the author may. Send the `ETag` you read in `If-Match` to make sure nobody changed it meanwhile.',
              params: IdParams,
              headers: IfMatchHeader,
              body: PostChanges,
              response: { 200: withHeaders(Post, ['etag']), ...errorResponses(400, 403, 404, 412, 413, 415) },
            },
          },
          async (request, reply) => {
            const post = await posts.update(db, caller(request).user, request.params.id, request.body, writePreconditions(request, postTag))
            return sendWithEtag(request, reply, post, postTag)
          },
        )

        app.delete(
          '/posts/:id',
          {
            config: { resource: 'Post' },
            schema: {
              operationId: 'deletePost',
              summary: 'Delete your post',
              description: 'Only the author may. With `If-Match`, only if it is still the version you read.',
              params: IdParams,
              headers: IfMatchHeader,
              // A body sent with a DELETE is still parsed, and refused like any other.
              response: { 204: Type.Null({ description: 'Deleted.' }), ...errorResponses(400, 403, 404, 412, 413, 415) },
            },
          },
          async (request, reply) => {
            await posts.delete(db, caller(request).user, request.params.id, writePreconditions(request, postTag))
            return reply.code(204).send(null)
          },
        )
      }),
    )
  }
}
