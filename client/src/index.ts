/**
 * @inkwell/client: Inkwell's API, typed from its own OpenAPI document (./schema.d.ts), over
 * openapi-fetch. It uses only `fetch`, `Request` and `Headers`, so it runs in browsers and in
 * Node 18+ alike.
 *
 * @example
 *   const inkwell = createInkwellClient({ baseUrl: 'http://localhost:5000', getToken: () => token })
 *   const { data, error, response } = await inkwell.GET('/api/posts/{id}', { params: { path: { id: 7 } } })
 *   if (error) console.log(response.status, error.code, error.details) // error: ErrorBody
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch'
import type { paths } from './schema.js'

export type { paths } from './schema.js'

/** Every error Inkwell answers with: `{error, code, details?, request_id}`. */
export type ErrorBody = paths['/api/posts/{id}']['get']['responses'][404]['content']['application/json']
/** The closed list of `ErrorBody.code` values; branch on these, not on the `error` text. */
export type ErrorCode = ErrorBody['code']
/** One `{field, message}` pair of a validation or conflict error. */
export type FieldError = NonNullable<ErrorBody['details']>[number]

export type Post = paths['/api/posts/{id}']['get']['responses'][200]['content']['application/json']
export type PostPage = paths['/api/posts']['get']['responses'][200]['content']['application/json']
/** A user as everybody sees them; `email` only when it is the caller. */
export type User = paths['/api/users/{id}']['get']['responses'][200]['content']['application/json']
/** What logging in returns: the token, its expiry, and the user it belongs to. */
export type Session = paths['/api/tokens']['post']['responses'][201]['content']['application/json']

export type InkwellClient = Client<paths>

export interface InkwellClientOptions {
  /** Where the API is, without a trailing path: `http://localhost:5000`. */
  baseUrl: string
  /**
   * Called before every request; a token it returns is sent as `Authorization: Bearer …`.
   * A function rather than a value, so that logging in or out takes effect on the same client.
   */
  getToken?: () => string | null | undefined
  /** Another `fetch`, for tests or for a runtime without a global one. */
  fetch?: (request: Request) => Promise<Response>
}

export function createInkwellClient({ baseUrl, getToken, fetch }: InkwellClientOptions): InkwellClient {
  const client = createClient<paths>({ baseUrl, ...(fetch ? { fetch } : {}) })
  if (getToken) client.use(bearerToken(getToken))
  return client
}

function bearerToken(getToken: () => string | null | undefined): Middleware {
  return {
    onRequest({ request }) {
      const token = getToken()
      if (token) request.headers.set('Authorization', `Bearer ${token}`)
      return request
    },
  }
}

/**
 * The seconds a 429 or 503 asks the client to wait (`Retry-After`), or null when it says nothing
 * usable. Only the delta-seconds form is read: Inkwell never sends an HTTP date.
 */
export function retryAfterSeconds(response: Response): number | null {
  const value = response.headers.get('Retry-After')
  if (value === null || !/^\d+$/.test(value.trim())) return null
  return Number(value.trim())
}
