import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../db/dialect.js'

export async function up(db: Kysely<unknown>): Promise<void> {
  const { id, timestamp } = dialectOf(db)

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', id)
    .addColumn('username', 'varchar(32)', (c) => c.notNull())
    .addColumn('email', 'varchar(254)', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute()
  // Uniqueness ignores case, so "Ada" and "ada" cannot both sign up, and logins can match
  // either spelling through the same index.
  await db.schema
    .createIndex('users_username_unique')
    .on('users')
    .unique()
    .expression(sql`lower(username)`)
    .execute()
  await db.schema
    .createIndex('users_email_unique')
    .on('users')
    .unique()
    .expression(sql`lower(email)`)
    .execute()

  await db.schema
    .createTable('posts')
    .addColumn('id', 'integer', id)
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute()
  // Serves "posts by this author, newest first" as a keyset walk, like the primary key does for
  // the unfiltered list.
  await db.schema.createIndex('posts_author_id_id').on('posts').columns(['author_id', 'id']).execute()

  await db.schema
    .createTable('tokens')
    .addColumn('id', 'integer', id)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'char(64)', (c) => c.notNull().unique())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('tokens_user_id').on('tokens').column('user_id').execute()

  // Keys the server generates for itself on first use (the pagination cursors' signing key),
  // kept in the database so every process sharing it agrees on them, across restarts too.
  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('server_secrets').execute()
  await db.schema.dropTable('tokens').execute()
  await db.schema.dropTable('posts').execute()
  await db.schema.dropTable('users').execute()
}
