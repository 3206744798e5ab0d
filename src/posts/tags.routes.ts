/** /api/tags: the tags posts have, most used first. Anybody may read. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import { errorResponses } from '../http/errors.js'
import { documentAs } from '../http/openapi.js'
import { TagList, TagsQuery } from './posts.schemas.js'
import type { PostService } from './posts.service.js'

export function tagRoutes(deps: { db: Kysely<Database>; posts: PostService }) {
  const { db, posts } = deps
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    documentAs(app, { name: 'tags', description: "Posts' tags" })

    app.get(
      '/tags',
      {
        schema: {
          operationId: 'listTags',
          summary: 'List the most used tags',
          description: 'Each tag with how many posts have it, most used first; ties go to the tag on the newest post.',
          querystring: TagsQuery,
          response: { 200: TagList, ...errorResponses(400) },
        },
      },
      async (request) => ({ tags: await posts.popularTags(db, request.query.limit ?? 20) }),
    )
  }
}
