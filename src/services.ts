/**
 * The services, wired to each other: where one resource's rule needs another's work, the function
 * is passed here, so that no resource folder imports a sibling for it. The app and the operators'
 * commands (admin, seed) make them the same way.
 */
import type { Clock } from './clock.js'
import { CommentService } from './comments/comments.service.js'
import { PostService } from './posts/posts.service.js'
import { TokenService } from './tokens/tokens.service.js'
import { UserService } from './users/users.service.js'

export interface Services {
  tokens: TokenService
  users: UserService
  posts: PostService
  comments: CommentService
}

export function createServices(clock: Clock, options: { tokenTtlSeconds: number }): Services {
  const tokens = new TokenService(clock, options.tokenTtlSeconds)
  const posts = new PostService(clock)
  const users = new UserService(
    clock,
    // A new password signs the user out of their other sessions, in the same transaction.
    (trx, userId, keepTokenId) => tokens.revokeAllExcept(trx, userId, keepTokenId),
    // A deleted user's favorites leave the posts' counts, in the transaction that deletes them.
    (trx, userId) => posts.forgetFavoritesOf(trx, userId),
  )
  return { tokens, users, posts, comments: new CommentService(clock) }
}
