/**
 * Comments on posts and their rule: a comment may be deleted by whoever wrote it and by the
 * author of the post it is on (who moderates their own discussion), nobody else.
 */
import type { Clock } from '../clock.js'
import { violatedForeignKey } from '../db/errors.js'
import type { Executor } from '../db/schema.js'
import { callerGone, forbidden, notFound } from '../errors.js'
import { findPostById } from '../posts/posts.repository.js'
import { followedAmong } from '../users/follows.repository.js'
import {
  deleteComment,
  findCommentById,
  findCommentOwnership,
  insertComment,
  listCommentsPage,
  listNewestComments,
  type Comment,
} from './comments.repository.js'

export type { Comment } from './comments.repository.js'

/**
 * The most comments `listAll` returns: a list without pages must still have a size, and a post
 * with more is a conversation no client shows in one go.
 */
export const MAX_COMMENTS_LISTED = 500

import type { ViewerId } from '../users/authors.js'
export type { ViewerId }

export interface CommentInput {
  body: string
}

export class CommentService {
  constructor(private readonly clock: Clock) {}

  /**
   * One page of a post's comments, oldest first, strictly after `afterId`; up to `limit + 1`
   * (see `listCommentsPage`).
   *
   * @throws AppError `not_found` ("Post not found") when there is no such post.
   */
  async list(db: Executor, postId: number, viewerId: ViewerId, page: { afterId?: number; limit: number }): Promise<Comment[]> {
    const comments = await listCommentsPage(db, postId, page)
    // A comment found proves the post exists (comments go with their post); only an empty page asks.
    if (comments.length === 0) await this.existingPost(db, postId)
    return this.seenBy(db, viewerId, comments)
  }

  /**
   * A post's comments without pages, oldest first: the newest MAX_COMMENTS_LISTED of them, so a
   * reader sees the latest of a long conversation.
   *
   * @throws AppError `not_found` ("Post not found") when there is no such post.
   */
  async listAll(db: Executor, postId: number, viewerId: ViewerId): Promise<Comment[]> {
    const comments = await listNewestComments(db, postId, MAX_COMMENTS_LISTED)
    if (comments.length === 0) await this.existingPost(db, postId)
    return this.seenBy(db, viewerId, comments)
  }

  /** @throws AppError `not_found` ("Comment not found"). */
  async get(db: Executor, id: number, viewerId: ViewerId): Promise<Comment> {
    const comment = await findCommentById(db, id)
    if (!comment) throw notFound('Comment')
    return (await this.seenBy(db, viewerId, [comment]))[0]!
  }

  /**
   * Writes a comment by `author` on the post. The answer is as its author sees it: nobody follows
   * themself, so `author.following` is false.
   *
   * @throws AppError `not_found` ("Post not found") when there is no such post (or it was deleted
   *   meanwhile); `invalid_token` when the author's account was deleted while this was in flight.
   */
  async create(db: Executor, author: { id: number }, postId: number, input: CommentInput): Promise<Comment> {
    await this.existingPost(db, postId)
    let id: number
    try {
      id = await insertComment(db, { postId, authorId: author.id, body: input.body, createdAt: this.clock.now().toISOString() })
    } catch (error) {
      if (!violatedForeignKey(error)) throw error
      // Either the post or the author went away after the check above.
      throw (await findPostById(db, postId)) ? callerGone() : notFound('Post')
    }
    const comment = await findCommentById(db, id)
    // Deleted between the insert and the read, with its post or by a moderator: it is gone.
    if (!comment) throw notFound('Post')
    return comment
  }

  /**
   * Deletes a comment, if `caller` wrote it or wrote the post it is on.
   *
   * @throws AppError `not_found` ("Comment not found"), `forbidden` for anybody else.
   */
  async delete(db: Executor, caller: { id: number }, id: number): Promise<void> {
    await this.deleteWhere(db, caller, id, undefined)
  }

  /**
   * As `delete`, for a client that names the post as well as the comment (RealWorld's
   * `/articles/:slug/comments/:id`): a comment on another post is not found.
   *
   * @throws AppError `not_found` ("Comment not found") when the comment does not exist or is on
   *   another post; `forbidden` when `caller` wrote neither it nor the post.
   */
  async deleteFromPost(db: Executor, caller: { id: number }, postId: number, id: number): Promise<void> {
    await this.deleteWhere(db, caller, id, postId)
  }

  private async deleteWhere(db: Executor, caller: { id: number }, id: number, postId: number | undefined): Promise<void> {
    const comment = await findCommentOwnership(db, id)
    if (!comment || (postId !== undefined && comment.postId !== postId)) throw notFound('Comment')
    if (caller.id !== comment.authorId && caller.id !== comment.postAuthorId) throw forbidden()
    // Gone between the check and the delete (another moderator, or its post): the same 404 it would get now.
    if (!(await deleteComment(db, id))) throw notFound('Comment')
  }

  /** @throws AppError `not_found` ("Post not found"). */
  private async existingPost(db: Executor, postId: number): Promise<void> {
    if (!(await findPostById(db, postId))) throw notFound('Post')
  }

  /** The comments with `author.following` for the viewer, in one query for all of them. */
  private async seenBy(db: Executor, viewerId: ViewerId, comments: Comment[]): Promise<Comment[]> {
    if (viewerId === undefined || comments.length === 0) return comments
    const followed = await followedAmong(
      db,
      viewerId,
      comments.map((comment) => comment.author.id),
    )
    if (followed.size === 0) return comments
    return comments.map((comment) =>
      followed.has(comment.author.id) ? { ...comment, author: { ...comment.author, following: true } } : comment,
    )
  }
}
