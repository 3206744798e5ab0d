/** Schema pieces every resource shares, so an id or a timestamp reads the same everywhere. */
import { Type } from 'typebox'

export const Id = Type.Integer({ minimum: 1 })

export const Timestamp = Type.String({ format: 'date-time', description: 'ISO-8601, UTC.' })

/** An id a client sends, in a path or a query: a positive integer JavaScript holds exactly. */
export const IdInput = (options: { description?: string } = {}) =>
  Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, ...options })

/** `/{id}` in a path. Anything that is not a positive integer is answered as an unknown id. */
export const IdParams = Type.Object({ id: IdInput() })
