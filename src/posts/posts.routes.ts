/**
 * /api/posts and /api/feed. Anybody may read; writing or favoriting needs a token, and changing a
 * post needs its author. A read with a token says what that caller sees (`favorited`,
 * `author.following`), so those answers vary on Authorization.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import { authenticated, caller, variesByCaller } from '../http/auth.js'
import {
  entityTag,
  IfMatchHeader,
  IfNoneMatchHeader,
  NotModified,
  sendWithEtag,
  writePreconditions,
} from '../http/conditional.js'
import { errorResponses } from '../http/errors.js'
import { documentAs, withHeaders } from '../http/openapi.js'
import { IdParams } from '../http/schemas.js'
import { DEFAULT_PAGE_SIZE, type Cursors } from '../http/pagination.js'
import type { Post as PostValue } from './posts.repository.js'
import { FeedQuery, NewPost, Post, PostChanges, PostList, PostListQuery, SlugParams } from './posts.schemas.js'
import type { PostService } from './posts.service.js'

/**
 * A post's ETag moves with the post (its tags change only with its version), with its author,
 * whose name, bio and image it shows, with its favorites count, and with what the caller sees.
 */
export const postTag = entityTag(Post, (post: PostValue) => [
  post.id,
  post.version,
  post.author.version,
  post.favorites_count,
  post.favorited ? 1 : 0,
  post.author.following ? 1 : 0,
])

/** Who is looking: the caller when a valid token came, even on a public route. */
const viewerOf = (request: { auth: { user: { id: number } } | null }) => request.auth?.user.id

export function postRoutes(deps: { db: Kysely<Database>; posts: PostService; cursors: Cursors }) {
  const { db, posts } = deps
  const pages = deps.cursors.list('posts')
  const feedPages = deps.cursors.list('feed')
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    documentAs(app, { name: 'posts', description: 'Posts, owned by their authors' })

    app.get(
      '/posts',
      {
        schema: {
          operationId: 'listPosts',
          summary: 'List posts, newest first',
          description:
            'Everybody\'s posts, or those matching every filter given: by one author, with one tag, favorited by one user. Also sends `Link: <…>; rel="next"` when there is a next page.',
          querystring: PostListQuery,
          response: { 200: withHeaders(PostList, ['link']), ...errorResponses(400) },
        },
      },
      async (request, reply) => {
        const { limit = DEFAULT_PAGE_SIZE, cursor, author_id, tag, favorited_by } = request.query
        const beforeId = pages.decode(cursor)
        const rows = await posts.list(db, { beforeId, authorId: author_id, tag, favoritedBy: favorited_by, limit }, viewerOf(request))
        variesByCaller(reply)
        const page = pages.page(rows, limit, request, reply)
        return { posts: page.items, next_cursor: page.next_cursor }
      },
    )

    app.get(
      '/posts/by-slug/:slug',
      {
        config: { resource: 'Post' },
        schema: {
          operationId: 'getPostBySlug',
          summary: 'Get a post by its slug',
          description: 'The post a slug names, as `GET /api/posts/{id}` answers it, with its `ETag`.',
          params: SlugParams,
          headers: IfNoneMatchHeader,
          response: { 200: withHeaders(Post, ['etag']), 304: withHeaders(NotModified, ['etag']), ...errorResponses(404) },
        },
      },
      async (request, reply) => {
        const post = await posts.getBySlug(db, request.params.slug, viewerOf(request))
        variesByCaller(reply)
        return sendWithEtag(request, reply, post, postTag)
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
      async (request, reply) => {
        const post = await posts.get(db, request.params.id, viewerOf(request))
        variesByCaller(reply)
        return sendWithEtag(request, reply, post, postTag)
      },
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
              description: 'Title and body are required; description and tags are replaced when sent and kept when not. Only the author may. Send the `ETag` you read in `If-Match` to make sure nobody changed it meanwhile.',
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
              description: 'Any of the fields; `tags`, when sent, replaces them all. Only the author may. Send the `ETag` you read in `If-Match` to make sure nobody changed it meanwhile.',
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

        app.put(
          '/posts/:id/favorite',
          {
            config: { resource: 'Post' },
            schema: {
              operationId: 'favoritePost',
              summary: 'Favorite a post',
              description: 'Adds you to its fans; doing it again changes nothing. Answers with the post as you see it.',
              params: IdParams,
              response: { 200: withHeaders(Post, ['etag']), ...errorResponses(404) },
            },
          },
          async (request, reply) => {
            const post = await posts.favorite(db, caller(request).user, request.params.id)
            return reply.header('etag', postTag(post)).send(post)
          },
        )

        app.delete(
          '/posts/:id/favorite',
          {
            config: { resource: 'Post' },
            schema: {
              operationId: 'unfavoritePost',
              summary: 'Unfavorite a post',
              description: 'Takes you off its fans; doing it again changes nothing. Answers with the post as you see it.',
              params: IdParams,
              // A body sent with a DELETE is still parsed, and refused like any other.
              response: { 200: withHeaders(Post, ['etag']), ...errorResponses(400, 404, 413, 415) },
            },
          },
          async (request, reply) => {
            const post = await posts.unfavorite(db, caller(request).user, request.params.id)
            return reply.header('etag', postTag(post)).send(post)
          },
        )

        app.get(
          '/feed',
          {
            schema: {
              operationId: 'getFeed',
              summary: 'Your feed',
              description: 'Posts by the users you follow, newest first. Also sends `Link: <…>; rel="next"` when there is a next page.',
              querystring: FeedQuery,
              response: { 200: withHeaders(PostList, ['link']), ...errorResponses(400) },
            },
          },
          async (request, reply) => {
            const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query
            const rows = await posts.feed(db, caller(request).user.id, { beforeId: feedPages.decode(cursor), limit })
            variesByCaller(reply)
            const page = feedPages.page(rows, limit, request, reply)
            return { posts: page.items, next_cursor: page.next_cursor }
          },
        )
      }),
    )
  }
}
