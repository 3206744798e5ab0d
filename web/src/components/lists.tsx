/** Pages of posts and of users, with "Load more" following `next_cursor`, and the bits they show. */
import type { Post, PublicUser } from '@inkwell/client'
import { useEffect, useState, type ReactNode } from 'react'
import type { Outcome } from '../api'
import { Link } from '../router'
import { ErrorMessage, Loading, Time } from './ui'

export const PAGE_SIZE = 10

/**
 * The items of a keyset-paged list, loaded a page at a time by `fetchPage`. An item already shown
 * is not shown twice: one added on this page (a comment just posted) can come back in a later page.
 */
export function usePages<T extends { id: number }>(
  fetchPage: (cursor: string | null) => Promise<Outcome<{ items: T[]; next_cursor: string | null }>>,
) {
  const [items, setItems] = useState<T[] | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState('')

  async function load(after: string | null) {
    setLoading(true)
    setError('')
    const outcome = await fetchPage(after)
    setLoading(false)
    if (!outcome.ok) return setError(outcome.problem.message)
    setItems((shown) => {
      const kept = after === null ? [] : (shown ?? [])
      const seen = new Set(kept.map((item) => item.id))
      return [...kept, ...outcome.data.items.filter((item) => !seen.has(item.id))]
    })
    setCursor(outcome.data.next_cursor)
  }

  useEffect(() => {
    void load(null)
    // One list per mount: screens are keyed by path, so another list is another mount.
  }, [])

  return { items, setItems, cursor, loading, error, load }
}

/** The "Load more" (or, when the first page failed, "Try again") button and the error under it. */
export function MoreButton({
  pages,
  label = 'Load more',
}: {
  pages: { items: unknown[] | null; cursor: string | null; loading: boolean; error: string; load: (after: string | null) => Promise<void> }
  label?: string
}) {
  const { items, cursor, loading, error, load } = pages
  return (
    <>
      <div className="actions actions--center">
        {(cursor !== null || (items === null && !loading)) && (
          <button type="button" className="button" disabled={loading} onClick={() => void load(items === null ? null : cursor)}>
            {loading ? 'Loading…' : items === null ? 'Try again' : label}
          </button>
        )}
      </div>
      <ErrorMessage>{error}</ErrorMessage>
    </>
  )
}

export function PostCards({
  fetchPage,
  empty,
}: {
  fetchPage: (cursor: string | null) => Promise<Outcome<{ posts: Post[]; next_cursor: string | null }>>
  empty: ReactNode
}) {
  const pages = usePages<Post>(async (cursor) => {
    const outcome = await fetchPage(cursor)
    return outcome.ok ? { ...outcome, data: { items: outcome.data.posts, next_cursor: outcome.data.next_cursor } } : outcome
  })
  const { items: posts, loading } = pages
  return (
    <>
      {posts === null && loading && <Loading what="posts" />}
      {posts !== null && posts.length === 0 && <p className="empty">{empty}</p>}
      {posts !== null && posts.length > 0 && (
        <ol className="post-list">
          {posts.map((post) => (
            <li key={post.id} className="card">
              <h2 className="card__title">
                <Link to={`/posts/${post.id}`}>{post.title}</Link>
              </h2>
              <p className="byline">
                by <AuthorLink author={post.author} /> · <Time iso={post.created_at} />
                <span className="favorites-count" title="Favorited by">
                  {' '}
                  · ♥ {post.favorites_count}
                </span>
              </p>
              {(post.description || post.body) && <p className="card__excerpt">{excerpt(post.description || post.body)}</p>}
              <TagLinks tags={post.tags} />
            </li>
          ))}
        </ol>
      )}
      <MoreButton pages={pages} />
    </>
  )
}

export function UserCards({
  fetchPage,
  empty,
}: {
  fetchPage: (cursor: string | null) => Promise<Outcome<{ users: PublicUser[]; next_cursor: string | null }>>
  empty: ReactNode
}) {
  const pages = usePages<PublicUser>(async (cursor) => {
    const outcome = await fetchPage(cursor)
    return outcome.ok ? { ...outcome, data: { items: outcome.data.users, next_cursor: outcome.data.next_cursor } } : outcome
  })
  const { items: users, loading } = pages
  return (
    <>
      {users === null && loading && <Loading what="people" />}
      {users !== null && users.length === 0 && <p className="empty">{empty}</p>}
      {users !== null && users.length > 0 && (
        <ul className="user-list">
          {users.map((user) => (
            <li key={user.id} className="user-card">
              <Avatar user={user} size="small" />
              <div>
                <Link to={`/users/${user.id}`} className="user-card__name">
                  {user.username}
                </Link>
                {user.bio && <p className="user-card__bio">{excerpt(user.bio)}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
      <MoreButton pages={pages} />
    </>
  )
}

export function AuthorLink({ author }: { author: { id: number; username: string } }) {
  return (
    <Link to={`/users/${author.id}`} className="author-link">
      <strong>{author.username}</strong>
    </Link>
  )
}

/** Each tag a link to the posts that have it. */
export function TagLinks({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null
  return (
    <ul className="tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link to={`/tags/${encodeURIComponent(tag)}`} className="tag">
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** Their picture, or the first letter of their name where they have none (or it fails to load). */
export function Avatar({ user, size = 'large' }: { user: { username: string; image: string | null }; size?: 'large' | 'small' }) {
  const [broken, setBroken] = useState(false)
  const className = `avatar avatar--${size}`
  if (!user.image || broken) {
    return (
      <span className={className} aria-hidden="true">
        {user.username.slice(0, 1).toUpperCase()}
      </span>
    )
  }
  return <img className={className} src={user.image} alt={`${user.username}’s picture`} onError={() => setBroken(true)} />
}

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 220 ? `${flat.slice(0, 220).trimEnd()}…` : flat
}
