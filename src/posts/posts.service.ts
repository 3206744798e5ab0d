/** Posts and their one rule: only the author may change or delete one. */
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { forbidden, notFound } from '../http/errors.js'
import type { Authentication } from '../tokens/tokens.service.js'
import {
  deletePost,
  findPostAuthorId,
  findPostById,
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

  /** Replaces (PUT) or changes (PATCH) the fields given; `updated_at` moves, `created_at` stays. */
  async update(db: Executor, actor: Authentication, id: number, changes: Partial<PostInput>): Promise<Post> {
    await this.assertAuthor(db, actor, id)
    const post = await updatePost(db, id, actor.user, { ...changes, updatedAt: this.clock.now().toISOString() })
    // Gone between the check and the update: deleted by its author meanwhile.
    if (!post) throw notFound('Post')
    return post
  }

  async delete(db: Executor, actor: Authentication, id: number): Promise<void> {
    await this.assertAuthor(db, actor, id)
    if (!(await deletePost(db, id, actor.user.id))) throw notFound('Post')
  }

  /** 404 when there is no such post, 403 when somebody else wrote it. */
  private async assertAuthor(db: Executor, actor: Authentication, id: number): Promise<void> {
    const authorId = await findPostAuthorId(db, id)
    if (authorId === undefined) throw notFound('Post')
    if (authorId !== actor.user.id) throw forbidden()
  }
}
