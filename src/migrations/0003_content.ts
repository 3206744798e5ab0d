import type { Kysely } from 'kysely'
import { dialectOf } from '../db/dialect.js'

/**
 * The content a blogging or social frontend needs beside users and posts: profiles (bio, image),
 * follows, tags, favorites, comments, and a slug for every post.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const { id, timestamp } = dialectOf(db)

  await db.schema.alterTable('users').addColumn('bio', 'text').execute()
  await db.schema.alterTable('users').addColumn('image', 'varchar(2048)').execute()

  // A one-line summary shown in lists (RealWorld's `description`); empty unless the author writes one.
  await db.schema
    .alterTable('posts')
    .addColumn('description', 'varchar(1000)', (c) => c.notNull().defaultTo(''))
    .execute()

  // A slug is chosen once, when the post is written, and never changes: links to it stay good.
  await db.schema.alterTable('posts').addColumn('slug', 'varchar(100)').execute()
  const existing = await db.selectFrom('posts').select(['id', 'title']).execute()
  for (const post of existing) {
    await db.updateTable('posts').set({ slug: `${frozenSlugOf(post.title)}-${post.id}` }).where('id', '=', post.id).execute()
  }
  await db.schema.createIndex('posts_slug_unique').on('posts').unique().column('slug').execute()
  // Kept beside the post, in the transaction that adds or removes a favorite, so that a list of
  // posts shows its counts without counting rows for each one.
  await db.schema
    .alterTable('posts')
    .addColumn('favorites_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  await db.schema
    .createTable('follows')
    .addColumn('follower_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('followed_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('follows_pkey', ['follower_id', 'followed_id'])
    .execute()
  // "Who follows this user", newest first, and the cascade when that user is deleted.
  await db.schema.createIndex('follows_followed_id').on('follows').columns(['followed_id', 'follower_id']).execute()

  await db.schema
    .createTable('post_tags')
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('tag', 'varchar(32)', (c) => c.notNull())
    // Tags are shown in the order the author gave them.
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('post_tags_pkey', ['post_id', 'tag'])
    .execute()
  // "Posts with this tag, newest first" as a keyset walk; also counts tags for the popular list.
  await db.schema.createIndex('post_tags_tag_post_id').on('post_tags').columns(['tag', 'post_id']).execute()

  await db.schema
    .createTable('favorites')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('favorites_pkey', ['user_id', 'post_id'])
    .execute()
  await db.schema.createIndex('favorites_post_id').on('favorites').columns(['post_id', 'user_id']).execute()

  await db.schema
    .createTable('comments')
    .addColumn('id', 'integer', id)
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute()
  // A post's comments, oldest first, as a keyset walk.
  await db.schema.createIndex('comments_post_id_id').on('comments').columns(['post_id', 'id']).execute()
  await db.schema.createIndex('comments_author_id').on('comments').column('author_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('comments').execute()
  await db.schema.dropTable('favorites').execute()
  await db.schema.dropTable('post_tags').execute()
  await db.schema.dropTable('follows').execute()
  await db.schema.dropIndex('posts_slug_unique').execute()
  await db.schema.alterTable('posts').dropColumn('favorites_count').execute()
  await db.schema.alterTable('posts').dropColumn('slug').execute()
  await db.schema.alterTable('posts').dropColumn('description').execute()
  await db.schema.alterTable('users').dropColumn('image').execute()
  await db.schema.alterTable('users').dropColumn('bio').execute()
}

/**
 * The slugs given to posts written before this migration. A copy on purpose, not an import of
 * the posts service's: a migration must do tomorrow what it did today.
 */
function frozenSlugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return slug || 'post'
}
