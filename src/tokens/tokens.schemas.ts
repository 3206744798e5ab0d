/** The tokens API's shapes. */
import { Type } from 'typebox'
import { OwnUser } from '../users/users.schemas.js'

export const Login = Type.Object(
  {
    username: Type.Optional(Type.String({ maxLength: 254, description: 'Either this or `email`; any case.' })),
    email: Type.Optional(Type.String({ maxLength: 254, description: 'Either this or `username`; any case.' })),
    password: Type.String({ maxLength: 128 }),
  },
  { additionalProperties: false },
)

export const IssuedToken = Type.Object(
  {
    token: Type.String({ description: 'Send as `Authorization: Bearer <token>`. Shown once; keep it secret.' }),
    token_type: Type.Literal('Bearer'),
    expires_at: Type.String({ format: 'date-time' }),
    user: OwnUser,
  },
  { $id: 'IssuedToken', description: 'A new bearer token, and whose it is.' },
)
