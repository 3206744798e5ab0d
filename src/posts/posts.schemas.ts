/** The posts API's shapes. */
import { Type } from 'typebox'
import { NextCursor, PageQuery } from '../http/pagination.js'
import { Id, IdInput, Timestamp } from '../http/schemas.js'
import { PATTERN_MESSAGE, withReadOnlyFields } from '../http/validation.js'

export const Title = Type.String({
  minLength: 1,
  maxLength: 200,
  // Zero-width and invisible format characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) do not count:
  // a title of only those shows as blank.
  pattern: '[^\\s\\u200B-\\u200D\\u2060\\uFEFF]',
  [PATTERN_MESSAGE]: 'must not be blank',
  description: '1–200 characters, not all blank.',
  examples: ['Hello, Inkwell'],
})

export const Body = Type.String({ maxLength: 100_000, description: 'Up to 100,000 characters.', examples: ['First post.'] })

export const Post = Type.Object(
  {
    id: Id,
    title: Type.String(),
    body: Type.String(),
    author: Type.Object({ id: Id, username: Type.String() }),
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { $id: 'Post', description: 'A post.' },
)

/** Set by the server, so a client sending one is told they are read-only. */
const READ_ONLY = ['id', 'author', 'author_id', 'created_at', 'updated_at']

export const NewPost = withReadOnlyFields(Type.Object({ title: Title, body: Body }, { additionalProperties: false }), READ_ONLY)

export const PostChanges = withReadOnlyFields(
  Type.Object({ title: Type.Optional(Title), body: Type.Optional(Body) }, { additionalProperties: false, minProperties: 1 }),
  READ_ONLY,
)

export const PostListQuery = Type.Object(
  {
    ...PageQuery,
    author_id: Type.Optional(IdInput({ description: "Only this user's posts." })),
  },
  { additionalProperties: false },
)

export const PostList = Type.Object(
  { posts: Type.Array(Post), next_cursor: NextCursor },
  { $id: 'PostList', description: 'A page of posts, newest first.' },
)
