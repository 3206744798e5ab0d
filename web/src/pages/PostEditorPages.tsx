/** Writing a new post and editing one of your own. */
import type { Post } from '@inkwell/client'
import { useEffect, useState, type FormEvent } from 'react'
import { api, attempt, type Outcome, type Problem } from '../api'
import { ErrorMessage, Loading, TextAreaField, TextField } from '../components/ui'
import { Link, navigate } from '../router'
import { useSession } from '../session'
import { NotFoundPage } from './NotFoundPage'
import { POST_NOT_FOUND } from './PostPage'

const NO_PROBLEM: Problem = { message: '', fields: {}, status: null, code: null }
const POST_FIELDS = ['title', 'description', 'body', 'tags'] as const

interface Draft {
  title: string
  description: string
  body: string
  /** As typed: comma-separated. */
  tags: string
}

/** What the API takes; it trims, lowercases and de-duplicates the tags itself. */
function toPost(draft: Draft) {
  const tags = draft.tags
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '')
  return { title: draft.title, description: draft.description, body: draft.body, tags }
}

function toDraft(post: Post): Draft {
  return { title: post.title, description: post.description, body: post.body, tags: post.tags.join(', ') }
}

function PostForm({
  initial,
  submitLabel,
  busyLabel,
  onSubmit,
  cancelTo,
}: {
  initial: Draft
  submitLabel: string
  busyLabel: string
  onSubmit: (draft: Draft) => Promise<Problem | null>
  cancelTo: string
}) {
  const [draft, setDraft] = useState(initial)
  const [problem, setProblem] = useState(NO_PROBLEM)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const failed = await onSubmit(draft)
    setBusy(false)
    if (failed) setProblem(failed)
  }

  return (
    <form onSubmit={submit} noValidate>
      <TextField
        label="Title"
        name="title"
        value={draft.title}
        onChange={(event) => setDraft({ ...draft, title: event.target.value })}
        error={problem.fields.title}
      />
      <TextField
        label="Description"
        name="description"
        value={draft.description}
        onChange={(event) => setDraft({ ...draft, description: event.target.value })}
        hint="Optional: a line about the post, shown in lists under its title."
        error={problem.fields.description}
      />
      <TextAreaField
        label="Text"
        name="body"
        rows={12}
        value={draft.body}
        onChange={(event) => setDraft({ ...draft, body: event.target.value })}
        error={problem.fields.body}
      />
      <TextField
        label="Tags"
        name="tags"
        value={draft.tags}
        onChange={(event) => setDraft({ ...draft, tags: event.target.value })}
        hint="Optional: up to 10, separated by commas."
        error={problem.fields.tags}
      />
      <ErrorMessage>{problem.message}</ErrorMessage>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        <Link to={cancelTo} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  )
}

/** Screens that only make sense signed in send you to log in first, and back here afterwards. */
function useRequireSession(reason: string): boolean {
  const me = useSession()
  useEffect(() => {
    if (!me) navigate('/login', { notice: { tone: 'info', text: reason }, returnTo: window.location.pathname }, { replace: true })
  }, [me, reason])
  return me !== null
}

function afterSave(outcome: Outcome<Post>, notice: string): Problem | null {
  if (!outcome.ok) return outcome.problem
  navigate(`/posts/${outcome.data.id}`, { notice: { tone: 'success', text: notice } })
  return null
}

export function NewPostPage() {
  const signedIn = useRequireSession('Log in to write a post.')
  useEffect(() => {
    document.title = 'New post · Inkwell'
  }, [])
  if (!signedIn) return null
  return (
    <section className="panel panel--wide" aria-labelledby="new-post-heading">
      <h1 id="new-post-heading">Write a post</h1>
      <PostForm
        initial={{ title: '', description: '', body: '', tags: '' }}
        submitLabel="Publish"
        busyLabel="Publishing…"
        cancelTo="/"
        onSubmit={async (draft) =>
          afterSave(await attempt(() => api.POST('/api/posts', { body: toPost(draft) }), { fields: POST_FIELDS }), 'Published.')
        }
      />
    </section>
  )
}

export function EditPostPage({ id }: { id: number }) {
  const signedIn = useRequireSession('Log in to edit your posts.')
  const me = useSession()
  const [post, setPost] = useState<Post | null>(null)
  // The version being edited: saving sends it as If-Match, so a change made meanwhile elsewhere
  // (another tab, another device) is not silently overwritten.
  const [etag, setEtag] = useState<string | null>(null)
  const [problem, setProblem] = useState<Problem | null>(null)

  useEffect(() => {
    if (!signedIn) return
    document.title = 'Edit post · Inkwell'
    void attempt(() => api.GET('/api/posts/{id}', { params: { path: { id } } }), { notFound: POST_NOT_FOUND }).then((outcome) => {
      if (!outcome.ok) return setProblem(outcome.problem)
      setPost(outcome.data)
      setEtag(outcome.response.headers.get('etag'))
    })
  }, [id, signedIn])

  if (!signedIn || !me) return null
  if (problem?.status === 404) return <NotFoundPage title="Post not found" message={POST_NOT_FOUND} />
  if (problem) return <ErrorMessage>{problem.message}</ErrorMessage>
  if (!post) return <Loading what="the post" />

  // The API would refuse the save with a 403 anyway; saying so before anybody types is kinder.
  if (post.author.id !== me.user.id) {
    return (
      <section className="panel" aria-labelledby="forbidden-heading">
        <h1 id="forbidden-heading">You can’t edit this post</h1>
        <p className="alert alert--warning" role="alert">
          “{post.title}” was written by {post.author.username}. Only its author can edit or delete it.
        </p>
        <p>
          <Link to={`/posts/${post.id}`} className="button">
            Read the post
          </Link>
        </p>
      </section>
    )
  }

  return (
    <section className="panel panel--wide" aria-labelledby="edit-post-heading">
      <h1 id="edit-post-heading">Edit your post</h1>
      <PostForm
        initial={toDraft(post)}
        submitLabel="Save changes"
        busyLabel="Saving…"
        cancelTo={`/posts/${post.id}`}
        onSubmit={async (draft) =>
          afterSave(
            await attempt(
              () => api.PATCH('/api/posts/{id}', { params: { path: { id }, header: etag ? { 'if-match': etag } : {} }, body: toPost(draft) }),
              {
                fields: POST_FIELDS,
                changed:
                  'This post was changed somewhere else after you opened it, so your edit was not saved. ' +
                  'Copy your text, reload the page to see the latest version, and apply your changes to it.',
                forbidden: `Only ${post.author.username}, who wrote this post, can edit it.`,
                notFound: 'This post was deleted while you were editing it, so there is nothing to save it to.',
              },
            ),
            'Your changes are saved.',
          )
        }
      />
    </section>
  )
}
