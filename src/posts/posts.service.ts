/**
 * Posts and their rules: only the author may change or delete one; tags are normalized; a
 * favorite counts once per user. What a post shows its viewer (`favorited`, `author.following`)
 * is read for a whole page at once, never per post.
 */
import type { Kysely } from 'kysely'
import type { Clock } from '../clock.js'
import { violatedForeignKey, violatedUniqueIndex } from '../db/errors.js'
import type { Database, Executor } from '../db/schema.js'
import { callerGone, forbidden, notFound, preconditionFailed } from '../errors.js'
import type { AuthorProfile, ViewerId } from '../users/authors.js'
import { followedAmong } from '../users/follows.repository.js'
import { addFavorite, favoritedAmong, forgetFavoritesOf, removeFavorite } from './favorites.repository.js'
import {
  countPosts,
  deletePost,
  fillTags,
  findPostById,
  findPostBySlug,
  insertPost,
  isUnfiltered,
  listPostsAt,
  listPostsPage,
  popularTags,
  replaceTags,
  updatePost,
  type Author,
  type Post,
  type PostFilters,
} from './posts.repository.js'
import { slugFor } from './slugs.js'
import { isStorableTag, normalizeTag, normalizeTags } from './tags.js'

/** Who writes a new post, as it will show them: the caller, as their token found them. */
export type NewPostAuthor = Author & Omit<AuthorProfile, 'following'>

/** Throws when the current post is not the version the client means to change (If-Match). */
export type PostPrecondition = (current: Post) => void

export interface PostInput {
  title: string
  body: string
  /** '' when not given. */
  description?: string
  /** Normalized here; none when not given. */
  tags?: string[]
}

/** What changes: the fields given; `tags` replaces all of them when given and keeps them when not. */
export type PostChanges = Partial<PostInput>

export type { ViewerId }

/** A list's filters as a client names them: `tag` as typed (it is normalized like a post's). */
export type ListFilters = { authorId?: number; tag?: string; favoritedBy?: number }

/** What is known of a page before its posts are decorated, which spares a query. */
interface PageFacts {
  /** It holds every post in its id range (a page of the unfiltered list): their tags are one range. */
  contiguous?: boolean
  /** The viewer follows every author on it (their feed). */
  followsEveryAuthor?: boolean
}

/** The unique index that refuses a slug already taken (migration 0003). */
const SLUG_INDEX = { name: 'posts_slug_unique', table: 'posts', column: 'slug' }

/**
 * Draws before a write gives up on finding a free slug. A suffix is one of 2 billion, so a second
 * clash in a row is all but impossible; this only bounds the loop.
 */
const SLUG_DRAWS = 3

export class PostService {
  /** @param slugs what a new post's slug is drawn from: random (tests draw their own) */
  constructor(
    private readonly clock: Clock,
    private readonly slugs: (title: string) => string = slugFor,
  ) {}

  /**
   * Writes a post with its tags (in one transaction when it has some), and answers it as its
   * author sees it, from what was written: a write is one round trip when the post has no tags.
   *
   * @throws AppError `validation_failed` for a bad tag; `invalid_token` when the author's account
   *   was deleted while this was in flight.
   */
  async create(db: Kysely<Database>, author: NewPostAuthor, input: PostInput): Promise<Post> {
    const tags = normalizeTags(input.tags ?? [])
    const fields = { title: input.title, body: input.body, description: input.description ?? '', tags, createdAt: this.clock.now().toISOString() }
    for (let draw = 1; ; draw++) {
      const values = { ...fields, slug: this.slugs(input.title) }
      try {
        // One statement is atomic by itself; a post with tags is several.
        return tags.length === 0
          ? await insertPost(db, author, values)
          : await db.transaction().execute((trx) => insertPost(trx, author, values))
      } catch (error) {
        if (violatedForeignKey(error)) throw callerGone()
        // Random suffixes do clash, by the birthday bound, among tens of thousands of posts titled
        // alike; the clash was refused whole, so drawing again writes the post once.
        if (draw < SLUG_DRAWS && violatedUniqueIndex(error, SLUG_INDEX)) continue
        throw error
      }
    }
  }

  /** @throws AppError `not_found` (Post). */
  async get(db: Executor, id: number, viewerId?: ViewerId): Promise<Post> {
    const post = await this.find(db, id, viewerId)
    if (!post) throw notFound('Post')
    return post
  }

  /** @throws AppError `not_found` (Post). */
  async getBySlug(db: Executor, slug: string, viewerId?: ViewerId): Promise<Post> {
    const post = await findPostBySlug(db, slug)
    if (!post) throw notFound('Post')
    await this.decorate(db, [post], viewerId)
    return post
  }

  /**
   * A keyset page of the posts `filters` allow, newest first, strictly before `beforeId`; up to
   * `limit + 1`, so that the caller can tell whether another page follows.
   */
  async list(
    db: Executor,
    page: ListFilters & { beforeId?: number; limit: number },
    viewerId?: ViewerId,
  ): Promise<Post[]> {
    const { beforeId, limit, ...given } = page
    const filters = this.filters(given)
    if (!filters) return []
    const posts = await listPostsPage(db, { ...filters, beforeId, limit })
    await this.decorate(db, posts, viewerId, { contiguous: isUnfiltered(filters) })
    return posts
  }

  /** Posts `offset` to `offset + limit` of the list, and how many it holds in all (RealWorld's `articlesCount`). */
  async listWithCount(
    db: Executor,
    filters: ListFilters,
    page: { offset: number; limit: number },
    viewerId?: ViewerId,
  ): Promise<{ posts: Post[]; count: number }> {
    const normalized = this.filters(filters)
    if (!normalized) return { posts: [], count: 0 }
    return this.pageWithCount(db, normalized, page, viewerId)
  }

  /** A keyset page of the viewer's feed: posts by the users they follow, newest first; up to `limit + 1`. */
  async feed(db: Executor, viewerId: number, page: { beforeId?: number; limit: number }): Promise<Post[]> {
    const posts = await listPostsPage(db, { followedBy: viewerId, ...page })
    await this.decorate(db, posts, viewerId, { followsEveryAuthor: true })
    return posts
  }

  /** Posts `offset` to `offset + limit` of the viewer's feed, and how many it holds in all. */
  feedWithCount(db: Executor, viewerId: number, page: { offset: number; limit: number }): Promise<{ posts: Post[]; count: number }> {
    return this.pageWithCount(db, { followedBy: viewerId }, page, viewerId, { followsEveryAuthor: true })
  }

  /**
   * Replaces (PUT) or changes (PATCH) the fields given; `updated_at` moves, `created_at` and the
   * slug stay. With a precondition (If-Match), the write happens only to the version it was
   * checked against, as the author sees it.
   */
  async update(db: Kysely<Database>, author: Author, id: number, changes: PostChanges, precondition?: PostPrecondition): Promise<Post> {
    const tags = changes.tags && normalizeTags(changes.tags)
    const { version } = await this.ownPost(db, author, id, precondition)
    return db.transaction().execute(async (trx) => {
      const { tags: _, ...fields } = changes
      const updated = await updatePost(trx, id, author.id, { ...fields, updatedAt: this.clock.now().toISOString() }, precondition && version)
      if (!updated) throw await this.lostRace(trx, id)
      if (tags) await replaceTags(trx, id, tags)
      return (await this.find(trx, id, author.id))!
    })
  }

  async delete(db: Executor, author: Author, id: number, precondition?: PostPrecondition): Promise<void> {
    const { version } = await this.ownPost(db, author, id, precondition)
    if (!(await deletePost(db, id, author.id, precondition && version))) throw await this.lostRace(db, id)
  }

  /**
   * Makes the user a fan of the post (again: idempotent), and answers the post as they see it.
   *
   * @throws AppError `not_found` (Post); `invalid_token` when the user's account is gone.
   */
  async favorite(db: Kysely<Database>, user: Author, id: number): Promise<Post> {
    try {
      return await db.transaction().execute(async (trx) => {
        if (!(await findPostById(trx, id))) throw notFound('Post')
        await addFavorite(trx, user.id, id, this.clock.now().toISOString())
        return (await this.find(trx, id, user.id))!
      })
    } catch (error) {
      if (!violatedForeignKey(error)) throw error
      // The post or the user went between the check and the insert.
      throw (await findPostById(db, id)) ? callerGone() : notFound('Post')
    }
  }

  /** Undoes `favorite` (idempotent too). @throws AppError `not_found` (Post). */
  async unfavorite(db: Kysely<Database>, user: Author, id: number): Promise<Post> {
    return db.transaction().execute(async (trx) => {
      if (!(await findPostById(trx, id))) throw notFound('Post')
      await removeFavorite(trx, user.id, id)
      return (await this.find(trx, id, user.id))!
    })
  }

  /**
   * Takes a user's favorites off every count, inside the transaction that deletes the user (before
   * the delete, whose cascade would otherwise leave the counts too high). Returns how many.
   */
  forgetFavoritesOf(trx: Executor, userId: number): Promise<number> {
    return forgetFavoritesOf(trx, userId)
  }

  /** The `limit` most used tags, most used first (ties: the tag on the newest post first). */
  popularTags(db: Executor, limit: number): Promise<{ name: string; posts_count: number }[]> {
    return popularTags(db, limit)
  }

  private async find(db: Executor, id: number, viewerId: ViewerId): Promise<Post | undefined> {
    const post = await findPostById(db, id)
    if (post) await this.decorate(db, [post], viewerId)
    return post
  }

  /**
   * Fills in the posts' tags and what the viewer sees: one query each for the whole page (tags;
   * favorited; following), and none of the viewer's for anonymous callers.
   */
  private async decorate(db: Executor, posts: Post[], viewerId: ViewerId, page: PageFacts = {}): Promise<void> {
    if (posts.length === 0) return
    await fillTags(db, posts, page.contiguous)
    if (viewerId === undefined) return
    const favorited = await favoritedAmong(db, viewerId, posts.map((post) => post.id))
    const authors = posts.map((post) => post.author.id)
    const following = page.followsEveryAuthor ? new Set(authors) : await followedAmong(db, viewerId, authors)
    for (const post of posts) {
      post.favorited = favorited.has(post.id)
      post.author.following = following.has(post.author.id)
    }
  }

  private async pageWithCount(db: Executor, filters: PostFilters, page: { offset: number; limit: number }, viewerId: ViewerId, facts: PageFacts = {}) {
    const posts = await listPostsAt(db, filters, page)
    await this.decorate(db, posts, viewerId, facts)
    return { posts, count: await countPosts(db, filters) }
  }

  /** The filters as stored values; undefined when they can match nothing (a tag no post can have). */
  private filters(given: ListFilters): PostFilters | undefined {
    const filters: PostFilters = { authorId: given.authorId, favoritedBy: given.favoritedBy }
    if (given.tag !== undefined) {
      const tag = normalizeTag(given.tag)
      if (!isStorableTag(tag)) return undefined
      filters.tag = tag
    }
    return filters
  }

  /** 404 when there is no such post, 403 when somebody else wrote it, 412 when it fails `precondition`. */
  private async ownPost(db: Executor, author: Author, id: number, precondition: PostPrecondition | undefined) {
    const current = precondition ? await this.find(db, id, author.id) : await findPostById(db, id)
    if (!current) throw notFound('Post')
    if (current.author.id !== author.id) throw forbidden()
    precondition?.(current)
    return current
  }

  /** A write that found its post changed (412) or deleted (404) between the check and the write. */
  private async lostRace(db: Executor, id: number) {
    return (await findPostById(db, id)) ? preconditionFailed() : notFound('Post')
  }
}
