/** Queries on `posts`: rows in, domain objects out. */
import type { Kysely, Selectable } from 'kysely'
import { parameter, prepared } from '../db/prepared.js'
import { toIsoTimestamp, type Database, type Executor } from '../db/schema.js'
import type { PostsTable } from './posts.table.js'

export interface Author {
  id: number
  username: string
  /** The author's row version: not shown, but part of the post's ETag, since the name is. */
  version: number
}

export interface Post {
  id: number
  title: string
  body: string
  author: Author
  created_at: string
  updated_at: string
  /** The row's version: not shown; a conditional write must still find it, and the ETag has it. */
  version: number
}

type PostRow = Pick<Selectable<PostsTable>, 'id' | 'title' | 'body' | 'created_at' | 'updated_at' | 'version'>

export function postRowToPost(row: PostRow, author: Author): Post {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    author: { id: author.id, username: author.username, version: author.version },
    created_at: toIsoTimestamp(row.created_at),
    updated_at: toIsoTimestamp(row.updated_at),
    version: row.version,
  }
}

const POST_COLUMNS = ['id', 'title', 'body', 'created_at', 'updated_at', 'version'] as const

function selectPostsWithAuthors(db: Executor | Kysely<Database>) {
  return db
    .selectFrom('posts')
    .innerJoin('users', 'users.id', 'posts.author_id')
    .select([
      'posts.id',
      'posts.title',
      'posts.body',
      'posts.created_at',
      'posts.updated_at',
      'posts.version',
      'users.id as author_id',
      'users.username as author_username',
      'users.version as author_version',
    ])
}

type JoinedRow = PostRow & { author_id: number; author_username: string; author_version: number }

const joinedRowToPost = (row: JoinedRow) =>
  postRowToPost(row, { id: row.author_id, username: row.author_username, version: row.author_version })

const insertPostQuery = prepared((db) =>
  db
    .insertInto('posts')
    .values({
      author_id: parameter<number>(0),
      title: parameter<string>(1),
      body: parameter<string>(2),
      created_at: parameter<string>(3),
      updated_at: parameter<string>(3),
      slug: parameter<string>(4),
    })
    .returning(POST_COLUMNS),
)

export async function insertPost(
  db: Executor,
  author: Author,
  values: { title: string; body: string; slug: string; createdAt: string },
): Promise<Post> {
  const { rows } = await insertPostQuery(db, [author.id, values.title, values.body, values.createdAt, values.slug])
  return postRowToPost(rows[0]!, author)
}

/**
 * Many posts in one statement, for loading data in bulk (the benchmark's seeding), where one
 * round through the query builder per row would dominate. Returns nothing: callers that need
 * the posts back use `insertPost`.
 */
export async function insertPosts(
  db: Executor,
  posts: { authorId: number; title: string; body: string; slug: string; createdAt: string }[],
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
        slug: post.slug,
      })),
    )
    .execute()
}

const postById = prepared((db) => selectPostsWithAuthors(db).where('posts.id', '=', parameter<number>(0)))

export async function findPostById(db: Executor, id: number): Promise<Post | undefined> {
  const row = (await postById(db, [id])).rows[0]
  return row && joinedRowToPost(row)
}

/** A page's query for each combination of filters, each compiled once. */
const pageQueries = {
  all: prepared((db) => newestFirst(db)),
  before: prepared((db) => newestFirst(db).where('posts.id', '<', parameter<number>(1))),
  byAuthor: prepared((db) => newestFirst(db).where('posts.author_id', '=', parameter<number>(2))),
  byAuthorBefore: prepared((db) =>
    newestFirst(db).where('posts.id', '<', parameter<number>(1)).where('posts.author_id', '=', parameter<number>(2)),
  ),
}

function newestFirst(db: Kysely<Database>) {
  return selectPostsWithAuthors(db).orderBy('posts.id', 'desc').limit(parameter<number>(0))
}

/**
 * One page of posts, newest first, strictly before `beforeId` when given, optionally by one
 * author. Returns up to `limit + 1` so the caller can tell whether another page follows.
 */
export async function listPostsPage(
  db: Executor,
  page: { beforeId?: number; authorId?: number; limit: number },
): Promise<Post[]> {
  const query =
    page.authorId === undefined
      ? page.beforeId === undefined
        ? pageQueries.all
        : pageQueries.before
      : page.beforeId === undefined
        ? pageQueries.byAuthor
        : pageQueries.byAuthorBefore
  return (await query(db, [page.limit + 1, page.beforeId, page.authorId])).rows.map(joinedRowToPost)
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
