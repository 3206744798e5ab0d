/** Inkwell's domain objects in RealWorld's words: camelCase, `tagList`, profiles by username. */
import type { Comment } from '../comments/comments.repository.js'
import type { Post } from '../posts/posts.repository.js'
import type { User } from '../users/users.repository.js'

interface AsProfile {
  username: string
  bio: string | null
  image: string | null
  following: boolean
}

export const profileOf = ({ username, bio, image, following }: AsProfile) => ({ username, bio, image, following })

export const userOf = (user: User, token: string) => ({
  user: { email: user.email, token, username: user.username, bio: user.bio, image: user.image },
})

/** An article in a list: everything but its `body`, which RealWorld's lists leave out. */
export function articleSummaryOf(post: Post) {
  return {
    slug: post.slug,
    title: post.title,
    description: post.description,
    tagList: post.tags,
    createdAt: post.created_at,
    updatedAt: post.updated_at,
    favorited: post.favorited,
    favoritesCount: post.favorites_count,
    author: profileOf(post.author),
  }
}

export const articleOf = (post: Post) => ({ article: { ...articleSummaryOf(post), body: post.body } })

export const commentOf = (comment: Comment) => ({
  id: comment.id,
  createdAt: comment.created_at,
  updatedAt: comment.updated_at,
  body: comment.body,
  author: profileOf(comment.author),
})
