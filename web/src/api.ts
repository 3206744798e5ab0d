/**
 * The app's one way to call the API: the typed client, and every failure turned into words for the
 * person in front of the screen, with field messages kept apart so each lands next to its input.
 */
import { createInkwellClient, retryAfterSeconds, type ErrorBody, type ErrorCode } from '@inkwell/client'
import { API_URL } from './config'
import { navigate } from './router'
import { session } from './session'

export const api = createInkwellClient({ baseUrl: API_URL, getToken: session.token })

export interface Problem {
  /** What went wrong with the action as a whole; empty when the field messages say it all. */
  message: string
  /** A message per input, by the API's field name (`title`, `username`, …). */
  fields: Record<string, string>
  /** null when no answer arrived at all (network, CORS). */
  status: number | null
  code: ErrorCode | null
}

export type Outcome<T> = { ok: true; data: T; response: Response } | { ok: false; problem: Problem }

/** How a screen words the failures that depend on what it was doing. */
export interface Wording {
  /** The inputs this screen shows; details about any other field go into the message. */
  fields?: readonly string[]
  notFound?: string
  forbidden?: string
  /** For a conditional write (If-Match) that found the resource changed meanwhile. */
  changed?: string
}

const FIELD_LABELS: Record<string, string> = {
  username: 'Username',
  email: 'Email',
  password: 'Password',
  title: 'Title',
  body: 'Text',
  description: 'Description',
  tags: 'Tags',
  bio: 'Bio',
  image: 'Picture URL',
}

/** `tags.2` is about the third tag: its message goes under the tags input, and says which tag. */
function fieldOf(field: string): { input: string; label: string } {
  const [input = field, index] = field.split('.')
  if (input === 'tags' && index !== undefined && /^\d+$/.test(index)) return { input, label: `Tag ${Number(index) + 1}` }
  return { input, label: FIELD_LABELS[field] ?? field }
}

/**
 * Runs one call of the client and sorts out its result. A 401 because the token stopped working
 * ends the session and sends you to log in, wherever it happens; everything else is the screen's
 * to show.
 *
 * @example const outcome = await attempt(() => api.GET('/api/posts/{id}', { params: { path: { id } } }))
 */
export async function attempt<T>(
  call: () => Promise<{ data?: T; error?: ErrorBody; response: Response }>,
  wording: Wording = {},
): Promise<Outcome<T>> {
  let result: { data?: T; error?: ErrorBody; response: Response }
  try {
    result = await call()
  } catch (error) {
    // fetch rejects with a TypeError when no response can be had: the server is down, the
    // network is, or the browser refused a cross-origin answer. Pages cannot tell which.
    if (error instanceof TypeError) return { ok: false, problem: unreachable() }
    throw error
  }
  const { data, error, response } = result
  if (response.ok) return { ok: true, data: data as T, response }
  if (response.status === 401 && error?.code === 'invalid_token') sessionEnded()
  return { ok: false, problem: describe(response, error, wording) }
}

function unreachable(): Problem {
  return {
    message:
      `Could not reach the Inkwell API at ${API_URL} from this page. ` +
      `The server may be down, or it may not accept requests from ${window.location.origin} (its CORS settings).`,
    fields: {},
    status: null,
    code: null,
  }
}

function sessionEnded(): void {
  const wasSignedIn = session.get() !== null
  // A screen makes several calls at once (posts and tags): the first 401 has sent you to log in
  // already, with the notice and the way back, which the others must not overwrite.
  if (!wasSignedIn && window.location.pathname === '/login') return
  session.end()
  navigate(
    '/login',
    {
      notice: {
        tone: 'warning',
        text: wasSignedIn ? 'Your session has ended. Log in again to continue.' : 'Log in to continue.',
      },
      returnTo: window.location.pathname,
    },
    { replace: true },
  )
}

function describe(response: Response, error: ErrorBody | undefined, wording: Wording): Problem {
  const status = response.status
  const problem: Problem = { message: '', fields: {}, status, code: error?.code ?? null }
  const inThisForm = new Set(wording.fields ?? [])
  const elsewhere: string[] = []
  for (const { field, message } of error?.details ?? []) {
    const { input, label } = fieldOf(field)
    const sentence = `${label} ${message}.`
    if (inThisForm.has(input)) problem.fields[input] ??= sentence
    else elsewhere.push(sentence)
  }
  const retry = retryAfterSeconds(response)
  const when = retry === null ? 'in a moment' : retry <= 1 ? 'in a second' : `in ${retry} seconds`

  // 429 and 503 by status: whatever code a rate limiter or a proxy in front puts on them, the
  // advice is the same.
  const kind: string = status === 429 ? 'rate_limited' : status === 503 ? 'service_unavailable' : (error?.code ?? '')
  switch (kind) {
    case 'validation_failed':
    case 'conflict':
      problem.message = elsewhere.length ? elsewhere.join(' ') : Object.keys(problem.fields).length ? '' : (error?.error ?? '')
      break
    case 'invalid_credentials':
      problem.message = 'That username or email and password do not match an account.'
      break
    case 'invalid_token':
      problem.message = 'Your session has ended. Log in again to continue.'
      break
    case 'forbidden':
      problem.message = wording.forbidden ?? 'That belongs to someone else, so you cannot change it.'
      break
    case 'not_found':
      problem.message = wording.notFound ?? 'That does not exist, or no longer does.'
      break
    case 'precondition_failed':
      problem.message = wording.changed ?? 'This was changed somewhere else meanwhile. Reload to see the latest version, then try again.'
      break
    case 'payload_too_large':
      problem.message = 'That is too long to send. Shorten it and try again.'
      break
    case 'rate_limited':
      problem.message = `You are going a little fast. Try again ${when}.`
      break
    case 'service_unavailable':
      problem.message = `Inkwell is briefly unavailable. Try again ${when}.`
      break
    default:
      problem.message =
        status >= 500
          ? `Something went wrong on the server. Try again${error ? `; if it keeps happening, quote request ${error.request_id}` : ''}.`
          : (error?.error ?? `The API answered ${status}.`)
  }
  return problem
}
