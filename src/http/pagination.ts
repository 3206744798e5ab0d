/**
 * Keyset pagination, shared by every list. A page is "the `limit` newest rows older than the
 * cursor", which an index answers in the same time at any depth, and which neither skips nor
 * repeats rows when others are added or removed during a walk.
 *
 * Cursors are opaque to clients: base64url of `<list>:<id>`. They are validated strictly but not
 * signed, because a forged one can only name a position in a list the caller may read anyway.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { invalidField } from './errors.js'

export type ListName = 'posts' | 'users'

export const MAX_PAGE_SIZE = 100

export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20, description: 'Items per page.' }),
  cursor: Type.Optional(
    Type.String({ description: "The previous page's `next_cursor`; omit it for the first page." }),
  ),
}

export const NextCursor = Type.Union([Type.String(), Type.Null()], {
  description: 'Pass as `cursor` to get the next page; null on the last page.',
})

export function encodeCursor(list: ListName, id: number): string {
  return Buffer.from(`${list}:${id}`).toString('base64url')
}

/**
 * The id a cursor points after, or undefined for the first page.
 *
 * @throws ApiError `validation_failed` for anything this server would not have issued for `list`.
 */
export function decodeCursor(list: ListName, cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined
  const match = new RegExp(`^${list}:([1-9][0-9]{0,15})$`).exec(Buffer.from(cursor, 'base64url').toString())
  const id = match ? Number(match[1]) : NaN
  // Re-encoding must give back the same text, or the cursor was altered (base64 is lenient).
  if (!Number.isSafeInteger(id) || encodeCursor(list, id) !== cursor) {
    throw invalidField('cursor', 'is not a cursor this server issued; start again without one')
  }
  return id
}

/**
 * Trims the `limit + 1` rows a repository returned to one page, and says where the next starts.
 * Also sets `Link: <...>; rel="next"` (RFC 8288) on the reply when there is a next page.
 */
export function toPage<T extends { id: number }>(
  list: ListName,
  rows: T[],
  limit: number,
  request: FastifyRequest,
  reply: FastifyReply,
): { items: T[]; next_cursor: string | null } {
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  const next_cursor = rows.length > limit && last ? encodeCursor(list, last.id) : null
  if (next_cursor !== null) {
    const [path, query] = request.url.split('?', 2) as [string, string | undefined]
    const params = new URLSearchParams(query)
    params.set('cursor', next_cursor)
    params.set('limit', String(limit))
    reply.header('link', `<${path}?${params}>; rel="next"`)
  }
  return { items, next_cursor }
}
