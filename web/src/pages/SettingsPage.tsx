/** Your bio and picture, as everybody sees them on your profile. */
import { useEffect, useState, type FormEvent } from 'react'
import { api, attempt, type Problem } from '../api'
import { ErrorMessage, Loading, TextAreaField, TextField } from '../components/ui'
import { Link, navigate } from '../router'
import { useSession } from '../session'

const NO_PROBLEM: Problem = { message: '', fields: {}, status: null, code: null }

export function SettingsPage() {
  const me = useSession()
  const [form, setForm] = useState<{ bio: string; image: string } | null>(null)
  const [problem, setProblem] = useState(NO_PROBLEM)
  const [loadError, setLoadError] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    document.title = 'Settings · Inkwell'
    if (!me) {
      navigate('/login', { notice: { tone: 'info', text: 'Log in to edit your profile.' }, returnTo: '/settings' }, { replace: true })
      return
    }
    void attempt(() => api.GET('/api/profile')).then((outcome) => {
      if (!outcome.ok) return setLoadError(outcome.problem.message)
      setForm({ bio: outcome.data.bio ?? '', image: outcome.data.image ?? '' })
    })
  }, [me])

  if (!me) return null
  if (loadError) return <ErrorMessage>{loadError}</ErrorMessage>
  if (!form) return <Loading what="your profile" />

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!me || !form) return
    setBusy(true)
    // Emptied means none: the API clears a field given as null.
    const changes = { bio: form.bio.trim() === '' ? null : form.bio, image: form.image.trim() === '' ? null : form.image.trim() }
    const outcome = await attempt(() => api.PATCH('/api/users/{id}', { params: { path: { id: me.user.id } }, body: changes }), {
      fields: ['bio', 'image'],
    })
    setBusy(false)
    if (!outcome.ok) return setProblem(outcome.problem)
    navigate(`/users/${me.user.id}`, { notice: { tone: 'success', text: 'Your profile is saved.' } })
  }

  return (
    <section className="panel panel--wide" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Your profile</h1>
      <form onSubmit={submit} noValidate>
        <TextAreaField
          label="Bio"
          name="bio"
          rows={5}
          value={form.bio}
          onChange={(event) => setForm({ ...form, bio: event.target.value })}
          hint="A few words about you, up to 1000 characters. Everyone sees it."
          error={problem.fields.bio}
        />
        <TextField
          label="Picture URL"
          name="image"
          type="url"
          value={form.image}
          onChange={(event) => setForm({ ...form, image: event.target.value })}
          hint="The address of a picture of you, starting with https:// or http://."
          error={problem.fields.image}
        />
        <ErrorMessage>{problem.message}</ErrorMessage>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save profile'}
          </button>
          <Link to={`/users/${me.user.id}`} className="button button--quiet">
            Cancel
          </Link>
        </div>
      </form>
    </section>
  )
}
