/**
 * How requests are validated, and how a failed validation reads to a client.
 *
 * Bodies are validated strictly: a number where a string belongs is an error, not something to
 * coerce, and an unknown field is an error, not something to drop silently. Query strings and
 * path parameters arrive as text, so there numbers are parsed from their digits.
 */
import type { FastifyInstance, FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify'
import { Ajv, type ErrorObject } from 'ajv'
import addFormats from 'ajv-formats'
import { AppError, type FieldError } from '../errors.js'
/**
 * A schema keyword for the message a failed `pattern` shows, since a regular expression means
 * nothing to the person filling in a form.
 *
 * @example Type.String({ pattern: '\\S', [PATTERN_MESSAGE]: 'must not be blank' })
 */
export const PATTERN_MESSAGE = 'x-pattern-message'

/**
 * A string's keywords for "something is written": zero-width and invisible format characters
 * (ZWSP, ZWNJ, ZWJ, word joiner, BOM) do not count, since a text of only those shows as blank.
 *
 * @example Type.String({ minLength: 1, maxLength: 200, ...NOT_BLANK })
 */
export const NOT_BLANK = { pattern: '[^\\s\\u200B-\\u200D\\u2060\\uFEFF]', [PATTERN_MESSAGE]: 'must not be blank' } as const

/**
 * Where a body schema keeps the fields the server sets. A symbol, so that it stays out of the
 * OpenAPI document (JSON has no symbol keys) and no resource's fields are listed here.
 */
const READ_ONLY = Symbol('read-only fields')

/**
 * Marks fields of a resource that the server sets, so that a client sending one in `schema` is
 * told it "is read-only" rather than "is not a known field".
 *
 * @example export const NewPost = withReadOnlyFields(Type.Object({ title, body }), ['id', 'author_id'])
 */
export function withReadOnlyFields<T extends object>(schema: T, fields: readonly string[]): T {
  return Object.assign(schema, { [READ_ONLY]: new Set(fields) })
}

// allErrors so a form learns of every bad field at once; verbose so an error carries its schema,
// where PATTERN_MESSAGE is read from.
const ajv = new Ajv({ allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: true, verbose: true })
addFormats.default(ajv, ['email', 'date-time'])
ajv.addKeyword({ keyword: PATTERN_MESSAGE, schemaType: 'string' })

/** The only text a query or path integer may be: digits, no sign games, exponents or padding. */
const INTEGER_TEXT = /^-?(?:0|[1-9][0-9]{0,15})$/

/**
 * More fields than any body here has. Checked before Ajv runs, because Ajv reporting all errors
 * would otherwise build one error per unknown key: a 1 MiB body of tiny keys is 100,000 of them.
 */
const MAX_BODY_FIELDS = 50

type Data = Record<string, unknown> | null

/**
 * Bodies are validated as they are. Query strings and path parameters arrive as text, so a
 * property the schema declares an integer is parsed first, but only from plain digits: Ajv's own
 * coercion would also take `1e3`, `1.0` and `01`, which name no id and no page size.
 */
export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  if (httpPart === 'headers' && cannotFailOnHeaders(schema)) return acceptHeaders
  const validate = ajv.compile(schema)
  const integers = Object.entries((schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {})
    .filter(([, property]) => property.type === 'integer')
    .map(([name]) => name)

  const prepare =
    httpPart === 'body'
      ? (data: Data): FastifySchemaValidationError | undefined =>
          data !== null && typeof data === 'object' && Object.keys(data).length > MAX_BODY_FIELDS
            ? { keyword: 'maxProperties', instancePath: '', schemaPath: '', params: { limit: MAX_BODY_FIELDS } }
            : undefined
      : (data: Data): undefined => {
          for (const name of integers) {
            const value = data?.[name]
            if (typeof value === 'string' && INTEGER_TEXT.test(value)) data![name] = Number(value)
          }
        }

  // Fastify reads the errors of a failed validation from the function's `errors` property.
  const validateRequestPart = (data: Data): boolean => {
    const refused = prepare(data)
    const valid = !refused && validate(data)
    validateRequestPart.errors = refused ? [refused] : validate.errors
    return valid
  }
  validateRequestPart.errors = validate.errors as FastifySchemaValidationError[] | null | undefined
  return validateRequestPart
}

/**
 * Whether a headers schema only documents optional headers of any text: Node hands every header
 * over as a string (repeats joined by commas), so such a schema accepts every request. Running
 * Ajv over all of a request's headers for it anyway cost about 15 µs of a 108 µs read (issue 14).
 */
function cannotFailOnHeaders(schema: object): boolean {
  const { required, properties, additionalProperties } = schema as {
    required?: string[]
    properties?: Record<string, Record<string, unknown>>
    additionalProperties?: unknown
  }
  if ((required?.length ?? 0) > 0 || additionalProperties === false || properties === undefined) return false
  const DOCUMENTATION = new Set(['type', 'description', 'examples', 'example', 'title'])
  return Object.values(properties).every((property) => property.type === 'string' && Object.keys(property).every((key) => DOCUMENTATION.has(key)))
}

const acceptHeaders = Object.assign(() => true, { errors: null })

/**
 * Ajv's errors as `{field, message}` pairs, one per field, in words a form can show.
 *
 * @example validationDetails(errors, 'body') // [{ field: 'title', message: 'is required' }]
 */
export function validationDetails(errors: readonly Partial<ErrorObject>[], part = 'body'): FieldError[] {
  const details: FieldError[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    const detail = describe(error, part)
    // allErrors can report one field several times (type and pattern, say); the first says enough.
    if (seen.has(detail.field)) continue
    seen.add(detail.field)
    details.push(detail)
  }
  return details
}

function describe(error: Partial<ErrorObject>, part: string): FieldError {
  const path = (error.instancePath ?? '').split('/').slice(1).join('.')
  const params = (error.params ?? {}) as Record<string, unknown>
  const field = (name: string) => (path ? `${path}.${name}` : name)
  switch (error.keyword) {
    case 'required':
      return { field: field(String(params.missingProperty)), message: 'is required' }
    case 'additionalProperties': {
      const name = String(params.additionalProperty)
      if (part !== 'body') return { field: field(name), message: `is not a known ${partName(part)} parameter` }
      const readOnly = (error.parentSchema as { [READ_ONLY]?: Set<string> } | undefined)?.[READ_ONLY]
      return { field: field(name), message: readOnly?.has(name) ? 'is read-only' : 'is not a known field' }
    }
    case 'minProperties':
      return { field: path, message: 'must contain at least one field' }
    case 'maxProperties':
      return { field: path, message: `must have at most ${params.limit} fields` }
  }
  if (!path && error.keyword === 'type') return { field: '', message: 'must be a JSON object' }
  return { field: path, message: messageFor(error, params) }
}

function messageFor(error: Partial<ErrorObject>, params: Record<string, unknown>): string {
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>
  switch (error.keyword) {
    case 'type':
      return `must be ${article(String(params.type))}`
    case 'minLength':
      return params.limit === 1 ? 'must not be empty' : `must be at least ${params.limit} characters`
    case 'maxLength':
      return `must be at most ${params.limit} characters`
    case 'minimum':
      return `must be at least ${params.limit}`
    case 'maximum':
      return `must be at most ${params.limit}`
    case 'maxItems':
      return `must have at most ${params.limit} items`
    case 'format':
      return params.format === 'email' ? 'must be a valid email address' : `must be a valid ${params.format}`
    case 'pattern':
      return typeof schema[PATTERN_MESSAGE] === 'string' ? schema[PATTERN_MESSAGE] : 'has an invalid format'
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).join(', ')}`
    default:
      return error.message ?? 'is invalid'
  }
}

function article(type: string): string {
  const types = type.split(',')
  return types.map((t) => (t === 'integer' ? 'an integer' : t === 'object' || t === 'array' ? `an ${t}` : `a ${t}`)).join(' or ')
}

function partName(part: string): string {
  return part === 'querystring' ? 'query' : part
}

/**
 * Routes that take no query parameters refuse any, as routes that take some refuse unknown ones:
 * `GET /api/posts/1?foo=1` is a 400 naming `foo`, not a 200 that ignored what the client meant.
 */
export function refuseQueryWhereNoneTaken(app: FastifyInstance): void {
  // Callback-style, and the common case (no query at all) costs one property walk.
  app.addHook('preValidation', (request, _reply, done) => {
    const query = request.query as object
    if (!hasAny(query)) return done()
    const schema = request.routeOptions.schema
    if (!schema || schema.hide || schema.querystring) return done()
    const names = Object.keys(query)
    done(new AppError(
      'validation_failed',
      'Request validation failed',
      names.map((name) => ({ field: name, message: 'is not a known query parameter' })),
    ))
  })
}

function hasAny(object: object): boolean {
  for (const _ in object) return true
  return false
}
