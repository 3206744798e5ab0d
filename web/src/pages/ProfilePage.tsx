/**
 * A user's page: picture, bio, Follow or Unfollow, and tabs for their posts, the posts they
 * favorited, who follows them and whom they follow. Each tab has its own address.
 */
import type { User } from '@inkwell/client'
import { useEffect, useState } from 'react'
import { api, attempt, type Problem } from '../api'
import { Avatar, PAGE_SIZE, PostCards, UserCards } from '../components/lists'
import { ErrorMessage, Loading } from '../components/ui'
import { Link, navigate } from '../router'
import { useSession } from '../session'
import { NotFoundPage } from './NotFoundPage'

export type ProfileTab = 'posts' | 'favorites' | 'followers' | 'following'

const USER_NOT_FOUND = 'There is no such user. The account may have been deleted, or the link may be wrong.'

const TABS: { tab: ProfileTab; label: string; suffix: string }[] = [
  { tab: 'posts', label: 'Posts', suffix: '' },
  { tab: 'favorites', label: 'Favorited posts', suffix: '/favorites' },
  { tab: 'followers', label: 'Followers', suffix: '/followers' },
  { tab: 'following', label: 'Following', suffix: '/following' },
]

const page = (cursor: string | null) => (cursor === null ? { limit: PAGE_SIZE } : { limit: PAGE_SIZE, cursor })

export function ProfilePage({ id, tab }: { id: number; tab: ProfileTab }) {
  const me = useSession()
  const [user, setUser] = useState<User | null>(null)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [following, setFollowing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [followError, setFollowError] = useState('')

  useEffect(() => {
    void attempt(() => api.GET('/api/users/{id}', { params: { path: { id } } }), { notFound: USER_NOT_FOUND }).then((outcome) => {
      if (!outcome.ok) return setProblem(outcome.problem)
      setUser(outcome.data)
      setFollowing(outcome.data.following ?? false)
      document.title = `${outcome.data.username} · Inkwell`
    })
  }, [id])

  async function toggleFollow(user: User) {
    if (!me) {
      return navigate('/login', { notice: { tone: 'info', text: `Log in to follow ${user.username}.` }, returnTo: window.location.pathname })
    }
    setBusy(true)
    setFollowError('')
    const params = { params: { path: { id: user.id } } }
    const outcome = await attempt(() => (following ? api.DELETE('/api/users/{id}/follow', params) : api.PUT('/api/users/{id}/follow', params)), {
      notFound: 'This account was deleted meanwhile.',
    })
    setBusy(false)
    if (!outcome.ok) return setFollowError(outcome.problem.message)
    setFollowing(outcome.data.following)
  }

  if (problem?.status === 404) return <NotFoundPage title="User not found" message={USER_NOT_FOUND} />
  if (problem) return <ErrorMessage>{problem.message}</ErrorMessage>
  if (!user) return <Loading what="the profile" />

  const itsMe = me?.user.id === user.id
  return (
    <section aria-labelledby="profile-heading">
      <header className="profile">
        <Avatar user={user} />
        <div className="profile__text">
          <h1 id="profile-heading">{user.username}</h1>
          {user.bio ? <p className="profile__bio">{user.bio}</p> : <p className="aside">{itsMe ? 'You have not written a bio yet.' : 'No bio yet.'}</p>}
          <div className="actions">
            {itsMe ? (
              <Link to="/settings" className="button button--small">
                Edit your profile
              </Link>
            ) : (
              <button
                type="button"
                className={`button button--small${following ? '' : ' button--primary'}`}
                aria-pressed={following}
                disabled={busy}
                onClick={() => void toggleFollow(user)}
              >
                {following ? `Unfollow ${user.username}` : `Follow ${user.username}`}
              </button>
            )}
          </div>
          <ErrorMessage>{followError}</ErrorMessage>
        </div>
      </header>

      <nav className="tabs" aria-label={`${user.username}’s lists`}>
        {TABS.map((each) => (
          <Link key={each.tab} to={`/users/${user.id}${each.suffix}`} className="tabs__tab" aria-current={each.tab === tab ? 'page' : undefined}>
            {each.label}
          </Link>
        ))}
      </nav>

      {tab === 'posts' && (
        <PostCards
          fetchPage={(cursor) => attempt(() => api.GET('/api/posts', { params: { query: { ...page(cursor), author_id: id } } }))}
          empty={itsMe ? 'You have not written anything yet.' : `${user.username} has not written anything yet.`}
        />
      )}
      {tab === 'favorites' && (
        <PostCards
          fetchPage={(cursor) => attempt(() => api.GET('/api/posts', { params: { query: { ...page(cursor), favorited_by: id } } }))}
          empty={itsMe ? 'You have not favorited any posts yet.' : `${user.username} has not favorited any posts yet.`}
        />
      )}
      {tab === 'followers' && (
        <UserCards
          fetchPage={(cursor) => attempt(() => api.GET('/api/users/{id}/followers', { params: { path: { id }, query: page(cursor) } }))}
          empty={itsMe ? 'Nobody follows you yet.' : `Nobody follows ${user.username} yet.`}
        />
      )}
      {tab === 'following' && (
        <UserCards
          fetchPage={(cursor) => attempt(() => api.GET('/api/users/{id}/following', { params: { path: { id }, query: page(cursor) } }))}
          empty={itsMe ? 'You do not follow anybody yet.' : `${user.username} does not follow anybody yet.`}
        />
      )}
    </section>
  )
}
