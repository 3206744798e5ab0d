/** The comments API's shapes. */
import { Type } from 'typebox'
import { NextCursor, PageQuery } from '../http/pagination.js'
import { Id, Timestamp } from '../http/schemas.js'
import { NOT_BLANK, withReadOnlyFields } from '../http/validation.js'

export const CommentBody = Type.String({
  minLength: 1,
  maxLength: 10_000,
  ...NOT_BLANK,
  description: '1–10,000 characters, not all blank.',
  examples: ['Thanks for writing this.'],
})

export const Comment = Type.Object(
  {
    id: Id,
    post_id: Id,
    body: Type.String(),
    author: Type.Object({
      id: Id,
      username: Type.String(),
      bio: Type.Union([Type.String(), Type.Null()]),
      image: Type.Union([Type.String(), Type.Null()]),
      following: Type.Boolean({ description: 'Whether you follow the author; false when you sent no token.' }),
    }),
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { $id: 'Comment', description: 'A comment on a post.' },
)

/** Set by the server, so a client sending one is told they are read-only. */
const READ_ONLY = ['id', 'post_id', 'author', 'author_id', 'created_at', 'updated_at']

export const NewComment = withReadOnlyFields(Type.Object({ body: CommentBody }, { additionalProperties: false }), READ_ONLY)

export const CommentListQuery = Type.Object(PageQuery, { additionalProperties: false })

export const CommentList = Type.Object(
  { comments: Type.Array(Comment), next_cursor: NextCursor },
  { $id: 'CommentList', description: "A page of a post's comments, oldest first." },
)
