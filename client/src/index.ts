/**
 * @inkwell/client: Inkwell's API, typed from its own OpenAPI document (./schema.d.ts), over
 * openapi-fetch. It uses only `fetch`, `Request` and `Headers`, so it runs in browsers and in
 * Node 20+ alike.
 *
 * @example
 *   const inkwell = createInkwellClient({ baseUrl: 'http://localhost:5000', getToken: () => token })
 *   const { data, error, response } = await inkwell.GET('/api/posts/{id}', { params: { path: { id: 7 } } })
 *   if (error) console.log(response.status, error.code, error.details) // error: ErrorBody
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch'
import type { components, paths } from './schema.js'

export type { components, operations, paths } from './schema.js'

type Schemas = components['schemas']

/**
 * Every error Inkwell answers with: an RFC 9457 problem (`type`, `title`, `status`, `detail`,
 * `instance`) that also carries `error`, `code`, `details?` and `request_id`.
 */
export type ErrorBody = Schemas['Error']
/** The closed list of `ErrorBody.code` values; branch on these, not on the `error` text. */
export type ErrorCode = ErrorBody['code']
/** One `{field, message}` pair of a validation or conflict error. */
export type FieldError = Schemas['FieldError']

export type Post = Schemas['Post']
/** A page of posts, newest first, and the cursor of the next one. */
export type PostList = Schemas['PostList']
/** A user as everybody sees them. */
export type PublicUser = Schemas['PublicUser']
/** A user as they see themself: with their email. */
export type OwnUser = Schemas['OwnUser']
/** A user from `GET /api/users/{id}`; `email` only when it is the caller. */
export type User = Schemas['User']
export type UserList = Schemas['UserList']
/** What logging in returns: the token, its expiry, and the user it belongs to. */
export type IssuedToken = Schemas['IssuedToken']
export type HealthStatus = Schemas['HealthStatus']

/** @deprecated The same as `PostList`; kept for code written before the components had names. */
export type PostPage = PostList
/** @deprecated The same as `IssuedToken`; kept for code written before the components had names. */
export type Session = IssuedToken

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
