/** Queries on `posts`: rows in, domain objects out. */
import type { Selectable } from 'kysely'
import { toIsoTimestamp, type Executor } from '../db/schema.js'
import type { PostsTable } from './posts.table.js'

export interface Author {
  id: number
  username: string
}

export interface Post {
  id: number
  title: string
  body: string
  author: Author
  created_at: string
  updated_at: string
}

type PostRow = Pick<Selectable<PostsTable>, 'id' | 'title' | 'body' | 'created_at' | 'updated_at'>

export function postRowToPost(row: PostRow, author: Author): Post {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    author: { id: author.id, username: author.username },
    created_at: toIsoTimestamp(row.created_at),
    updated_at: toIsoTimestamp(row.updated_at),
  }
}

const POST_COLUMNS = ['id', 'title', 'body', 'created_at', 'updated_at'] as const

function selectPostsWithAuthors(db: Executor) {
  return db
    .selectFrom('posts')
    .innerJoin('users', 'users.id', 'posts.author_id')
    .select([
      'posts.id',
      'posts.title',
      'posts.body',
      'posts.created_at',
      'posts.updated_at',
      'users.id as author_id',
      'users.username as author_username',
    ])
}

type JoinedRow = PostRow & { author_id: number; author_username: string }

const joinedRowToPost = (row: JoinedRow) => postRowToPost(row, { id: row.author_id, username: row.author_username })

export async function insertPost(
  db: Executor,
  author: Author,
  values: { title: string; body: string; createdAt: string },
): Promise<Post> {
  const row = await db
    .insertInto('posts')
    .values({
      author_id: author.id,
      title: values.title,
      body: values.body,
      created_at: values.createdAt,
      updated_at: values.createdAt,
    })
    .returning(POST_COLUMNS)
    .executeTakeFirstOrThrow()
  return postRowToPost(row, author)
}

/**
 * Many posts in one statement, for loading data in bulk (the benchmark's seeding), where one
 * round through the query builder per row would dominate. Returns nothing: callers that need
 * the posts back use `insertPost`.
 */
export async function insertPosts(
  db: Executor,
  posts: { authorId: number; title: string; body: string; createdAt: string }[],
): Promise<void> {
  if (posts.length === 0) return
  await db
    .insertInto('posts')
    .values(
      posts.map((post) => ({
        author_id: post.authorId,
        title: post.title,
        body: post.body,
        created_at: post.createdAt,
        updated_at: post.createdAt,
      })),
    )
    .execute()
}

export async function findPostById(db: Executor, id: number): Promise<Post | undefined> {
  const row = await selectPostsWithAuthors(db).where('posts.id', '=', id).executeTakeFirst()
  return row && joinedRowToPost(row)
}

/** The post with the version its next conditional write must still find. */
export async function findPostVersion(db: Executor, id: number): Promise<{ post: Post; version: number } | undefined> {
  const row = await selectPostsWithAuthors(db).select('posts.version').where('posts.id', '=', id).executeTakeFirst()
  return row && { post: joinedRowToPost(row), version: row.version }
}

/**
 * One page of posts, newest first, strictly before `beforeId` when given, optionally by one
 * author. Returns up to `limit + 1` so the caller can tell whether another page follows.
 */
export async function listPostsPage(
  db: Executor,
  page: { beforeId?: number; authorId?: number; limit: number },
): Promise<Post[]> {
  let query = selectPostsWithAuthors(db).orderBy('posts.id', 'desc').limit(page.limit + 1)
  if (page.beforeId !== undefined) query = query.where('posts.id', '<', page.beforeId)
  if (page.authorId !== undefined) query = query.where('posts.author_id', '=', page.authorId)
  return (await query.execute()).map(joinedRowToPost)
}

/**
 * Updates the post if `author` wrote it and, when `expectedVersion` is given, nobody has changed
 * it since that version; undefined when there is no such post (any more).
 */
export async function updatePost(
  db: Executor,
  id: number,
  author: Author,
  changes: { title?: string; body?: string; updatedAt: string },
  expectedVersion?: number,
): Promise<Post | undefined> {
  let query = db
    .updateTable('posts')
    .set((eb) => ({
      title: changes.title,
      body: changes.body,
      updated_at: changes.updatedAt,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('author_id', '=', author.id)
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion)
  const row = await query.returning(POST_COLUMNS).executeTakeFirst()
  return row && postRowToPost(row, author)
}

/** Deletes the post if `authorId` wrote it and it is still at `expectedVersion`, when given. */
export async function deletePost(db: Executor, id: number, authorId: number, expectedVersion?: number): Promise<boolean> {
  let query = db.deleteFrom('posts').where('id', '=', id).where('author_id', '=', authorId)
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion)
  const result = await query.executeTakeFirst()
  return result.numDeletedRows > 0n
}
