/**
 * The RealWorld ("Conduit") API, so that any of its frontends runs on Inkwell unchanged: its
 * paths under a prefix of their own (`/conduit/api/...`, CONDUIT_PREFIX), its envelopes and
 * camelCase, `Authorization: Token …`, its statuses and `{"errors": …}` bodies.
 *
 * A thin adapter: every rule, query and check is the services' (the same that serve Inkwell's own
 * API); what is here is RealWorld's shapes and words, and its names for things (a slug for a post,
 * a username for a user) turned into Inkwell's.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { Type } from 'typebox'
import type { CommentService } from '../comments/comments.service.js'
import type { Database } from '../db/schema.js'
import { AppError } from '../errors.js'
import { authenticated, caller, variesByCaller } from '../http/auth.js'
import { errorResponses, type UnavailableCheck } from '../http/errors.js'
import { documentAs } from '../http/openapi.js'
import type { PostService } from '../posts/posts.service.js'
import type { TokenService } from '../tokens/tokens.service.js'
import type { UserService } from '../users/users.service.js'
import { registerConduitErrors } from './conduit.errors.js'
import { articleOf, articleSummaryOf, commentOf, profileOf, userOf } from './conduit.present.js'
import {
  ArticleChanges,
  ArticleListQuery,
  CommentParams,
  ConduitArticle,
  ConduitArticleList,
  ConduitComment,
  ConduitCommentList,
  ConduitLogin,
  ConduitProfile,
  ConduitTags,
  ConduitUser,
  ConduitUserChanges,
  FeedQuery,
  NewArticle,
  NewComment,
  NewConduitUser,
  SlugParams,
  UsernameParams,
} from './conduit.schemas.js'

export interface ConduitDeps {
  db: Kysely<Database>
  users: UserService
  tokens: TokenService
  posts: PostService
  comments: CommentService
  isUnavailable: UnavailableCheck
}

/** RealWorld's clients send `Token`; Inkwell's own scheme works too. */
const TOKEN_SCHEMES = ['token', 'bearer']

/** How many tags `GET /tags` lists: the most used, enough for any tag cloud. */
const TAG_CLOUD_SIZE = 100

const Deleted = Type.Null({ description: 'Deleted.' })

/** The token the request was authenticated with, which RealWorld's user answers repeat. */
const sentToken = (request: FastifyRequest) => /\S+$/.exec(request.headers.authorization ?? '')![0]

const isNotFound = (error: unknown) => error instanceof AppError && error.code === 'not_found'

export function conduitRoutes(deps: ConduitDeps) {
  const { db, users, tokens, posts, comments } = deps

  /** A user's id by username, or undefined when nobody has it (a list filtered by them is empty). */
  const userIdOf = async (username: string) => {
    try {
      return (await users.profileByUsername(db, username, undefined)).id
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw error
    }
  }
  const postIdOf = async (slug: string) => (await posts.getBySlug(db, slug)).id

  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    documentAs(app, {
      name: 'realworld',
      description:
        'The RealWorld (Conduit) API, for its frontends: the same users, posts ("articles") and comments in its shapes. Send `Authorization: Token <token>`.',
    })
    app.addHook('onRoute', (route) => {
      route.config = { ...route.config, tokenSchemes: TOKEN_SCHEMES }
    })
    registerConduitErrors(app, deps.isUnavailable)

    app.post(
      '/users',
      {
        config: { limit: 'signUps' },
        schema: {
          operationId: 'conduitRegister',
          summary: 'Sign up (RealWorld)',
          description: 'Creates an account and answers with it and a token, as RealWorld\'s sign-up does. A taken username or email is 409 `has already been taken`.',
          body: NewConduitUser,
          response: { 201: ConduitUser, ...errorResponses(409, 413, 415, 422) },
        },
      },
      async (request, reply) => {
        const user = await users.register(db, request.body.user)
        const issued = await tokens.issueFor(db, user)
        return reply.code(201).header('cache-control', 'no-store').send(userOf(user, issued.token))
      },
    )

    app.post(
      '/users/login',
      {
        config: { limit: 'logins' },
        schema: {
          operationId: 'conduitLogin',
          summary: 'Log in (RealWorld)',
          description: 'By email and password. A wrong one is 401 `{"errors": {"credentials": ["invalid"]}}`.',
          body: ConduitLogin,
          response: { 200: ConduitUser, ...errorResponses(401, 413, 415, 422) },
        },
      },
      async (request, reply) => {
        const issued = await tokens.issue(db, request.body.user)
        return reply.header('cache-control', 'no-store').send(userOf(issued.user, issued.token))
      },
    )

    app.get(
      '/profiles/:username',
      {
        config: { resource: 'User' },
        schema: {
          operationId: 'conduitGetProfile',
          summary: 'A profile (RealWorld)',
          description: '`following` says whether the caller follows them (false without a token).',
          params: UsernameParams,
          response: { 200: ConduitProfile, ...errorResponses(404) },
        },
      },
      async (request, reply) => {
        const profile = await users.profileByUsername(db, request.params.username, request.auth?.user)
        variesByCaller(reply)
        return reply.send({ profile: profileOf(profile) })
      },
    )

    app.get(
      '/articles',
      {
        schema: {
          operationId: 'conduitListArticles',
          summary: 'Articles, newest first (RealWorld)',
          description: 'Filtered by `tag`, `author` and `favorited` (usernames), combined; `limit` (20) and `offset` (0). Items leave out `body`; `articlesCount` counts every match.',
          querystring: ArticleListQuery,
          response: { 200: ConduitArticleList, ...errorResponses(422) },
        },
      },
      async (request, reply) => {
        const { tag, author, favorited, limit = 20, offset = 0 } = request.query
        const authorId = author === undefined ? undefined : await userIdOf(author)
        const favoritedBy = favorited === undefined ? undefined : await userIdOf(favorited)
        variesByCaller(reply)
        if ((author !== undefined && authorId === undefined) || (favorited !== undefined && favoritedBy === undefined)) {
          return { articles: [], articlesCount: 0 }
        }
        const page = await posts.listWithCount(db, { tag, authorId, favoritedBy }, { offset, limit }, request.auth?.user.id)
        return { articles: page.posts.map(articleSummaryOf), articlesCount: page.count }
      },
    )

    app.get(
      '/articles/:slug',
      {
        config: { resource: 'Post' },
        schema: {
          operationId: 'conduitGetArticle',
          summary: 'An article (RealWorld)',
          description: '`favorited` and `author.following` are the caller\'s (false without a token).',
          params: SlugParams,
          response: { 200: ConduitArticle, ...errorResponses(404) },
        },
      },
      async (request, reply) => {
        const post = await posts.getBySlug(db, request.params.slug, request.auth?.user.id)
        variesByCaller(reply)
        return reply.send(articleOf(post))
      },
    )

    app.get(
      '/articles/:slug/comments',
      {
        config: { resource: 'Post' },
        schema: {
          operationId: 'conduitListComments',
          summary: "An article's comments, oldest first (RealWorld)",
          description: 'Every comment, up to the newest 500, oldest first.',
          params: SlugParams,
          response: { 200: ConduitCommentList, ...errorResponses(404) },
        },
      },
      async (request, reply) => {
        const viewerId = request.auth?.user.id
        const list = await comments.listAll(db, await postIdOf(request.params.slug), viewerId)
        variesByCaller(reply)
        return reply.send({ comments: list.map(commentOf) })
      },
    )

    app.get(
      '/tags',
      {
        schema: {
          operationId: 'conduitListTags',
          summary: 'Tags in use, most used first (RealWorld)',
          description: 'The 100 most used tags.',
          response: { 200: ConduitTags },
        },
      },
      async () => ({ tags: (await posts.popularTags(db, TAG_CLOUD_SIZE)).map((tag) => tag.name) }),
    )

    await app.register(
      authenticated(async (fastify) => {
        const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

        app.get(
          '/user',
          {
            schema: {
              operationId: 'conduitGetUser',
              summary: 'The signed-in user (RealWorld)',
              description: 'The user the token belongs to, with that token.',
              response: { 200: ConduitUser },
            },
          },
          async (request) => userOf(caller(request).user, sentToken(request)),
        )

        app.put(
          '/user',
          {
            config: { resource: 'User' },
            schema: {
              operationId: 'conduitUpdateUser',
              summary: 'Change the signed-in user (RealWorld)',
              description: 'An empty `bio` or `image` clears it. A new password needs no current one here, as RealWorld has it; the token sent keeps working, every other one of the user is revoked.',
              body: ConduitUserChanges,
              response: { 200: ConduitUser, ...errorResponses(409, 413, 415, 422) },
            },
          },
          async (request) => {
            const { bio, image, ...rest } = request.body.user
            const actor = caller(request)
            const changes = { ...rest, bio: bio === '' ? null : bio, image: image === '' ? null : image }
            const user = await users.update(db, actor, actor.user.id, changes, undefined, { currentPassword: 'not-asked' })
            return userOf(user, sentToken(request))
          },
        )

        for (const [method, following] of [['POST', true], ['DELETE', false]] as const) {
          app.route({
            method,
            url: '/profiles/:username/follow',
            config: { resource: 'User' },
            schema: {
              operationId: following ? 'conduitFollow' : 'conduitUnfollow',
              summary: following ? 'Follow a user (RealWorld)' : 'Unfollow a user (RealWorld)',
              description: 'Answers with their profile; doing it again changes nothing.',
              params: UsernameParams,
              response: { 200: ConduitProfile, ...errorResponses(404, 422) },
            },
            handler: async (request) => {
              const user = caller(request).user
              const { id } = await users.profileByUsername(db, (request.params as { username: string }).username, user)
              const profile = following ? await users.follow(db, user, id) : await users.unfollow(db, user, id)
              return { profile: profileOf(profile) }
            },
          })
        }

        app.get(
          '/articles/feed',
          {
            schema: {
              operationId: 'conduitFeed',
              summary: 'Articles by the users you follow, newest first (RealWorld)',
              description: 'Articles by the users you follow: `limit` (20) and `offset` (0); items leave out `body`.',
              querystring: FeedQuery,
              response: { 200: ConduitArticleList, ...errorResponses(422) },
            },
          },
          async (request) => {
            const { limit = 20, offset = 0 } = request.query
            const page = await posts.feedWithCount(db, caller(request).user.id, { offset, limit })
            return { articles: page.posts.map(articleSummaryOf), articlesCount: page.count }
          },
        )

        app.post(
          '/articles',
          {
            schema: {
              operationId: 'conduitCreateArticle',
              summary: 'Write an article (RealWorld)',
              description: '`title`, `description` and `body` are required; `tagList` is kept in the order given. The slug is made from the title and never changes.',
              body: NewArticle,
              response: { 201: ConduitArticle, ...errorResponses(413, 415, 422) },
            },
          },
          async (request, reply) => {
            const { tagList, ...fields } = request.body.article
            const post = await posts.create(db, caller(request).user, { ...fields, tags: tagList })
            return reply.code(201).send(articleOf(post))
          },
        )

        app.put(
          '/articles/:slug',
          {
            config: { resource: 'Post' },
            schema: {
              operationId: 'conduitUpdateArticle',
              summary: 'Change your article (RealWorld)',
              description: 'The fields given; `tagList` replaces the tags, and leaving it out keeps them. The slug stays.',
              params: SlugParams,
              body: ArticleChanges,
              response: { 200: ConduitArticle, ...errorResponses(403, 404, 413, 415, 422) },
            },
          },
          async (request) => {
            const { tagList, ...fields } = request.body.article
            const id = await postIdOf(request.params.slug)
            return articleOf(await posts.update(db, caller(request).user, id, { ...fields, tags: tagList }))
          },
        )

        app.delete(
          '/articles/:slug',
          {
            config: { resource: 'Post' },
            schema: {
              operationId: 'conduitDeleteArticle',
              summary: 'Delete your article (RealWorld)',
              description: 'Only its author may; its comments, tags and favorites go with it.',
              params: SlugParams,
              response: { 204: Deleted, ...errorResponses(403, 404) },
            },
          },
          async (request, reply) => {
            await posts.delete(db, caller(request).user, await postIdOf(request.params.slug))
            return reply.code(204).send(null)
          },
        )

        for (const [method, favorite] of [['POST', true], ['DELETE', false]] as const) {
          app.route({
            method,
            url: '/articles/:slug/favorite',
            config: { resource: 'Post' },
            schema: {
              operationId: favorite ? 'conduitFavorite' : 'conduitUnfavorite',
              summary: favorite ? 'Favorite an article (RealWorld)' : 'Unfavorite an article (RealWorld)',
              description: 'Answers with the article as you now see it; doing it again changes nothing.',
              params: SlugParams,
              response: { 200: ConduitArticle, ...errorResponses(404) },
            },
            handler: async (request) => {
              const user = caller(request).user
              const id = await postIdOf((request.params as { slug: string }).slug)
              return articleOf(favorite ? await posts.favorite(db, user, id) : await posts.unfavorite(db, user, id))
            },
          })
        }

        app.post(
          '/articles/:slug/comments',
          {
            config: { resource: 'Post' },
            schema: {
              operationId: 'conduitAddComment',
              summary: 'Comment on an article (RealWorld)',
              description: 'As the caller; `body` must be written.',
              params: SlugParams,
              body: NewComment,
              response: { 201: ConduitComment, ...errorResponses(404, 413, 415, 422) },
            },
          },
          async (request, reply) => {
            const postId = await postIdOf(request.params.slug)
            const comment = await comments.create(db, caller(request).user, postId, request.body.comment)
            return reply.code(201).send({ comment: commentOf(comment) })
          },
        )

        app.delete(
          '/articles/:slug/comments/:id',
          {
            config: { resource: 'Comment' },
            schema: {
              operationId: 'conduitDeleteComment',
              summary: 'Delete a comment: yours, or one on your article (RealWorld)',
              description: 'Its author or the article\'s author may.',
              params: CommentParams,
              response: { 204: Deleted, ...errorResponses(403, 404) },
            },
          },
          async (request, reply) => {
            const postId = await postIdOf(request.params.slug)
            await comments.deleteFromPost(db, caller(request).user, postId, request.params.id)
            return reply.code(204).send(null)
          },
        )
      }),
    )
  }
}
