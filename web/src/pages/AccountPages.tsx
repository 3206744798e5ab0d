/** Signing up and logging in. Both end with a session and a trip back to where you were going. */
import { useEffect, useState, type FormEvent } from 'react'
import { api, attempt, type Problem } from '../api'
import { ErrorMessage, NoticeBanner, TextField } from '../components/ui'
import { Link, navigate, useLocation } from '../router'
import { session } from '../session'

const NO_PROBLEM: Problem = { message: '', fields: {}, status: null, code: null }

/** Exchanges credentials for a token and starts the session; the problem if that fails. */
async function logIn(login: string, password: string): Promise<Problem | null> {
  // The API takes either; an @ is the one thing a username cannot contain.
  const credentials = login.includes('@') ? { email: login, password } : { username: login, password }
  const outcome = await attempt(() => api.POST('/api/tokens', { body: credentials }), { fields: ['username', 'email', 'password'] })
  if (!outcome.ok) return outcome.problem
  session.start({ token: outcome.data.token, user: { id: outcome.data.user.id, username: outcome.data.user.username } })
  return null
}

export function SignUpPage() {
  const [form, setForm] = useState({ username: '', email: '', password: '' })
  const [problem, setProblem] = useState(NO_PROBLEM)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    document.title = 'Sign up · Inkwell'
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const created = await attempt(() => api.POST('/api/users', { body: form }), { fields: ['username', 'email', 'password'] })
    if (!created.ok) {
      setBusy(false)
      return setProblem(created.problem)
    }
    const failed = await logIn(form.username, form.password)
    setBusy(false)
    if (failed) {
      return navigate('/login', { notice: { tone: 'info', text: 'Your account is ready. Log in to start writing.' } })
    }
    navigate('/', { notice: { tone: 'success', text: `Welcome to Inkwell, ${form.username}!` } })
  }

  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value })
  return (
    <section className="panel" aria-labelledby="signup-heading">
      <h1 id="signup-heading">Create your account</h1>
      <form onSubmit={submit} noValidate>
        <TextField
          label="Username"
          name="username"
          autoComplete="username"
          value={form.username}
          onChange={set('username')}
          hint="3–32 letters, digits, dots, dashes or underscores. Everyone sees it."
          error={problem.fields.username}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={set('email')}
          hint="Only you see it."
          error={problem.fields.email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          hint="At least 8 characters."
          error={problem.fields.password}
        />
        <ErrorMessage>{problem.message}</ErrorMessage>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Creating your account…' : 'Sign up'}
          </button>
          <span className="aside">
            Already have an account? <Link to="/login">Log in</Link>
          </span>
        </div>
      </form>
    </section>
  )
}

export function LogInPage() {
  const { state } = useLocation()
  const [login, setLogin] = useState('')
  const [password, setPassword] = useState('')
  const [problem, setProblem] = useState(NO_PROBLEM)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    document.title = 'Log in · Inkwell'
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const failed = await logIn(login.trim(), password)
    setBusy(false)
    if (failed) return setProblem(failed)
    const back = state.returnTo && state.returnTo !== '/login' ? state.returnTo : '/'
    navigate(back, { notice: { tone: 'success', text: 'You are logged in.' } })
  }

  // The API names `username` or `email`; this form has one box for both.
  const loginError = problem.fields.username ?? problem.fields.email
  return (
    <section className="panel" aria-labelledby="login-heading">
      <NoticeBanner notice={problem === NO_PROBLEM ? state.notice : undefined} />
      <h1 id="login-heading">Log in</h1>
      <form onSubmit={submit} noValidate>
        <TextField
          label="Username or email"
          name="login"
          autoComplete="username"
          value={login}
          onChange={(event) => setLogin(event.target.value)}
          error={loginError}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={problem.fields.password}
        />
        <ErrorMessage>{problem.message}</ErrorMessage>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Logging in…' : 'Log in'}
          </button>
          <span className="aside">
            New here? <Link to="/signup">Create an account</Link>
          </span>
        </div>
      </form>
    </section>
  )
}
