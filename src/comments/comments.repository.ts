/** Queries on `comments`: rows in, domain objects out. */
import type { Kysely } from 'kysely'
import { parameter, prepared } from '../db/prepared.js'
import type { Database, Executor } from '../db/schema.js'
import { AUTHOR_COLUMNS, authorOf, type AuthorColumns, type AuthorProfile } from '../users/authors.js'


export interface Comment {
  id: number
  post_id: number
  body: string
  author: AuthorProfile
  created_at: string
  updated_at: string
}

function selectCommentsWithAuthors(db: Executor | Kysely<Database>) {
  return db
    .selectFrom('comments')
    .innerJoin('users', 'users.id', 'comments.author_id')
    .select([
      'comments.id',
      'comments.post_id',
      'comments.body',
      'comments.created_at',
      'comments.updated_at',
      ...AUTHOR_COLUMNS,
    ])
}

interface JoinedRow extends AuthorColumns {
  id: number
  post_id: number
  body: string
  created_at: string
  updated_at: string
}

/** A comment as stored; `author.following` is false until the service knows who is looking. */
function joinedRowToComment(row: JoinedRow): Comment {
  return {
    id: row.id,
    post_id: row.post_id,
    body: row.body,
    author: authorOf(row),
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

/** Inserts a comment and returns its id; the caller reads it back with its author. */
export async function insertComment(
  db: Executor,
  values: { postId: number; authorId: number; body: string; createdAt: string },
): Promise<number> {
  const row = await db
    .insertInto('comments')
    .values({
      post_id: values.postId,
      author_id: values.authorId,
      body: values.body,
      created_at: values.createdAt,
      updated_at: values.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

const commentById = prepared((db) => selectCommentsWithAuthors(db).where('comments.id', '=', parameter<number>(0)))

export async function findCommentById(db: Executor, id: number): Promise<Comment | undefined> {
  const row = (await commentById(db, [id])).rows[0]
  return row && joinedRowToComment(row)
}

/** A page's query, first page or after a cursor, each compiled once. */
const pageQueries = {
  first: prepared((db) => oldestFirst(db)),
  after: prepared((db) => oldestFirst(db).where('comments.id', '>', parameter<number>(2))),
}

function oldestFirst(db: Kysely<Database>) {
  return selectCommentsWithAuthors(db)
    .where('comments.post_id', '=', parameter<number>(0))
    .orderBy('comments.id', 'asc')
    .limit(parameter<number>(1))
}

/**
 * One page of a post's comments, oldest first, strictly after `afterId` when given. Returns up to
 * `limit + 1` so the caller can tell whether another page follows.
 */
export async function listCommentsPage(db: Executor, postId: number, page: { afterId?: number; limit: number }): Promise<Comment[]> {
  const query = page.afterId === undefined ? pageQueries.first : pageQueries.after
  return (await query(db, [postId, page.limit + 1, page.afterId])).rows.map(joinedRowToComment)
}

const newestQuery = prepared((db) =>
  selectCommentsWithAuthors(db)
    .where('comments.post_id', '=', parameter<number>(0))
    .orderBy('comments.id', 'desc')
    .limit(parameter<number>(1)),
)

/** The newest `limit` comments of a post, oldest first. */
export async function listNewestComments(db: Executor, postId: number, limit: number): Promise<Comment[]> {
  return (await newestQuery(db, [postId, limit])).rows.map(joinedRowToComment).reverse()
}

/** What deciding who may delete a comment needs: its post and both authors. */
export interface CommentOwnership {
  id: number
  postId: number
  authorId: number
  postAuthorId: number
}

export async function findCommentOwnership(db: Executor, id: number): Promise<CommentOwnership | undefined> {
  const row = await db
    .selectFrom('comments')
    .innerJoin('posts', 'posts.id', 'comments.post_id')
    .select(['comments.id', 'comments.post_id', 'comments.author_id', 'posts.author_id as post_author_id'])
    .where('comments.id', '=', id)
    .executeTakeFirst()
  return row && { id: row.id, postId: row.post_id, authorId: row.author_id, postAuthorId: row.post_author_id }
}

/** Deletes the comment; false when there was none (any more). */
export async function deleteComment(db: Executor, id: number): Promise<boolean> {
  const result = await db.deleteFrom('comments').where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}
