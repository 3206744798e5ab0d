/**
 * Keyset pagination, shared by every list. A page is "the `limit` newest rows older than the
 * cursor", which an index answers in the same time at any depth, and which neither skips nor
 * repeats rows when others are added or removed during a walk.
 *
 * Cursors are opaque and signed: `base64url("<list>:<id>").<mac>`. A client cannot make one up or
 * carry one from one list to another, so the format can change without breaking anybody who
 * followed the rules, and "a cursor this server did not issue" is something it can tell.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { Type } from 'typebox'
import type { Database } from '../db/schema.js'
import { serverSecret } from '../db/server-secrets.js'
import { invalidField } from '../errors.js'

export const MAX_PAGE_SIZE = 100

export const DEFAULT_PAGE_SIZE = 20

/**
 * The most a page's items may weigh, serialized, before the page ends early (with a next cursor)
 * whatever its `limit`: within the limits on each field, 100 posts of 100,000 four-byte
 * characters would otherwise make one answer of 40 MB, whose serialization stalls every other
 * request. A page always holds at least one item, so the largest page is about 1 MiB plus one
 * item (a post is at most about 400 KB).
 */
export const MAX_PAGE_BYTES = 1024 * 1024

export const PageQuery = {
  // Optional in the document, so generated clients need not pass it; validation fills the default.
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: 'Items per page, 1–100.' }),
  ),
  cursor: Type.Optional(
    Type.String({ maxLength: 200, description: "The previous page's `next_cursor`; omit it for the first page." }),
  ),
}

export const NextCursor = Type.Union([Type.String(), Type.Null()], {
  description: 'Pass as `cursor` to get the next page; null on the last page.',
})

/** Cursors kept once made; the cap only bounds what a client sending made-up cursors can fill. */
const MAX_CACHED_CURSORS = 10_000

export class Cursors {
  /**
   * Every reader of a list's first page is handed the same next cursor until a post arrives, and
   * an HMAC cost about 5 µs of each such answer: a cursor, a pure function of the key and the
   * position, is made once.
   */
  private readonly made = new Map<string, string>()

  private constructor(private readonly key: string) {}

  /** Cursors signed with the key this database keeps for them. */
  static async load(db: Kysely<Database>): Promise<Cursors> {
    return new Cursors(await serverSecret(db, 'cursor_key'))
  }

  /**
   * The pages of one list (`posts`, `users`): cursors made for it are refused by every other.
   * Made once, when its routes are registered.
   */
  list(name: string): CursorList {
    if (!/^[a-z_]+$/.test(name)) throw new Error(`a list name is lower-case letters and _, not ${name}`)
    return new CursorList(this, name)
  }

  encode(list: string, id: number): string {
    const payload = `${list}:${id}`
    let cursor = this.made.get(payload)
    if (cursor === undefined) {
      cursor = `${Buffer.from(payload).toString('base64url')}.${this.mac(payload).toString('base64url')}`
      if (this.made.size >= MAX_CACHED_CURSORS) this.made.clear()
      this.made.set(payload, cursor)
    }
    return cursor
  }

  /** See `CursorList.decode`. */
  decode(list: CursorList, cursor: string | undefined): number | undefined {
    if (cursor === undefined) return undefined
    const payload = Buffer.from(cursor.split('.', 1)[0]!, 'base64url').toString()
    const match = list.position.exec(payload)
    // Base64 decoding forgives stray characters and padding, so the check is that encoding the
    // position again gives back exactly the cursor that was sent.
    const expected = Buffer.from(match ? this.encode(list.name, Number(match[1])) : '')
    const given = Buffer.from(cursor)
    if (!match || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw invalidField('cursor', 'is not a cursor this server issued; start again without one')
    }
    return Number(match[1])
  }

  /**
   * Trims the `limit + 1` rows a repository returned to one page, and says where the next starts.
   * The page ends early once its items pass MAX_PAGE_BYTES. Also sets `Link: <...>; rel="next"`
   * (RFC 8288) on the reply when there is a next page.
   */
  page<T extends { id: number }>(
    list: string,
    rows: T[],
    limit: number,
    request: FastifyRequest,
    reply: FastifyReply,
  ): { items: T[]; next_cursor: string | null } {
    const items = withinBudget(rows.slice(0, limit))
    const last = items.at(-1)
    const next_cursor = rows.length > items.length && last ? this.encode(list, last.id) : null
    if (next_cursor !== null) {
      const [path, query] = requestTarget(request).split('?', 2) as [string, string | undefined]
      const params = new URLSearchParams(query)
      params.set('cursor', next_cursor)
      params.set('limit', String(limit))
      reply.header('link', `<${path}?${params}>; rel="next"`)
    }
    return { items, next_cursor }
  }

  /** 12 bytes of HMAC-SHA256: ample against guessing, short enough to keep URLs tidy. */
  private mac(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest().subarray(0, 12)
  }
}

/** The leading items whose serialized size stays within MAX_PAGE_BYTES, and always the first. */
function withinBudget<T>(items: T[]): T[] {
  // A UTF-16 code unit takes at most 3 bytes of UTF-8, so a page whose length in code units is
  // within a third of the budget is within it: only a page near the budget is weighed in bytes.
  let units = 0
  for (const item of items) units += jsonWeight(item, codeUnits)
  if (3 * units <= MAX_PAGE_BYTES) return items
  let bytes = 0
  for (const [index, item] of items.entries()) {
    bytes += jsonWeight(item, Buffer.byteLength)
    if (bytes > MAX_PAGE_BYTES) return items.slice(0, Math.max(1, index))
  }
  return items
}

const codeUnits = (text: string) => text.length

/**
 * About the bytes `value` takes as JSON: its strings as `measure` counts them, plus a little per
 * value for keys and punctuation. Building each item's JSON to measure it cost as much as
 * serializing the page a second time; this reads lengths only (an index loop over `Object.keys`:
 * `for…in` took three times as long). It does not count JSON's escapes (a control character
 * takes six bytes), so an adversarial page can weigh a few times the budget, never tens of MB.
 */
function jsonWeight(value: unknown, measure: (text: string) => number): number {
  if (typeof value === 'string') return measure(value) + 2
  if (value === null || typeof value !== 'object') return 8
  let bytes = 2
  const keys = Object.keys(value)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    bytes += key.length + 4 + jsonWeight((value as Record<string, unknown>)[key], measure)
  }
  return bytes
}

/**
 * The path and query a request asked for. A request may name its target in absolute form
 * (`GET http://elsewhere.example/api/posts`); a link built from that would point clients wherever
 * the sender liked, so only the path and query are kept and the link stays on this server.
 */
function requestTarget(request: FastifyRequest): string {
  if (request.url.startsWith('/')) return request.url
  try {
    const url = new URL(request.url)
    return url.pathname + url.search
  } catch {
    return '/'
  }
}

/** One list's cursors: `decode` what a client sent, `page` what a repository returned. */
export class CursorList {
  /** What a cursor of this list holds, `<name>:<id>`; compiled once, not per request. */
  readonly position: RegExp

  constructor(
    private readonly cursors: Cursors,
    readonly name: string,
  ) {
    this.position = new RegExp(`^${name}:([1-9][0-9]{0,15})$`)
  }

  /**
   * The id a cursor points after, or undefined for the first page.
   *
   * @throws AppError `validation_failed` naming `cursor`, for anything this server did not issue
   *   for this list.
   */
  decode(cursor: string | undefined): number | undefined {
    return this.cursors.decode(this, cursor)
  }

  /** See `Cursors.page`. */
  page<T extends { id: number }>(rows: T[], limit: number, request: FastifyRequest, reply: FastifyReply) {
    return this.cursors.page(this.name, rows, limit, request, reply)
  }
}
