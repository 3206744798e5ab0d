/** The users API's shapes: one TypeBox schema per input and output, in the API's field names. */
import { Type } from 'typebox'
import { PATTERN_MESSAGE, withReadOnlyFields } from '../http/validation.js'
import { NextCursor, PageQuery } from '../http/pagination.js'
import { Id, Timestamp } from '../http/schemas.js'

export const Username = Type.String({
  minLength: 3,
  maxLength: 32,
  pattern: '^[A-Za-z0-9_.-]*$',
  [PATTERN_MESSAGE]: 'may contain only letters, digits, underscores, dots and hyphens',
  description: '3–32 of letters, digits, `_`, `.` and `-`; unique, ignoring case.',
  examples: ['ada_lovelace'],
})

export const Email = Type.String({
  format: 'email',
  maxLength: 254,
  description: 'Unique, ignoring case. Shown only to its owner.',
  examples: ['ada@example.com'],
})

// Counted in characters, not bytes, and never truncated: every character of it counts.
export const Password = Type.String({ minLength: 8, maxLength: 128, description: '8–128 characters.' })

export const Bio = Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], {
  description: 'About the user, up to 1000 characters; null when they wrote none.',
  examples: ['Wrote the first program.'],
})

/** Checked to be an absolute http(s) URL by the service, which every way in goes through. */
export const Image = Type.Union([Type.String({ maxLength: 2048 }), Type.Null()], {
  description: 'An absolute `http` or `https` URL of their picture, up to 2048 characters; null when none.',
  examples: ['https://example.com/ada.jpg'],
})

const Following = Type.Boolean({ description: 'Whether the caller follows this user; false for an anonymous caller.' })

export const PublicUser = Type.Object(
  { id: Id, username: Type.String(), bio: Bio, image: Image, following: Following, created_at: Timestamp },
  { $id: 'PublicUser', description: 'A user as everybody sees them, and whether the caller follows them.' },
)

export const OwnUser = Type.Object(
  { id: Id, username: Type.String(), email: Type.String(), bio: Bio, image: Image, created_at: Timestamp },
  { $id: 'OwnUser', description: 'A user as they see themself: with their email.' },
)

export const UserResponse = Type.Object(
  {
    id: Id,
    username: Type.String(),
    email: Type.Optional(Type.String({ description: 'Present only when the caller is this user.' })),
    bio: Bio,
    image: Image,
    following: Type.Optional(
      Type.Boolean({ description: 'Whether the caller follows this user (false when anonymous); absent when the caller is this user.' }),
    ),
    created_at: Timestamp,
  },
  {
    $id: 'User',
    description: 'A user; the user themself sees their `email`, anybody else whether they follow them (`following`).',
  },
)

/** Set by the server, so a client sending one is told they are read-only. */
const READ_ONLY = ['id', 'created_at']

export const NewUser = withReadOnlyFields(
  Type.Object({ username: Username, email: Email, password: Password }, { additionalProperties: false }),
  READ_ONLY,
)

export const UserChanges = withReadOnlyFields(Type.Object(
  {
    username: Type.Optional(Username),
    email: Type.Optional(Email),
    password: Type.Optional(Password),
    bio: Type.Optional(Bio),
    image: Type.Optional(Image),
    current_password: Type.Optional(
      Type.String({ maxLength: 128, description: 'Required with `password`: the password being replaced.' }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
), READ_ONLY)

export const UserListQuery = Type.Object(PageQuery, { additionalProperties: false })

export const UserList = Type.Object(
  { users: Type.Array(PublicUser), next_cursor: NextCursor },
  { $id: 'UserList', description: 'A page of users, newest first, each with whether the caller follows them.' },
)
