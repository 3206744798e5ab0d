/**
 * The front page: all posts, your feed (posts by people you follow), or the posts with one tag,
 * ten at a time with "Load more", and the popular tags to pick from.
 */
import type { components } from '@inkwell/client'
import { useEffect, useState } from 'react'
import { api, attempt } from '../api'
import { PAGE_SIZE, PostCards } from '../components/lists'
import { Link, navigate } from '../router'
import { useSession } from '../session'

export type PostsView = { kind: 'all' } | { kind: 'feed' } | { kind: 'tag'; tag: string }

type Tag = components['schemas']['TagList']['tags'][number]

const page = (cursor: string | null) => (cursor === null ? { limit: PAGE_SIZE } : { limit: PAGE_SIZE, cursor })

export function PostsPage({ view = { kind: 'all' } }: { view?: PostsView }) {
  const me = useSession()
  const signedIn = me !== null

  useEffect(() => {
    document.title = view.kind === 'feed' ? 'Your feed · Inkwell' : view.kind === 'tag' ? `#${view.tag} · Inkwell` : 'Inkwell'
  }, [view])

  // The feed is yours: without a session there is none to show.
  useEffect(() => {
    if (view.kind === 'feed' && !signedIn) {
      navigate('/login', { notice: { tone: 'info', text: 'Log in to see your feed.' }, returnTo: '/feed' }, { replace: true })
    }
  }, [view.kind, signedIn])
  if (view.kind === 'feed' && !signedIn) return null

  const heading = view.kind === 'feed' ? 'Your feed' : view.kind === 'tag' ? `Posts tagged #${view.tag}` : 'Latest posts'
  return (
    <section aria-labelledby="posts-heading">
      <div className="page-heading">
        <h1 id="posts-heading">{heading}</h1>
        {signedIn && (
          <Link to="/posts/new" className="button button--primary">
            Write a post
          </Link>
        )}
      </div>

      <nav className="tabs" aria-label="Which posts">
        <Link to="/" className="tabs__tab" aria-current={view.kind === 'all' ? 'page' : undefined}>
          All posts
        </Link>
        {signedIn && (
          <Link to="/feed" className="tabs__tab" aria-current={view.kind === 'feed' ? 'page' : undefined}>
            Your feed
          </Link>
        )}
        {view.kind === 'tag' && (
          <Link to={`/tags/${encodeURIComponent(view.tag)}`} className="tabs__tab" aria-current="page">
            #{view.tag}
          </Link>
        )}
      </nav>

      <PopularTags current={view.kind === 'tag' ? view.tag : null} />

      {view.kind === 'feed' ? (
        <PostCards
          fetchPage={(cursor) => attempt(() => api.GET('/api/feed', { params: { query: page(cursor) } }))}
          empty="Nothing in your feed yet. Follow people from their profile pages to see their posts here."
        />
      ) : view.kind === 'tag' ? (
        <PostCards
          fetchPage={(cursor) => attempt(() => api.GET('/api/posts', { params: { query: { ...page(cursor), tag: view.tag } } }))}
          empty={`No posts are tagged #${view.tag}.`}
        />
      ) : (
        <PostCards
          fetchPage={(cursor) => attempt(() => api.GET('/api/posts', { params: { query: page(cursor) } }))}
          empty={`Nothing here yet. ${signedIn ? 'Be the first to write something.' : 'Sign up and write the first post.'}`}
        />
      )}
    </section>
  )
}

function PopularTags({ current }: { current: string | null }) {
  const [tags, setTags] = useState<Tag[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void attempt(() => api.GET('/api/tags', { params: { query: { limit: 20 } } })).then((outcome) => {
      if (outcome.ok) setTags(outcome.data.tags)
      // Unreachable, the post list says so already, at length.
      else setError(outcome.problem.status === null ? '' : outcome.problem.message)
    })
  }, [])

  // Quietly, not as an alert: the tags are an extra beside the posts, whose own failure is the alert.
  if (error !== null) return <p className="aside popular-tags">Popular tags are unavailable. {error}</p>
  if (!tags || tags.length === 0) return null
  return (
    <section className="popular-tags" aria-labelledby="popular-tags-heading">
      <h2 id="popular-tags-heading" className="popular-tags__heading">
        Popular tags
      </h2>
      <ul className="tags">
        {tags.map((tag) => (
          <li key={tag.name}>
            <Link
              to={`/tags/${encodeURIComponent(tag.name)}`}
              className="tag"
              aria-current={tag.name === current ? 'page' : undefined}
              title={`${tag.posts_count} ${tag.posts_count === 1 ? 'post' : 'posts'}`}
            >
              #{tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
