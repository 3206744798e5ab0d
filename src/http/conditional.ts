/**
 * Conditional requests (RFC 9110 §13): an ETag on every single resource a client reads or
 * writes, `If-None-Match` so a client can revalidate what it has for free (304), and `If-Match`
 * so that a write based on an old copy is refused (412) instead of silently undoing somebody
 * else's change.
 *
 * An ETag is made of the versions of every row in the representation (a post's and its author's,
 * so renaming the author changes the post's), and of the representation's schema, so that a
 * release that changes what a resource looks like changes every tag, and so that two
 * representations of one row (your account with your email, everybody else's view without) never
 * share one. The versions are written out, not hashed: a tag says only what its body already says
 * or what a client could count (how often the row changed), and hashing them cost 4% of a read's
 * CPU (issue 14); hashing each answer's JSON, before that, a fifth.
 */
import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type, type TSchema } from 'typebox'
import { preconditionFailed } from '../errors.js'

/** What a representation's ETag is made of: ids and versions of the rows in it. */
export type EntityTag<T> = (representation: T) => string

/**
 * The ETags of one kind of representation, described by `schema`, from the rows' versions that
 * `versions` picks out of it.
 *
 * @example
 *   const postTag = entityTag(Post, (post: Post) => [post.id, post.version, post.author.version])
 *   postTag(post) // '"Xq3kP0aZ.12.3.1"': the schema's hash, 8 characters, then the versions
 */
export function entityTag<T>(schema: TSchema, versions: (representation: T) => (number | string)[]): EntityTag<T> {
  // 48 bits: tags are compared only with tags of the same URL, where few schemas ever answer.
  const shape = createHash('sha256').update(JSON.stringify(schema)).digest('base64url').slice(0, 8)
  return (representation) => `"${shape}.${versions(representation).join('.')}"`
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
export function sendWithEtag<T>(request: FastifyRequest, reply: FastifyReply, representation: T, etagOf: EntityTag<T>): T | FastifyReply {
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
export function writePreconditions<T>(request: FastifyRequest, etagOf: EntityTag<T>): ((current: T) => void) | undefined {
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

