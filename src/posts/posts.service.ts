/** Posts and their one rule: only the author may change or delete one. */
import type { Clock } from '../clock.js'
import { violatedForeignKey } from '../db/errors.js'
import type { Executor } from '../db/schema.js'
import { callerGone, forbidden, notFound, preconditionFailed } from '../errors.js'
import {
  deletePost,
  findPostById,
  insertPost,
  listPostsPage,
  updatePost,
  type Author,
  type Post,
} from './posts.repository.js'
import { slugFor } from './slugs.js'

/** Throws when the current post is not the version the client means to change (If-Match). */
export type PostPrecondition = (current: Post) => void

export interface PostInput {
  title: string
  body: string
}

export class PostService {
  constructor(private readonly clock: Clock) {}

  /** @throws AppError `invalid_token` when the author's account was deleted while this was in flight. */
  async create(db: Executor, author: Author, input: PostInput): Promise<Post> {
    try {
      return await insertPost(db, author, { ...input, slug: slugFor(input.title), createdAt: this.clock.now().toISOString() })
    } catch (error) {
      throw violatedForeignKey(error) ? callerGone() : error
    }
  }

  async get(db: Executor, id: number): Promise<Post> {
    const post = await findPostById(db, id)
    if (!post) throw notFound('Post')
    return post
  }

  list(db: Executor, page: { beforeId?: number; authorId?: number; limit: number }): Promise<Post[]> {
    return listPostsPage(db, page)
  }

  /**
   * Replaces (PUT) or changes (PATCH) the fields given; `updated_at` moves, `created_at` stays.
   * With a precondition (If-Match), the write happens only to the version it was checked against.
   */
  async update(
    db: Executor,
    author: Author,
    id: number,
    changes: Partial<PostInput>,
    precondition?: PostPrecondition,
  ): Promise<Post> {
    const { version } = await this.ownPost(db, author, id, precondition)
    const changed = { ...changes, updatedAt: this.clock.now().toISOString() }
    const post = await updatePost(db, id, author, changed, precondition && version)
    if (!post) throw await this.lostRace(db, id)
    return post
  }

  async delete(db: Executor, author: Author, id: number, precondition?: PostPrecondition): Promise<void> {
    const { version } = await this.ownPost(db, author, id, precondition)
    if (!(await deletePost(db, id, author.id, precondition && version))) throw await this.lostRace(db, id)
  }

  /** 404 when there is no such post, 403 when somebody else wrote it, 412 when it fails `precondition`. */
  private async ownPost(db: Executor, author: Author, id: number, precondition: PostPrecondition | undefined) {
    const current = await findPostById(db, id)
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
