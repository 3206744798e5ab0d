/** One post, with Edit and Delete for its author only. */
import type { Post } from '@inkwell/client'
import { useEffect, useState } from 'react'
import { api, attempt, type Problem } from '../api'
import { ErrorMessage, Loading, NoticeBanner, Time } from '../components/ui'
import { Link, navigate, useLocation } from '../router'
import { useSession } from '../session'
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
        by <strong>{post.author.username}</strong> · <Time iso={post.created_at} />
        {edited && (
          <>
            {' '}
            · edited <Time iso={post.updated_at} />
          </>
        )}
      </p>
      <div className="post__body">{post.body}</div>

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
    </article>
  )
}
