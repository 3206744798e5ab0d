/** Posts and their one rule: only the author may change or delete one. */
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { preconditionFailed, type Precondition } from '../http/conditional.js'
import { forbidden, notFound } from '../http/errors.js'
import type { Authentication } from '../tokens/tokens.service.js'
import {
  deletePost,
  findPostById,
  findPostVersion,
  insertPost,
  listPostsPage,
  updatePost,
  type Author,
  type Post,
} from './posts.repository.js'

export interface PostInput {
  title: string
  body: string
}

export class PostService {
  constructor(private readonly clock: Clock) {}

  create(db: Executor, author: Author, input: PostInput): Promise<Post> {
    return insertPost(db, author, { ...input, createdAt: this.clock.now().toISOString() })
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
    actor: Authentication,
    id: number,
    changes: Partial<PostInput>,
    precondition?: Precondition<Post>,
  ): Promise<Post> {
    const { version } = await this.ownPost(db, actor, id, precondition)
    const changed = { ...changes, updatedAt: this.clock.now().toISOString() }
    const post = await updatePost(db, id, actor.user, changed, precondition && version)
    if (!post) throw await this.lostRace(db, id)
    return post
  }

  async delete(db: Executor, actor: Authentication, id: number, precondition?: Precondition<Post>): Promise<void> {
    const { version } = await this.ownPost(db, actor, id, precondition)
    if (!(await deletePost(db, id, actor.user.id, precondition && version))) throw await this.lostRace(db, id)
  }

  /** 404 when there is no such post, 403 when somebody else wrote it, 412 when it fails `precondition`. */
  private async ownPost(db: Executor, actor: Authentication, id: number, precondition: Precondition<Post>) {
    const current = await findPostVersion(db, id)
    if (!current) throw notFound('Post')
    if (current.post.author.id !== actor.user.id) throw forbidden()
    precondition?.(current.post)
    return current
  }

  /** A write that found its post changed (412) or deleted (404) between the check and the write. */
  private async lostRace(db: Executor, id: number) {
    return (await findPostById(db, id)) ? preconditionFailed() : notFound('Post')
  }
}
