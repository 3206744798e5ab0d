/** One post, with Edit and Delete for its author only, a Favorite button, and its comments. */
import type { Post } from '@inkwell/client'
import { useEffect, useState } from 'react'
import { api, attempt, type Problem } from '../api'
import { AuthorLink, TagLinks } from '../components/lists'
import { ErrorMessage, Loading, NoticeBanner, Time } from '../components/ui'
import { Link, navigate, useLocation } from '../router'
import { useSession } from '../session'
import { Comments } from './Comments'
import { NotFoundPage } from './NotFoundPage'

export const POST_NOT_FOUND = 'This post does not exist. It may have been deleted, or the link may be wrong.'

export function PostPage({ id }: { id: number }) {
  const me = useSession()
  const { state } = useLocation()
  const [post, setPost] = useState<Post | null>(null)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const [deleteError, setDeleteError] = useState('')
  const [favoriting, setFavoriting] = useState(false)
  const [favoriteError, setFavoriteError] = useState('')

  useEffect(() => {
    setPost(null)
    setProblem(null)
    void attempt(() => api.GET('/api/posts/{id}', { params: { path: { id } } }), { notFound: POST_NOT_FOUND }).then((outcome) => {
      if (outcome.ok) {
        setPost(outcome.data)
        document.title = `${outcome.data.title} · Inkwell`
      } else setProblem(outcome.problem)
    })
  }, [id])

  async function remove(post: Post) {
    setDeleting(true)
    setDeleteError('')
    const outcome = await attempt(() => api.DELETE('/api/posts/{id}', { params: { path: { id } } }), {
      forbidden: 'Only the author of this post can delete it.',
      notFound: 'This post was already deleted.',
    })
    setDeleting(false)
    if (!outcome.ok) return setDeleteError(outcome.problem.message)
    navigate('/', { notice: { tone: 'success', text: `Your post “${post.title}” was deleted.` } })
  }

  async function toggleFavorite(post: Post) {
    if (!me) {
      return navigate('/login', { notice: { tone: 'info', text: 'Log in to favorite posts.' }, returnTo: window.location.pathname })
    }
    setFavoriting(true)
    setFavoriteError('')
    const params = { params: { path: { id: post.id } } }
    const outcome = await attempt(() => (post.favorited ? api.DELETE('/api/posts/{id}/favorite', params) : api.PUT('/api/posts/{id}/favorite', params)), {
      notFound: 'This post was deleted meanwhile.',
    })
    setFavoriting(false)
    if (!outcome.ok) return setFavoriteError(outcome.problem.message)
    setPost(outcome.data)
  }

  if (problem?.status === 404) return <NotFoundPage title="Post not found" message={POST_NOT_FOUND} />
  if (problem) return <ErrorMessage>{problem.message}</ErrorMessage>
  if (!post) return <Loading what="the post" />

  const mine = me !== null && me.user.id === post.author.id
  const edited = post.updated_at !== post.created_at
  return (
    <article className="post">
      <NoticeBanner notice={state.notice} />
      <p className="back">
        <Link to="/">← All posts</Link>
      </p>
      <h1>{post.title}</h1>
      <p className="byline">
        by <AuthorLink author={post.author} /> · <Time iso={post.created_at} />
        {edited && (
          <>
            {' '}
            · edited <Time iso={post.updated_at} />
          </>
        )}
      </p>
      {post.description && <p className="post__description">{post.description}</p>}
      <TagLinks tags={post.tags} />
      <div className="post__body">{post.body}</div>

      <div className="post__favorite">
        <button
          type="button"
          className={`button button--small${post.favorited ? ' button--favorited' : ''}`}
          aria-pressed={post.favorited}
          disabled={favoriting}
          onClick={() => void toggleFavorite(post)}
        >
          <span aria-hidden="true">♥</span> {post.favorited ? 'Favorited' : 'Favorite'}{' '}
          <span className="count">{post.favorites_count}</span>
        </button>
        <ErrorMessage>{favoriteError}</ErrorMessage>
      </div>

      {mine && (
        <div className="post__controls">
          {confirming ? (
            <div className="confirm" role="group" aria-label="Confirm deletion">
              <span>Delete this post for good?</span>
              <button type="button" className="button button--danger" disabled={deleting} onClick={() => void remove(post)}>
                {deleting ? 'Deleting…' : 'Yes, delete it'}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          ) : (
            <div className="actions">
              <Link to={`/posts/${post.id}/edit`} className="button">
                Edit
              </Link>
              <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
                Delete
              </button>
            </div>
          )}
          <ErrorMessage>{deleteError}</ErrorMessage>
        </div>
      )}

      <Comments post={post} />
    </article>
  )
}
