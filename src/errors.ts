/**
 * The failures Inkwell tells clients about, in the domain's words: a closed list of codes and one
 * error class. Services throw these; `http/errors.ts` alone decides which status and headers each
 * code answers with, so nothing here knows it is served over HTTP.
 */

/** Every error code Inkwell answers with. Clients branch on these; the list is closed. */
export const ERROR_CODES = [
  'invalid_json',
  'validation_failed',
  'bad_request',
  'invalid_credentials',
  'invalid_token',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'precondition_failed',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal_error',
  'service_unavailable',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface FieldError {
  /** The input the message is about; empty when it is about the whole body or query. */
  field: string
  message: string
}

/** A failure the client should be told about, with its code and, for inputs, which ones. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
    /** What was not found or may not be touched ("Post"), for dialects that key errors by it. */
    readonly subject?: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** @example throw notFound('Post') // "Post not found" */
export const notFound = (what: string) => new AppError('not_found', `${what} not found`, undefined, what)

export const forbidden = () => new AppError('forbidden', 'Forbidden')

/** A unique value is taken; `field` names the input, when known. */
export const conflict = (field: string | undefined) =>
  new AppError(
    'conflict',
    field ? `That ${field} is already taken` : 'That value is already taken',
    field ? [{ field, message: 'is already taken' }] : undefined,
  )

/** The resource changed since the client read it (its If-Match no longer names it). */
export const preconditionFailed = () =>
  new AppError('precondition_failed', 'The resource has changed since you read it; GET it again and retry')

export const invalidField = (field: string, message: string) =>
  new AppError('validation_failed', 'Request validation failed', [{ field, message }])

/**
 * The caller's account is gone: it was deleted while this request was in flight, after its token
 * had been accepted. The same answer that token now gets.
 */
export const callerGone = () => new AppError('invalid_token', 'Invalid token')

/** Too much work is waiting (password hashes): the request changed nothing; retry shortly. */
export const overloaded = () => new AppError('service_unavailable', 'Service unavailable')

export const invalidCredentials = () => new AppError('invalid_credentials', 'Invalid username, email or password')
