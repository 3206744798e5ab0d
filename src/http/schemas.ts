/** Schema pieces every resource shares, so an id or a timestamp reads the same everywhere. */
import { Type } from 'typebox'

export const Id = Type.Integer({ minimum: 1 })

export const Timestamp = Type.String({ format: 'date-time', description: 'ISO-8601, UTC.' })

/** The largest id either engine stores: ids are 32-bit integer columns on PostgreSQL. */
export const MAX_ID = 2_147_483_647

/** An id a client sends, in a path or a query. */
export const IdInput = (options: { description?: string } = {}) => Type.Integer({ minimum: 1, maximum: MAX_ID, ...options })

/** `/{id}` in a path. Anything that is not a positive integer is answered as an unknown id. */
export const IdParams = Type.Object({ id: IdInput() })
