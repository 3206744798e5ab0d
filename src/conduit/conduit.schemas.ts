/**
 * RealWorld's shapes: its envelopes (`{"user": …}`, `{"articles": […], "articlesCount": n}`) and
 * camelCase names, around the same field rules as Inkwell's own API (the schemas are imported,
 * not rewritten). Unknown fields are ignored rather than refused: RealWorld frontends send back
 * what they were given (`token`, `following`), and its specification does not refuse them.
 */
import { Type, type TSchema } from 'typebox'
import { Body, Description, Tags, Title } from '../posts/posts.schemas.js'
import { Bio, Email, Image, Password, Username } from '../users/users.schemas.js'
import { CommentBody } from '../comments/comments.schemas.js'
import { Timestamp } from '../http/schemas.js'
import { NOT_BLANK } from '../http/validation.js'

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
/** RealWorld asks for something written in `body` and `description`, where Inkwell's posts take empty ones. */
const Written = <T extends TSchema>(schema: T) => Type.Intersect([schema, Type.String(NOT_BLANK)])

export const ConduitUser = Type.Object(
  {
    user: Type.Object({
      email: Type.String(),
      token: Type.String({ description: 'Send it as `Authorization: Token <token>`.' }),
      username: Type.String(),
      bio: Nullable(Type.String()),
      image: Nullable(Type.String()),
    }),
  },
  { $id: 'ConduitUser', description: 'The signed-in user, with their token.' },
)

export const Profile = Type.Object({
  username: Type.String(),
  bio: Nullable(Type.String()),
  image: Nullable(Type.String()),
  following: Type.Boolean({ description: 'Whether the caller follows them; false without a token.' }),
})
export const ConduitProfile = Type.Object({ profile: Profile }, { $id: 'ConduitProfile', description: 'A user as everybody sees them.' })

const articleFields = {
  slug: Type.String(),
  title: Type.String(),
  description: Type.String(),
  tagList: Type.Array(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  favorited: Type.Boolean({ description: 'Whether the caller favorited it; false without a token.' }),
  favoritesCount: Type.Integer(),
  author: Profile,
}
export const ConduitArticle = Type.Object(
  { article: Type.Object({ ...articleFields, body: Type.String() }) },
  { $id: 'ConduitArticle', description: 'An article.' },
)
export const ConduitArticleList = Type.Object(
  {
    // Without `body`, as the specification lists them: a page of them stays small.
    articles: Type.Array(Type.Object(articleFields)),
    articlesCount: Type.Integer({ description: 'How many articles match, on every page.' }),
  },
  { $id: 'ConduitArticleList', description: 'A page of articles, newest first.' },
)

const Comment = Type.Object({ id: Type.Integer(), createdAt: Timestamp, updatedAt: Timestamp, body: Type.String(), author: Profile })
export const ConduitComment = Type.Object({ comment: Comment }, { $id: 'ConduitComment', description: 'A comment.' })
export const ConduitCommentList = Type.Object(
  { comments: Type.Array(Comment) },
  { $id: 'ConduitCommentList', description: "An article's comments, oldest first." },
)
export const ConduitTags = Type.Object({ tags: Type.Array(Type.String()) }, { $id: 'ConduitTags', description: 'Tags in use, most used first.' })

export const NewConduitUser = Type.Object({
  user: Type.Object({ username: Username, email: Email, password: Password }),
})
export const ConduitLogin = Type.Object({
  user: Type.Object({ email: Type.String({ minLength: 1, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 128 }) }),
})
export const ConduitUserChanges = Type.Object({
  user: Type.Object({
    username: Type.Optional(Username),
    email: Type.Optional(Email),
    password: Type.Optional(Password),
    // "" clears them, as null does: a settings form sends what its empty inputs hold.
    bio: Type.Optional(Nullable(Type.Union([Bio, Type.Literal('')]))),
    image: Type.Optional(Nullable(Type.Union([Image, Type.Literal('')]))),
  }),
})

export const NewArticle = Type.Object({
  article: Type.Object({
    title: Title,
    description: Written(Description),
    body: Written(Body),
    tagList: Type.Optional(Tags),
  }),
})
export const ArticleChanges = Type.Object({
  article: Type.Object({
    title: Type.Optional(Title),
    description: Type.Optional(Written(Description)),
    body: Type.Optional(Written(Body)),
    tagList: Type.Optional(Tags),
  }),
})
export const NewComment = Type.Object({ comment: Type.Object({ body: CommentBody }) })

export const ArticleListQuery = Type.Object(
  {
    tag: Type.Optional(Type.String({ maxLength: 100 })),
    author: Type.Optional(Type.String({ maxLength: 100, description: 'A username.' })),
    favorited: Type.Optional(Type.String({ maxLength: 100, description: 'A username: the articles they favorited.' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
)
export const FeedQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
)
export const SlugParams = Type.Object({ slug: Type.String({ maxLength: 200 }) })
export const UsernameParams = Type.Object({ username: Type.String({ maxLength: 100 }) })
export const CommentParams = Type.Object({ slug: Type.String({ maxLength: 200 }), id: Type.Integer({ minimum: 1 }) })
