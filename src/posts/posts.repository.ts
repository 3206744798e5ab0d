/** Queries on `posts` and their tags: rows in, domain objects out. */
import type { Kysely, RawBuilder, Selectable, SelectQueryBuilder } from 'kysely'
import { parameter, prepared, preparedVariants, preparedWithList } from '../db/prepared.js'
import type { Database, Executor } from '../db/schema.js'
import { AUTHOR_COLUMNS, authorOf, type AuthorColumns, type AuthorProfile } from '../users/authors.js'
import type { PostsTable } from './posts.table.js'

/** Who writes a post: any user, of whom only the id counts here. */
export interface Author {
  id: number
}

export interface Post {
  id: number
  slug: string
  title: string
  description: string
  body: string
  /** In the order the author gave them. */
  tags: string[]
  author: AuthorProfile
  favorites_count: number
  /** Whether the viewer favorited it; false for anonymous viewers. */
  favorited: boolean
  created_at: string
  updated_at: string
  /** The row's version: not shown; a conditional write must still find it, and the ETag has it. */
  version: number
}

/**
 * Which posts a list holds; every filter given must hold (they combine). `followedBy` is a feed:
 * posts by the users that user follows.
 */
export interface PostFilters {
  authorId?: number
  tag?: string
  favoritedBy?: number
  followedBy?: number
}

const POST_COLUMNS = ['id', 'slug', 'title', 'description', 'body', 'favorites_count', 'created_at', 'updated_at', 'version'] as const

type PostRow = Pick<
  Selectable<PostsTable>,
  'id' | 'slug' | 'title' | 'description' | 'body' | 'favorites_count' | 'created_at' | 'updated_at' | 'version'
>

type JoinedRow = PostRow & AuthorColumns

/** The post as stored; its tags and what the viewer sees (`favorited`, `following`) are filled in after. */
function joinedRowToPost(row: JoinedRow): Post {
  return postOf(row, authorOf(row))
}

function postOf(row: PostRow, author: AuthorProfile, tags: string[] = []): Post {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    body: row.body,
    tags,
    author,
    // PostgreSQL's integers arrive as numbers; a count from an aggregate would not.
    favorites_count: Number(row.favorites_count),
    favorited: false,
    created_at: row.created_at,
    updated_at: row.updated_at,
    version: row.version,
  }
}

function selectPostsWithAuthors(db: Executor | Kysely<Database>) {
  return db
    .selectFrom('posts')
    .innerJoin('users', 'users.id', 'posts.author_id')
    .select([
      'posts.id',
      'posts.slug',
      'posts.title',
      'posts.description',
      'posts.body',
      'posts.favorites_count',
      'posts.created_at',
      'posts.updated_at',
      'posts.version',
      ...AUTHOR_COLUMNS,
    ])
}

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
      description: parameter<string>(5),
    })
    .returning(POST_COLUMNS),
)

/**
 * Stores a new post with `tags` (already normalized), and answers it as its author sees it: from
 * what was written, with nothing read back. The author cannot follow themself, nor has anybody
 * favorited a post that did not exist.
 */
export async function insertPost(
  db: Executor,
  author: Omit<AuthorProfile, 'following'>,
  values: { title: string; description: string; body: string; slug: string; tags: readonly string[]; createdAt: string },
): Promise<Post> {
  const { rows } = await insertPostQuery(db, [author.id, values.title, values.body, values.createdAt, values.slug, values.description])
  await insertTags(db, rows[0]!.id, values.tags)
  return postOf(rows[0]!, { ...author, following: false }, [...values.tags])
}

async function insertTags(db: Executor, postId: number, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return
  await db
    .insertInto('post_tags')
    .values(tags.map((tag, position) => ({ post_id: postId, tag, position })))
    .execute()
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

/** Makes `tags` the post's tags, in that order. */
export async function replaceTags(db: Executor, postId: number, tags: readonly string[]): Promise<void> {
  await db.deleteFrom('post_tags').where('post_id', '=', postId).execute()
  await insertTags(db, postId, tags)
}

const postById = prepared((db) => selectPostsWithAuthors(db).where('posts.id', '=', parameter<number>(0)))

/** The post without its tags or viewer's bits (`PostService` adds them). */
export async function findPostById(db: Executor, id: number): Promise<Post | undefined> {
  const row = (await postById(db, [id])).rows[0]
  return row && joinedRowToPost(row)
}

const postBySlug = prepared((db) => selectPostsWithAuthors(db).where('posts.slug', '=', parameter<string>(0)))

export async function findPostBySlug(db: Executor, slug: string): Promise<Post | undefined> {
  const row = (await postBySlug(db, [slug])).rows[0]
  return row && joinedRowToPost(row)
}

function newestFirst(db: Kysely<Database>) {
  return selectPostsWithAuthors(db).orderBy('posts.id', 'desc').limit(parameter<number>(0))
}

/** Whether a list is every post, unfiltered: its pages then hold every post in their id range. */
export function isUnfiltered(filters: PostFilters): boolean {
  return filters.authorId === undefined && filters.tag === undefined && filters.favoritedBy === undefined && filters.followedBy === undefined
}

/** A filter's value, or where a prepared query's argument goes in its place. */
type Slot<T> = T | RawBuilder<T>

type FilterSlots = { [K in keyof PostFilters]: Slot<NonNullable<PostFilters[K]>> }

/**
 * Narrows `query` (on `posts`) to the posts `filters` allow. Each filter joins or tests on an
 * index that also yields post ids in order: (tag, post_id), (user_id, post_id) via the primary
 * key of favorites, and (author_id, id) for the followed authors.
 */
function filtered<T extends 'posts' | 'users', O>(query: SelectQueryBuilder<Database, T, O>, filters: FilterSlots): SelectQueryBuilder<Database, T, O> {
  // Every test below is on `posts` columns; the casts only tell Kysely that `T` includes `posts`.
  const posts = query as unknown as SelectQueryBuilder<Database, 'posts', O>
  let narrowed = posts
  if (filters.authorId !== undefined) narrowed = narrowed.where('posts.author_id', '=', filters.authorId)
  if (filters.tag !== undefined) {
    const tag = filters.tag
    narrowed = narrowed.where((eb) =>
      eb.exists(eb.selectFrom('post_tags').select('post_tags.post_id').whereRef('post_tags.post_id', '=', 'posts.id').where('post_tags.tag', '=', tag)),
    )
  }
  if (filters.favoritedBy !== undefined) {
    const userId = filters.favoritedBy
    narrowed = narrowed.where((eb) =>
      eb.exists(eb.selectFrom('favorites').select('favorites.post_id').whereRef('favorites.post_id', '=', 'posts.id').where('favorites.user_id', '=', userId)),
    )
  }
  if (filters.followedBy !== undefined) {
    const followerId = filters.followedBy
    narrowed = narrowed.where('posts.author_id', 'in', (eb) =>
      eb.selectFrom('follows').select('follows.followed_id').where('follows.follower_id', '=', followerId),
    )
  }
  return narrowed as unknown as SelectQueryBuilder<Database, T, O>
}

/**
 * The ids of one page of a filtered list, newest first: found from the indexes alone, so that
 * only the page's rows are then read in full. Reading every matching row and sorting them, as a
 * join would, costs what the followed authors ever wrote for the first page of a feed.
 */
function pageIds(db: Executor, filters: FilterSlots, page: { beforeId?: Slot<number>; limit: Slot<number>; offset?: number }) {
  let ids = filtered(db.selectFrom('posts').select('posts.id'), filters).orderBy('posts.id', 'desc').limit(page.limit)
  if (page.beforeId !== undefined) ids = ids.where('posts.id', '<', page.beforeId)
  if (page.offset) ids = ids.offset(page.offset)
  return ids
}

/** Where each of a page query's arguments goes: `[limit, beforeId, authorId, tag, favoritedBy, followedBy]`. */
const PAGE_SLOTS = {
  beforeId: parameter<number>(1),
  authorId: parameter<number>(2),
  tag: parameter<string>(3),
  favoritedBy: parameter<number>(4),
  followedBy: parameter<number>(5),
}

/**
 * A page's query for each combination of filters a list can have (the names given, such as
 * `beforeId,tag`): building a query with Kysely cost more CPU than running it (issue 14), and the
 * SQL is the same for every tag or user.
 */
const pageQuery = preparedVariants((key: string) => {
  const given = key.split(',').filter((name) => name !== '') as (keyof typeof PAGE_SLOTS)[]
  const slots: FilterSlots & { beforeId?: Slot<number> } = Object.fromEntries(given.map((name) => [name, PAGE_SLOTS[name]]))
  const { beforeId, ...filters } = slots
  // The unfiltered list and an author's are one range of an index each: a plain join, in order.
  if (filters.tag === undefined && filters.favoritedBy === undefined && filters.followedBy === undefined) {
    return (db: Kysely<Database>) => {
      let query = filtered(newestFirst(db), filters)
      if (beforeId !== undefined) query = query.where('posts.id', '<', beforeId)
      return query
    }
  }
  // A tag alone is one range of the (tag, post_id) index, newest first, however rare the tag:
  // walking the posts newest first and testing each for it would read every post newer than the
  // page's last for a tag that few posts have.
  const onlyTag = filters.tag !== undefined && Object.keys(filters).length === 1
  return (db: Kysely<Database>) =>
    selectPostsWithAuthors(db)
      .where('posts.id', 'in', onlyTag ? taggedIds(db, filters.tag!, beforeId) : pageIds(db, filters, { beforeId, limit: parameter<number>(0) }))
      .orderBy('posts.id', 'desc')
})

function taggedIds(db: Kysely<Database>, tag: Slot<string>, beforeId: Slot<number> | undefined) {
  let ids = db.selectFrom('post_tags').select('post_tags.post_id').where('post_tags.tag', '=', tag)
  if (beforeId !== undefined) ids = ids.where('post_tags.post_id', '<', beforeId)
  return ids.orderBy('post_tags.post_id', 'desc').limit(parameter<number>(0))
}

/**
 * One page of posts, newest first, strictly before `beforeId` when given, narrowed by `filters`.
 * Returns up to `limit + 1` so the caller can tell whether another page follows.
 */
export async function listPostsPage(db: Executor, page: PostFilters & { beforeId?: number; limit: number }): Promise<Post[]> {
  const given = (Object.keys(PAGE_SLOTS) as (keyof typeof PAGE_SLOTS)[]).filter((name) => page[name] !== undefined)
  const { rows } = await pageQuery(given.join(','))(db, [page.limit + 1, page.beforeId, page.authorId, page.tag, page.favoritedBy, page.followedBy])
  return rows.map(joinedRowToPost)
}

/** Posts `offset` to `offset + limit` of the list, newest first (RealWorld's paging). */
export async function listPostsAt(db: Executor, filters: PostFilters, page: { offset: number; limit: number }): Promise<Post[]> {
  const ids = pageIds(db, filters, page)
  const rows = await selectPostsWithAuthors(db).where('posts.id', 'in', ids).orderBy('posts.id', 'desc').execute()
  return rows.map(joinedRowToPost)
}

/** How many posts the list holds. */
export async function countPosts(db: Executor, filters: PostFilters): Promise<number> {
  const row = await filtered(db.selectFrom('posts').innerJoin('users', 'users.id', 'posts.author_id'), filters)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

// A page of the unfiltered list holds every post whose id lies between its first and last, so
// their tags are one range of the primary key, and the statement can be compiled once.
const tagsInRangeQuery = prepared((db) =>
  db
    .selectFrom('post_tags')
    .select(['post_id', 'tag'])
    .where('post_id', '>=', parameter<number>(0))
    .where('post_id', '<=', parameter<number>(1))
    .orderBy('post_id')
    .orderBy('position'),
)

const tagsOfPostsQuery = preparedWithList(0, (db, ids: RawBuilder<number>[]) =>
  db.selectFrom('post_tags').select(['post_id', 'tag']).where('post_id', 'in', ids).orderBy('post_id').orderBy('position'),
)

/**
 * The tags of `posts`, in one query, set on each. `contiguous` says the posts are every post in
 * their id range (a page of the unfiltered list), which one range of the primary key answers.
 */
export async function fillTags(db: Executor, posts: Post[], contiguous = false): Promise<void> {
  if (posts.length === 0) return
  const ids = posts.map((post) => post.id)
  const { rows } = contiguous ? await tagsInRangeQuery(db, [Math.min(...ids), Math.max(...ids)]) : await tagsOfPostsQuery(db, [], ids)
  const byId = new Map(posts.map((post) => [post.id, post]))
  for (const row of rows) byId.get(row.post_id)?.tags.push(row.tag)
}

/**
 * Updates the post if `authorId` wrote it and, when `expectedVersion` is given, nobody has changed
 * it since that version; false when there is no such post (any more).
 */
export async function updatePost(
  db: Executor,
  id: number,
  authorId: number,
  changes: { title?: string; description?: string; body?: string; updatedAt: string },
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('posts')
    .set((eb) => ({
      title: changes.title,
      description: changes.description,
      body: changes.body,
      updated_at: changes.updatedAt,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('author_id', '=', authorId)
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion)
  const result = await query.executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Deletes the post if `authorId` wrote it and it is still at `expectedVersion`, when given. */
export async function deletePost(db: Executor, id: number, authorId: number, expectedVersion?: number): Promise<boolean> {
  let query = db.deleteFrom('posts').where('id', '=', id).where('author_id', '=', authorId)
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion)
  const result = await query.executeTakeFirst()
  return result.numDeletedRows > 0n
}

/**
 * The most used tags, with how many posts have each; ties go to the tag on the newest post
 * (then by name, so that the order is stable).
 */
export async function popularTags(db: Executor, limit: number): Promise<{ name: string; posts_count: number }[]> {
  const rows = await db
    .selectFrom('post_tags')
    .select((eb) => ['tag', eb.fn.countAll<number | string>().as('posts_count'), eb.fn.max('post_id').as('newest')])
    .groupBy('tag')
    .orderBy('posts_count', 'desc')
    .orderBy('newest', 'desc')
    .orderBy('tag')
    .limit(limit)
    .execute()
  return rows.map((row) => ({ name: row.tag, posts_count: Number(row.posts_count) }))
}
