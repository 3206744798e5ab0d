/** The frame every screen shares, and which screen a path shows. */
import { useState, type ReactNode } from 'react'
import { api, attempt } from './api'
import { NoticeBanner } from './components/ui'
import { API_URL } from './config'
import { LogInPage, SignUpPage } from './pages/AccountPages'
import { NotFoundPage } from './pages/NotFoundPage'
import { EditPostPage, NewPostPage } from './pages/PostEditorPages'
import { PostPage } from './pages/PostPage'
import { PostsPage } from './pages/PostsPage'
import { ProfilePage, type ProfileTab } from './pages/ProfilePage'
import { SettingsPage } from './pages/SettingsPage'
import { Link, navigate, useLocation } from './router'
import { session, useSession } from './session'

export function App() {
  const { path, state } = useLocation()
  const screen = route(path)
  return (
    <>
      <Header />
      <main className="container">
        {/* Pages that show a notice themselves get it from the location; the rest show it here. */}
        {!screen.showsNotice && <NoticeBanner notice={state.notice} />}
        {/* Keyed by path so that each screen starts afresh, not with the previous one's state. */}
        <div key={path}>{screen.element}</div>
      </main>
      <footer className="container footer">
        Inkwell · talking to <code>{API_URL}</code>
      </footer>
    </>
  )
}

function route(path: string): { element: ReactNode; showsNotice?: boolean } {
  if (path === '/') return { element: <PostsPage /> }
  if (path === '/signup') return { element: <SignUpPage /> }
  if (path === '/login') return { element: <LogInPage />, showsNotice: true }
  if (path === '/feed') return { element: <PostsPage view={{ kind: 'feed' }} /> }
  if (path === '/settings') return { element: <SettingsPage /> }
  if (path === '/posts/new') return { element: <NewPostPage /> }
  const tag = /^\/tags\/([^/]+)\/?$/.exec(path)
  if (tag) {
    const name = decodedSegment(tag[1]!)
    if (name !== null) return { element: <PostsPage view={{ kind: 'tag', tag: name }} /> }
  }
  const user = /^\/users\/([1-9][0-9]{0,15})(?:\/(favorites|followers|following))?\/?$/.exec(path)
  if (user) return { element: <ProfilePage id={Number(user[1])} tab={(user[2] as ProfileTab | undefined) ?? 'posts'} /> }
  const post = /^\/posts\/([1-9][0-9]{0,15})(\/edit)?\/?$/.exec(path)
  if (post) {
    const id = Number(post[1])
    return post[2] ? { element: <EditPostPage id={id} /> } : { element: <PostPage id={id} />, showsNotice: true }
  }
  return { element: <NotFoundPage /> }
}

function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    // A malformed escape (`%E0`) names no tag.
    return null
  }
}

function Header() {
  const me = useSession()
  const [logoutError, setLogoutError] = useState('')

  async function logOut() {
    setLogoutError('')
    const outcome = await attempt(() => api.DELETE('/api/tokens/current'))
    // A 401 means the token was dead already: logged out either way.
    if (!outcome.ok && outcome.problem.status !== 401) {
      return setLogoutError(`Could not log out: ${outcome.problem.message}`)
    }
    session.end()
    navigate('/', { notice: { tone: 'info', text: 'You are logged out. See you soon.' } })
  }

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          Inkwell
        </Link>
        <nav aria-label="Account" className="site-nav">
          {me ? (
            <>
              <Link to="/posts/new" className="site-nav__link">
                Write
              </Link>
              <Link to="/settings" className="site-nav__link">
                Settings
              </Link>
              <span className="site-nav__me">
                Signed in as{' '}
                <Link to={`/users/${me.user.id}`}>
                  <strong>{me.user.username}</strong>
                </Link>
              </span>
              <button type="button" className="button button--small" onClick={() => void logOut()}>
                Log out
              </button>
            </>
          ) : (
            <>
              <Link to="/login" className="site-nav__link">
                Log in
              </Link>
              <Link to="/signup" className="button button--small button--primary">
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
      {logoutError && (
        <div className="container">
          <p className="alert alert--error" role="alert">
            {logoutError}
          </p>
        </div>
      )}
    </header>
  )
}
