/** The front page: the newest posts, ten at a time, with "Load more" following `next_cursor`. */
import type { Post } from '@inkwell/client'
import { useEffect, useState } from 'react'
import { api, attempt } from '../api'
import { ErrorMessage, Loading, Time } from '../components/ui'
import { Link } from '../router'
import { useSession } from '../session'

export const PAGE_SIZE = 10

export function PostsPage() {
  const signedIn = useSession() !== null
  const [posts, setPosts] = useState<Post[] | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState('')

  async function load(after: string | null) {
    setLoading(true)
    setError('')
    const query = after === null ? { limit: PAGE_SIZE } : { limit: PAGE_SIZE, cursor: after }
    const outcome = await attempt(() => api.GET('/api/posts', { params: { query } }))
    setLoading(false)
    if (!outcome.ok) return setError(outcome.problem.message)
    setPosts((shown) => [...(after === null ? [] : (shown ?? [])), ...outcome.data.posts])
    setCursor(outcome.data.next_cursor)
  }

  useEffect(() => {
    document.title = 'Inkwell'
    void load(null)
  }, [])

  return (
    <section aria-labelledby="posts-heading">
      <div className="page-heading">
        <h1 id="posts-heading">Latest posts</h1>
        {signedIn && (
          <Link to="/posts/new" className="button button--primary">
            Write a post
          </Link>
        )}
      </div>

      {posts === null && loading && <Loading what="posts" />}
      {posts !== null && posts.length === 0 && (
        <p className="empty">Nothing here yet. {signedIn ? 'Be the first to write something.' : 'Sign up and write the first post.'}</p>
      )}

      {posts !== null && posts.length > 0 && (
        <ol className="post-list">
          {posts.map((post) => (
            <li key={post.id} className="card">
              <h2 className="card__title">
                <Link to={`/posts/${post.id}`}>{post.title}</Link>
              </h2>
              <p className="byline">
                by <strong>{post.author.username}</strong> · <Time iso={post.created_at} />
              </p>
              {post.body && <p className="card__excerpt">{excerpt(post.body)}</p>}
            </li>
          ))}
        </ol>
      )}

      <div className="actions actions--center">
        {(cursor !== null || (posts === null && !loading)) && (
          <button type="button" className="button" disabled={loading} onClick={() => void load(posts === null ? null : cursor)}>
            {loading ? 'Loading…' : posts === null ? 'Try again' : 'Load more'}
          </button>
        )}
      </div>
      <ErrorMessage>{error}</ErrorMessage>
    </section>
  )
}

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim()
  return flat.length > 220 ? `${flat.slice(0, 220).trimEnd()}…` : flat
}
