/**
 * Conditional requests (RFC 9110 §13): an ETag on every single resource a client reads or
 * writes, `If-None-Match` so a client can revalidate what it has for free (304), and `If-Match`
 * so that a write based on an old copy is refused (412) instead of silently undoing somebody
 * else's change.
 *
 * The ETag is a hash of the representation the caller receives, so it changes whenever anything
 * they can see changes, including the author's username on a post, and differs where callers see
 * different things (your own account shows your email).
 */
import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { preconditionFailed } from '../errors.js'

/**
 * The strong entity tag of a representation. Keys are sorted first, so the same user has the same
 * ETag whether it came from /api/profile or /api/users/{id}.
 */
export function etagOf(representation: unknown): string {
  const canonical = JSON.stringify(representation, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  )
  return `"${createHash('sha256').update(canonical).digest('base64url').slice(0, 27)}"`
}

/** The entity tags in an If-Match or If-None-Match header, or `'*'`. */
function entityTags(header: string): '*' | string[] {
  if (header.trim() === '*') return '*'
  return header
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '')
}

/**
 * Answers with `representation` and its ETag; a GET or HEAD whose If-None-Match already names it
 * gets 304 with no body instead (weak comparison, as §13.1.2 asks).
 */
export function sendWithEtag<T>(request: FastifyRequest, reply: FastifyReply, representation: T): T | FastifyReply {
  const etag = etagOf(representation)
  reply.header('etag', etag)
  const ifNoneMatch = request.headers['if-none-match']
  if (ifNoneMatch !== undefined && (request.method === 'GET' || request.method === 'HEAD')) {
    const tags = entityTags(ifNoneMatch)
    if (tags === '*' || tags.some((tag) => tag.replace(/^W\//, '') === etag)) return reply.code(304).send()
  }
  return representation
}

/**
 * What a write checks the current resource against before changing it: undefined when the
 * request has neither If-Match nor If-None-Match (the write goes ahead unconditionally),
 * otherwise a check that throws 412 unless the current representation's ETag is one If-Match
 * names (strong comparison) and none that If-None-Match names (weak comparison; `*` there means
 * "only if it does not exist", which for an existing resource always fails).
 */
export function writePreconditions<T>(request: FastifyRequest): ((current: T) => void) | undefined {
  const { 'if-match': ifMatch, 'if-none-match': ifNoneMatch } = request.headers
  if (ifMatch === undefined && ifNoneMatch === undefined) return undefined
  const mustMatch = ifMatch === undefined ? undefined : entityTags(ifMatch)
  const mustNotMatch = ifNoneMatch === undefined ? undefined : entityTags(ifNoneMatch)
  return (current) => {
    const etag = etagOf(current)
    if (mustMatch !== undefined && mustMatch !== '*' && !mustMatch.includes(etag)) throw preconditionFailed()
    if (mustNotMatch !== undefined && (mustNotMatch === '*' || mustNotMatch.some((tag) => tag.replace(/^W\//, '') === etag))) {
      throw preconditionFailed()
    }
  }
}

/** The conditional request headers, for a route's `headers` schema (and so the OpenAPI document). */
export const IfNoneMatchHeader = Type.Object({
  'if-none-match': Type.Optional(
    Type.String({ description: 'An ETag you hold; when it is still current the answer is 304 with no body.' }),
  ),
})

export const IfMatchHeader = Type.Object({
  'if-match': Type.Optional(
    Type.String({
      description: 'The ETag of the version you are changing; if somebody changed it meanwhile the answer is 412 and nothing changes.',
    }),
  ),
  'if-none-match': Type.Optional(
    Type.String({ description: 'Rarely useful on a write: 412 if the current ETag is one of these (or `*`).' }),
  ),
})

/** A 304's entry in a route's `response`. */
export const NotModified = Type.Null({ description: 'Not Modified: the ETag you sent in If-None-Match is still current.' })
