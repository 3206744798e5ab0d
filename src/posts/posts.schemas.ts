/** The posts API's shapes. */
import { Type } from 'typebox'
import { NextCursor, PageQuery } from '../http/pagination.js'
import { Id, IdInput, Timestamp } from '../http/schemas.js'
import { NOT_BLANK, withReadOnlyFields } from '../http/validation.js'
import { MAX_TAGS } from './tags.js'

export const Title = Type.String({
  minLength: 1,
  maxLength: 200,
  ...NOT_BLANK,
  description: '1–200 characters, not all blank.',
  examples: ['Hello, Inkwell'],
})

export const Body = Type.String({ maxLength: 100_000, description: 'Up to 100,000 characters.', examples: ['First post.'] })

export const Description = Type.String({
  maxLength: 1000,
  description: 'A one-line summary shown in lists; up to 1,000 characters. Empty when not given.',
  examples: ['What this post is about.'],
})

export const Tags = Type.Array(
  Type.String({ maxLength: 100, description: 'Trimmed, lowercased, inner blanks made one `-`; then 1–32 characters.' }),
  {
    maxItems: MAX_TAGS,
    description: 'Up to 10 tags, in your order; a repeated tag counts once. On a change, the new list replaces the old.',
    examples: [['typescript', 'api design']],
  },
)

export const Post = Type.Object(
  {
    id: Id,
    slug: Type.String({ description: 'Chosen from the title when the post is written, and never changed.' }),
    title: Type.String(),
    description: Type.String(),
    body: Type.String(),
    tags: Type.Array(Type.String(), { description: "In the author's order." }),
    author: Type.Object({
      id: Id,
      username: Type.String(),
      bio: Type.Union([Type.String(), Type.Null()]),
      image: Type.Union([Type.String(), Type.Null()]),
      following: Type.Boolean({ description: 'Whether you follow the author; false without a token.' }),
    }),
    favorites_count: Type.Integer({ minimum: 0 }),
    favorited: Type.Boolean({ description: 'Whether you favorited it; false without a token.' }),
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { $id: 'Post', description: 'A post. `favorited` and `author.following` are as the caller sees them.' },
)

/** Set by the server, so a client sending one is told they are read-only. */
const READ_ONLY = ['id', 'slug', 'author', 'author_id', 'favorites_count', 'favorited', 'created_at', 'updated_at']

export const NewPost = withReadOnlyFields(
  Type.Object(
    { title: Title, body: Body, description: Type.Optional(Description), tags: Type.Optional(Tags) },
    { additionalProperties: false },
  ),
  READ_ONLY,
)

export const PostChanges = withReadOnlyFields(
  Type.Object(
    { title: Type.Optional(Title), body: Type.Optional(Body), description: Type.Optional(Description), tags: Type.Optional(Tags) },
    { additionalProperties: false, minProperties: 1 },
  ),
  READ_ONLY,
)

export const PostListQuery = Type.Object(
  {
    ...PageQuery,
    author_id: Type.Optional(IdInput({ description: "Only this user's posts." })),
    tag: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Only posts with this tag (normalized as tags are).' })),
    favorited_by: Type.Optional(IdInput({ description: 'Only posts this user favorited.' })),
  },
  { additionalProperties: false },
)

export const PostList = Type.Object(
  { posts: Type.Array(Post), next_cursor: NextCursor },
  { $id: 'PostList', description: 'A page of posts, newest first.' },
)

export const FeedQuery = Type.Object(PageQuery, { additionalProperties: false })

export const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 100 }) })

export const TagsQuery = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'How many tags, 1–100.' }),
    ),
  },
  { additionalProperties: false },
)

export const TagList = Type.Object(
  {
    tags: Type.Array(
      Type.Object({ name: Type.String(), posts_count: Type.Integer({ minimum: 1, description: 'How many posts have it.' }) }),
    ),
  },
  { $id: 'TagList', description: 'The most used tags, most used first; ties go to the tag on the newest post.' },
)
