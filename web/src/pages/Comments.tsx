/**
 * A post's comments, oldest first, with "Load more"; a form to add one when signed in; Delete for
 * the comment's author and for the post's author, who moderates what is said under it.
 */
import type { components, Post } from '@inkwell/client'
import { useState, type FormEvent } from 'react'
import { api, attempt, type Problem } from '../api'
import { AuthorLink, Avatar, MoreButton, usePages } from '../components/lists'
import { ErrorMessage, Loading, TextAreaField, Time } from '../components/ui'
import { Link } from '../router'
import { useSession } from '../session'

type Comment = components['schemas']['Comment']

const COMMENTS_PAGE_SIZE = 20
const NO_PROBLEM: Problem = { message: '', fields: {}, status: null, code: null }

export function Comments({ post }: { post: Post }) {
  const me = useSession()
  const pages = usePages<Comment>(async (cursor) => {
    const query = cursor === null ? { limit: COMMENTS_PAGE_SIZE } : { limit: COMMENTS_PAGE_SIZE, cursor }
    const outcome = await attempt(() => api.GET('/api/posts/{id}/comments', { params: { path: { id: post.id }, query } }))
    return outcome.ok ? { ...outcome, data: { items: outcome.data.comments, next_cursor: outcome.data.next_cursor } } : outcome
  })
  const { items: comments, setItems, loading } = pages
  const [draft, setDraft] = useState('')
  const [problem, setProblem] = useState(NO_PROBLEM)
  const [busy, setBusy] = useState(false)
  const [deleting, setDeleting] = useState<number | null>(null)
  const [deleteError, setDeleteError] = useState<{ id: number; message: string } | null>(null)

  async function add(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const outcome = await attempt(
      () => api.POST('/api/posts/{id}/comments', { params: { path: { id: post.id } }, body: { body: draft } }),
      { fields: ['body'], notFound: 'This post was deleted meanwhile, so the comment could not be added.' },
    )
    setBusy(false)
    if (!outcome.ok) return setProblem(outcome.problem)
    setProblem(NO_PROBLEM)
    setDraft('')
    // Shown at the end even when older pages are still to load: it is the newest, and loading
    // them will not show it twice.
    setItems((shown) => [...(shown ?? []), outcome.data])
  }

  async function remove(comment: Comment) {
    setDeleting(comment.id)
    setDeleteError(null)
    const outcome = await attempt(() => api.DELETE('/api/comments/{id}', { params: { path: { id: comment.id } } }), {
      forbidden: 'Only the comment’s author or the post’s author can delete it.',
    })
    setDeleting(null)
    // Already gone is what was asked for.
    if (!outcome.ok && outcome.problem.status !== 404) return setDeleteError({ id: comment.id, message: outcome.problem.message })
    setItems((shown) => (shown ?? []).filter((other) => other.id !== comment.id))
  }

  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments</h2>
      {comments === null && loading && <Loading what="comments" />}
      {comments !== null && comments.length === 0 && <p className="aside">No comments yet.</p>}
      {comments !== null && comments.length > 0 && (
        <ol className="comment-list">
          {comments.map((comment) => {
            const canDelete = me !== null && (me.user.id === comment.author.id || me.user.id === post.author.id)
            return (
              <li key={comment.id} className="comment">
                <p className="byline">
                  <Avatar user={comment.author} size="small" /> <AuthorLink author={comment.author} /> ·{' '}
                  <Time iso={comment.created_at} />
                </p>
                <div className="comment__body">{comment.body}</div>
                {canDelete && (
                  <button
                    type="button"
                    className="button button--small button--danger-outline"
                    disabled={deleting === comment.id}
                    onClick={() => void remove(comment)}
                  >
                    {deleting === comment.id ? 'Deleting…' : 'Delete comment'}
                  </button>
                )}
                {deleteError?.id === comment.id && <ErrorMessage>{deleteError.message}</ErrorMessage>}
              </li>
            )
          })}
        </ol>
      )}
      <MoreButton pages={pages} label="Load more comments" />

      {me ? (
        <form onSubmit={add} noValidate className="comment-form">
          <TextAreaField
            label="Your comment"
            name="comment"
            rows={4}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            error={problem.fields.body}
          />
          <ErrorMessage>{problem.message}</ErrorMessage>
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Posting…' : 'Post comment'}
            </button>
          </div>
        </form>
      ) : (
        <p className="aside">
          <Link to="/login">Log in</Link> or <Link to="/signup">sign up</Link> to comment.
        </p>
      )}
    </section>
  )
}
